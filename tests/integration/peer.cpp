#include "peer.hpp"

#include <curl/curl.h>

#include <csignal>
#include <cstdio>
#include <poll.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace testing_peers {

Peer::Peer(const std::string& script, const std::vector<std::string>& args) {
    std::string peers = KIOSK_PEERS_DIR;
    std::string node = peers + "/node_modules/.bin/node";
    if (access(node.c_str(), X_OK) != 0)
        throw std::runtime_error(
            "the test peers are not installed: run `npm ci` in tests/peers (tests/run-all.sh does)");
    std::vector<std::string> argv{node, peers + "/" + script};
    argv.insert(argv.end(), args.begin(), args.end());
    auto child = start_child(argv);
    pid_ = child.pid;
    const auto prism_takes_seconds = std::chrono::seconds(60);
    auto seen = read_output(child.output, prism_takes_seconds, [&](const std::string& so_far) {
        auto start = so_far.find("listening ");
        auto end = so_far.find('\n', start == std::string::npos ? 0 : start);
        if (start == std::string::npos || end == std::string::npos) return false; // the line is not complete
        std::istringstream line(so_far.substr(start + 10, end - start - 10));
        line >> port_;
        for (std::string word; line >> word;)
            details_.push_back(word);
        return true;
    });
    close(child.output);
    if (port_ == 0) {
        this->~Peer();
        throw std::runtime_error("peer " + script + " did not start: " + seen);
    }
}

Child start_child(const std::vector<std::string>& argv) {
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe failed");
    int pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        std::vector<char*> c_args;
        for (const auto& a : argv)
            c_args.push_back(const_cast<char*>(a.c_str()));
        c_args.push_back(nullptr);
        execv(c_args[0], c_args.data());
        _exit(127);
    }
    close(out[1]);
    if (pid < 0) {
        close(out[0]);
        throw std::runtime_error("fork failed");
    }
    return {pid, out[0]};
}

std::string read_output(int output, std::chrono::seconds limit,
                        const std::function<bool(const std::string&)>& done) {
    std::string seen;
    auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd p{output, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0) continue;
        char buf[256];
        auto n = read(output, buf, sizeof buf);
        if (n <= 0) break;
        seen.append(buf, static_cast<std::size_t>(n));
        if (done(seen)) break;
    }
    return seen;
}

void stop_child(int pid) {
    kill(pid, SIGTERM);
    int status = 0;
    for (int i = 0; i < 50 && waitpid(pid, &status, WNOHANG) == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (waitpid(pid, &status, WNOHANG) == 0) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
}

Peer::~Peer() {
    if (pid_ > 0) stop_child(pid_);
    pid_ = -1;
}

std::size_t append_to_string(char* data, std::size_t size, std::size_t n, void* out) {
    static_cast<std::string*>(out)->append(data, size * n);
    return size * n;
}

namespace {
Reply perform(const std::string& url, const std::string* body, const std::string& content_type) {
    Reply reply;
    CURL* c = curl_easy_init();
    curl_slist* headers = curl_slist_append(nullptr, ("Content-Type: " + content_type).c_str());
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 5000L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, append_to_string);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &reply.body);
    if (body) {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body->c_str());
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    }
    if (curl_easy_perform(c) == CURLE_OK) curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply.status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(c);
    return reply;
}
} // namespace

Reply http_get(const std::string& url) {
    return perform(url, nullptr, "");
}
Reply http_post(const std::string& url, const std::string& body, const std::string& content_type) {
    return perform(url, &body, content_type);
}

bool wait_until_ready(const std::string& url, std::chrono::seconds limit) {
    auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        if (http_get(url).status == 200) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

} // namespace testing_peers
