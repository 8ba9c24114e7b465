#pragma once
// A real peer started by a test as its child process on 127.0.0.1, stopped by its pid on teardown
// (also when the test fails). Readiness is polled, never waited for with a fixed sleep.
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace testing_peers {

class Peer {
public:
    // Runs `node <script> <args…>` from tests/peers with the Node that npm pinned there; the script
    // prints "listening <port> [more…]" on one line when it accepts connections.
    Peer(const std::string& script, const std::vector<std::string>& args);
    ~Peer();
    Peer(const Peer&) = delete;
    Peer& operator=(const Peer&) = delete;

    int port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    // The words after the port on the "listening" line.
    const std::vector<std::string>& details() const { return details_; }

private:
    int pid_ = -1;
    int port_ = 0;
    std::vector<std::string> details_;
};

// A test's child process (a peer, the card emulator): argv[0] is run with argv, its stdout goes to a
// pipe whose read end is `output`.
struct Child {
    int pid = -1;
    int output = -1;
};
Child start_child(const std::vector<std::string>& argv);
// Reads a child's output until `done` says what was read is enough, the child closes it, or `limit`
// passes; returns what was read.
std::string read_output(int output, std::chrono::seconds limit,
                        const std::function<bool(const std::string&)>& done);

// SIGTERM, up to 5 s to go, then SIGKILL; always reaped.
void stop_child(int pid);

// GET/POST on loopback for tests (no TLS, no limits). Returns the status, 0 when nothing answered.
struct Reply {
    long status = 0;
    std::string body;
};
Reply http_get(const std::string& url);
// libcurl's write callback that appends what arrives to the std::string given as `out`.
std::size_t append_to_string(char* data, std::size_t size, std::size_t n, void* out);
Reply http_post(const std::string& url, const std::string& body,
                const std::string& content_type = "application/json");

// Polls `url` until it answers 200 or `limit` passes.
bool wait_until_ready(const std::string& url, std::chrono::seconds limit);

} // namespace testing_peers
