#pragma once
// A private cupsd with the kiosk's own privacy settings (tests/peers/cups/start.mjs), as the printing
// tests use it: its queues, its output and spool directories, and the administrator's faults.
#include "devices/printer/cups_settings.hpp"
#include "peer.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace testing_peers {

class CupsPeer {
public:
    CupsPeer();

    // kiosk-pdf (cups-pdf), kiosk-paperless (reports out of paper), kiosk-slow (20 s per job).
    devices::CupsSettings settings(const std::string& queue) const;
    // An administrator's command (cupsreject, cupsdisable, …) against this cupsd; true when it worked.
    bool admin(const std::string& command, const std::string& queue) const;
    // Jobs not yet finished on any queue.
    int active_jobs() const;
    // The PDFs cups-pdf wrote, and the document files cupsd still holds (PreserveJobFiles No: none).
    std::vector<std::filesystem::path> output_pdfs() const;
    std::vector<std::filesystem::path> spooled_documents() const;

    // A command run as another local user against this cupsd (needs root); true when it succeeded.
    bool as_user(const std::string& user, const std::string& command) const;
    int cupsd_pid() const { return cupsd_pid_; }

    static bool can_run(); // root, cupsd and cups-pdf installed

private:
    int cupsd_pid_ = -1;
    Peer peer_;
    std::string socket_;
    std::filesystem::path out_, spool_;
};

} // namespace testing_peers
