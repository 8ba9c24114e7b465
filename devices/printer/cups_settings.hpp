#pragma once
// Where the kiosk prints (the `printing` section of the configuration).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace devices {

// Where cupsd listens. Only this machine: its socket, or a loopback address. The kiosk's own cupsd
// (provisioning/cups) lets a job's owner cancel it, and only the socket tells cupsd who that is.
struct CupsServer {
    std::string host; // a socket path, or localhost / 127.0.0.1 / [::1]
    int port = 631;   // unused for a socket
    bool socket = false;
};
// "/run/cups/cups.sock", "localhost", "127.0.0.1:8631", "[::1]:631"; nothing for anything else.
std::optional<CupsServer> parse_cups_server(std::string_view text);

struct CupsSettings {
    std::string queue;  // the CUPS queue, e.g. "balie-printer"
    std::string server; // cupsd's socket path or host[:port]; empty: libcups's default (/run/cups/cups.sock)
    std::chrono::milliseconds request_timeout{5000}; // every IPP request and the connection
    std::chrono::milliseconds job_timeout{180'000};  // a job not done by then is cancelled
    std::chrono::milliseconds poll_interval{250};    // how often the job's state is read
    std::chrono::milliseconds cancel_retry{10'000};  // a cancel cupsd did not take is tried again after this
};

} // namespace devices
