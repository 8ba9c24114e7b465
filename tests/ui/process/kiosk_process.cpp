#include "kiosk_process.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace kiosk::test {
namespace {

using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? static_cast<int>(left) : 0;
}

} // namespace

NotifySocket::NotifySocket() {
    char pattern[] = "/tmp/notify-XXXXXX";
    if (!mkdtemp(pattern)) throw std::runtime_error("mkdtemp failed");
    dir_ = pattern;
    path_ = dir_ / "notify";
    fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path_.c_str(), sizeof(address.sun_path) - 1);
    if (fd_ < 0 || bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0)
        throw std::runtime_error(std::string("cannot bind the notify socket: ") + std::strerror(errno));
}

NotifySocket::~NotifySocket() {
    if (fd_ >= 0) close(fd_);
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

std::optional<std::string> NotifySocket::receive(std::chrono::milliseconds limit) {
    pollfd p{fd_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(limit.count())) <= 0) return std::nullopt;
    char buffer[4096];
    ssize_t n = recv(fd_, buffer, sizeof(buffer), 0);
    if (n < 0) return std::nullopt;
    return std::string(buffer, static_cast<std::size_t>(n));
}

std::optional<std::string> NotifySocket::receive_containing(const std::string& text,
                                                            std::chrono::milliseconds limit) {
    auto deadline = Clock::now() + limit;
    while (true) {
        auto message = receive(std::chrono::milliseconds(remaining_ms(deadline)));
        if (!message) return std::nullopt;
        if (message->find(text) != std::string::npos) return message;
    }
}

void NotifySocket::drain() {
    while (receive(std::chrono::milliseconds(0))) {
    }
}

std::optional<int> run_to_end(const std::vector<std::string>& argv_strings) {
    std::vector<char*> argv;
    for (const auto& a : argv_strings)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return std::nullopt;
    int status = 0;
    if (waitpid(pid, &status, 0) != pid) return std::nullopt;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

void NotifySocket::allow(uid_t uid) {
    if (chown(dir_.c_str(), uid, static_cast<gid_t>(-1)) != 0 ||
        chown(path_.c_str(), uid, static_cast<gid_t>(-1)) != 0)
        throw std::runtime_error(std::string("cannot hand the notify socket over: ") + std::strerror(errno));
}

KioskProcess::KioskProcess(const std::vector<std::string>& args, const std::vector<std::string>& environment)
    : KioskProcess(Command{[&] {
                       std::vector<std::string> argv{KIOSK_BINARY};
                       argv.insert(argv.end(), args.begin(), args.end());
                       return argv;
                   }()},
                   environment) {}

KioskProcess::KioskProcess(const Command& command, const std::vector<std::string>& environment) {
    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    std::vector<std::string> env_strings;
    for (char** e = environ; *e; ++e)
        env_strings.emplace_back(*e);
    for (const auto& e : environment)
        env_strings.push_back(e);
    std::vector<char*> env;
    for (auto& e : env_strings)
        env.push_back(e.data());
    env.push_back(nullptr);
    std::vector<std::string> argv_strings = command.argv;
    std::vector<char*> argv;
    for (auto& a : argv_strings)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
    int error = posix_spawnp(&pid_, argv[0], &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_fds[1]);
    log_fd_ = pipe_fds[0];
    if (error != 0) throw std::runtime_error(std::string("cannot start the kiosk: ") + std::strerror(error));
    pid_fd_ = static_cast<int>(syscall(SYS_pidfd_open, pid_, 0)); // readable once the kiosk has ended
    if (pid_fd_ < 0) throw std::runtime_error("pidfd_open failed");
}

KioskProcess::~KioskProcess() {
    if (running()) {
        kill(pid_, SIGKILL);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
    close(log_fd_);
    close(pid_fd_);
}

bool KioskProcess::read_available(int timeout_ms) {
    pollfd p[2] = {{pid_fd_, POLLIN, 0}, {log_open_ ? log_fd_ : -1, POLLIN, 0}};
    if (poll(p, 2, timeout_ms) <= 0) return false;
    if (p[1].revents) {
        char buffer[4096];
        ssize_t n = read(log_fd_, buffer, sizeof(buffer));
        if (n > 0) log_.append(buffer, static_cast<std::size_t>(n));
        if (n == 0) log_open_ = false; // the kiosk closed its end: nothing more will come
    }
    return p[0].revents != 0;
}

bool KioskProcess::wait_for_log(const std::string& text, std::chrono::milliseconds limit) {
    auto deadline = Clock::now() + limit;
    while (log_.find(text) == std::string::npos) {
        if (Clock::now() >= deadline || (!log_open_ && !running())) return false;
        read_available(remaining_ms(deadline));
    }
    return true;
}

bool KioskProcess::running() {
    if (status_) return false;
    int status = 0;
    pid_t done = waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
        status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
        return false;
    }
    return true;
}

void KioskProcess::signal(int number) {
    kill(pid_, number);
}

std::optional<int> KioskProcess::wait_exit(std::chrono::milliseconds limit) {
    auto deadline = Clock::now() + limit;
    while (running()) {
        if (Clock::now() >= deadline) return std::nullopt;
        read_available(remaining_ms(deadline));
    }
    while (log_open_ && read_available(0)) {
    }
    return status_;
}

} // namespace kiosk::test
