#pragma once
// The kiosk binary as a child process, and systemd's side of sd_notify, for the process tests.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace kiosk::test {

// Runs a program to its end; its exit status (or -signal), or nothing when it could not start.
std::optional<int> run_to_end(const std::vector<std::string>& argv);

// A unix datagram socket in a private directory, as systemd's NOTIFY_SOCKET.
class NotifySocket {
public:
    NotifySocket();
    ~NotifySocket();
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;
    std::string path() const { return path_.string(); }
    // Lets `uid` send to it (a kiosk run as another user).
    void allow(uid_t uid);
    // The next message, or nothing when none comes within `limit`.
    std::optional<std::string> receive(std::chrono::milliseconds limit);
    // Waits for a message that contains `text`, dropping others; nothing when none comes in time.
    std::optional<std::string> receive_containing(const std::string& text, std::chrono::milliseconds limit);
    // Throws away what has arrived so far.
    void drain();

private:
    std::filesystem::path dir_, path_;
    int fd_ = -1;
};

class KioskProcess {
public:
    // The kiosk binary with `args`; `environment` comes on top of this process's own.
    KioskProcess(const std::vector<std::string>& args, const std::vector<std::string>& environment);
    // Any command line that ends in the kiosk (cage, runuser, ...): `command[0]` is the program.
    struct Command {
        std::vector<std::string> argv;
    };
    KioskProcess(const Command& command, const std::vector<std::string>& environment);
    ~KioskProcess(); // SIGKILL if still running
    KioskProcess(const KioskProcess&) = delete;
    KioskProcess& operator=(const KioskProcess&) = delete;

    pid_t pid() const { return pid_; }
    bool wait_for_log(const std::string& text, std::chrono::milliseconds limit);
    const std::string& log() const { return log_; }
    bool running();
    void signal(int number);
    // The exit status once it has ended within `limit`; -signal when a signal ended it.
    std::optional<int> wait_exit(std::chrono::milliseconds limit);

private:
    // Reads what the kiosk logged, waiting up to `timeout_ms`; true once the kiosk has ended.
    bool read_available(int timeout_ms);
    pid_t pid_ = -1;
    int pid_fd_ = -1;
    int log_fd_ = -1;
    bool log_open_ = true;
    std::string log_;
    std::optional<int> status_;
};

} // namespace kiosk::test
