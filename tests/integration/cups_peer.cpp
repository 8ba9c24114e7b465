#include "cups_peer.hpp"

#include <cups/cups.h>

#include <cstdlib>
#include <unistd.h>

namespace testing_peers {

CupsPeer::CupsPeer() : peer_("cups/start.mjs", {}) {
    const auto& d = peer_.details();
    if (d.size() < 3) throw std::runtime_error("the cups launcher did not name its socket and directories");
    socket_ = d[0];
    out_ = d[1];
    spool_ = d[2];
    cupsd_pid_ = d.size() > 3 ? std::stoi(d[3]) : -1;
}

bool CupsPeer::as_user(const std::string& user, const std::string& command) const {
    auto line = "runuser -u " + user + " -- env CUPS_SERVER=" + socket_ + " " + command + " >/dev/null 2>&1";
    return std::system(line.c_str()) == 0;
}

devices::CupsSettings CupsPeer::settings(const std::string& queue) const {
    devices::CupsSettings s;
    s.queue = queue;
    s.server = socket_;
    s.request_timeout = std::chrono::seconds(3);
    s.job_timeout = std::chrono::seconds(30);
    s.poll_interval = std::chrono::milliseconds(100);
    return s;
}

bool CupsPeer::admin(const std::string& command, const std::string& queue) const {
    auto line = "CUPS_SERVER=" + socket_ + " /usr/sbin/" + command + " " + queue;
    return std::system(line.c_str()) == 0;
}

int CupsPeer::active_jobs() const {
    http_t* http =
        httpConnect2(socket_.c_str(), 0, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_NEVER, 1, 3000, nullptr);
    if (!http) return -1;
    cups_job_t* jobs = nullptr;
    int n = cupsGetJobs2(http, &jobs, nullptr, 0, CUPS_WHICHJOBS_ACTIVE);
    cupsFreeJobs(n, jobs);
    httpClose(http);
    return n;
}

namespace {
std::vector<std::filesystem::path> files_where(const std::filesystem::path& dir, auto wanted) {
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.is_regular_file() && wanted(entry.path())) found.push_back(entry.path());
    return found;
}
} // namespace

std::vector<std::filesystem::path> CupsPeer::output_pdfs() const {
    return files_where(out_, [](const auto& p) { return p.extension() == ".pdf"; });
}

std::vector<std::filesystem::path> CupsPeer::spooled_documents() const {
    // cupsd names document files d<job>-<n>; c<job> holds the job's record (30 s of history).
    return files_where(spool_, [](const auto& p) { return p.filename().string().starts_with("d"); });
}

bool CupsPeer::can_run() {
    return geteuid() == 0 && access("/usr/sbin/cupsd", X_OK) == 0 &&
           access("/usr/lib/cups/backend/cups-pdf", F_OK) == 0;
}

} // namespace testing_peers
