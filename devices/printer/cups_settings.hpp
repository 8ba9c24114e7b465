#pragma once
// Where the kiosk prints (the `printing` section of the configuration).
#include <chrono>
#include <string>

namespace devices {

struct CupsSettings {
    std::string queue;  // the CUPS queue, e.g. "balie-printer"
    std::string server; // cupsd's socket path or host[:port]; empty: libcups's default (/run/cups/cups.sock)
    std::chrono::milliseconds request_timeout{5000}; // every IPP request and the connection
    std::chrono::milliseconds job_timeout{180'000};  // a job not done by then is cancelled
    std::chrono::milliseconds poll_interval{250};    // how often the job's state is read
};

} // namespace devices
