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
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        std::vector<std::string> argv{node, peers + "/" + script};
        argv.insert(argv.end(), args.begin(), args.end());
        std::vector<char*> c_args;
        for (auto& a : argv)
            c_args.push_back(a.data());
        c_args.push_back(nullptr);
        execv(node.c_str(), c_args.data());
        _exit(127);
    }
    close(out[1]);
    std::string seen;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60); // Prism takes seconds
    while (port_ == 0 && std::chrono::steady_clock::now() < deadline) {
        pollfd p{out[0], POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0) continue;
        char buf[256];
        auto n = read(out[0], buf, sizeof buf);
        if (n <= 0) break;
        seen.append(buf, static_cast<std::size_t>(n));
        auto start = seen.find("listening ");
        auto end = seen.find('\n', start == std::string::npos ? 0 : start);
        if (start == std::string::npos || end == std::string::npos) continue; // the line is not complete
        std::istringstream line(seen.substr(start + 10, end - start - 10));
        line >> port_;
        for (std::string word; line >> word;)
            details_.push_back(word);
    }
    close(out[0]);
    if (port_ == 0) {
        this->~Peer();
        throw std::runtime_error("peer " + script + " did not start: " + seen);
    }
}

Peer::~Peer() {
    if (pid_ > 0) {
        kill(pid_, SIGTERM);
        int status = 0;
        for (int i = 0; i < 50 && waitpid(pid_, &status, WNOHANG) == 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (waitpid(pid_, &status, WNOHANG) == 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, &status, 0);
        }
        pid_ = -1;
    }
}

namespace {
std::size_t collect(char* data, std::size_t size, std::size_t n, void* out) {
    static_cast<std::string*>(out)->append(data, size * n);
    return size * n;
}
Reply perform(const std::string& url, const std::string* body, const std::string& content_type) {
    Reply reply;
    CURL* c = curl_easy_init();
    curl_slist* headers = curl_slist_append(nullptr, ("Content-Type: " + content_type).c_str());
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 5000L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
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
