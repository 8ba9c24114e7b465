#include "kiosk/app/card_control.hpp"

#include <cstring>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

namespace kiosk::app {
namespace {

class Socket {
public:
    Socket() : fd_(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) {}
    ~Socket() {
        if (fd_ >= 0) ::close(fd_);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    int fd() const { return fd_; }

private:
    int fd_;
};

} // namespace

std::string tell_card_emulator(const std::filesystem::path& socket, const std::string& command) {
    sockaddr_un to{};
    to.sun_family = AF_UNIX;
    const auto& name = socket.native();
    if (name.size() >= sizeof to.sun_path) return "the card emulator's socket path is too long";
    std::memcpy(to.sun_path, name.c_str(), name.size() + 1);
    Socket s;
    if (s.fd() < 0) return "no socket for the card emulator";
    timeval limit{15, 0};
    setsockopt(s.fd(), SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    setsockopt(s.fd(), SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    if (::connect(s.fd(), reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0)
        return "the card emulator does not answer on " + name;
    std::string line = command + "\n";
    if (::send(s.fd(), line.data(), line.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(line.size()))
        return "could not talk to the card emulator";
    std::string answer;
    char c = 0;
    while (answer.size() < 200 && ::recv(s.fd(), &c, 1, 0) == 1 && c != '\n')
        answer += c;
    if (answer != "ok") return "the card emulator said '" + answer + "'";
    return {};
}

} // namespace kiosk::app
