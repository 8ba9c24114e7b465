#include "devices/phone/control_peer.hpp"

#include <arpa/inet.h>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <netinet/in.h>
#include <pwd.h>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace devices {
namespace {

// "0100007F:115C": how /proc/net/tcp writes an IPv4 endpoint (the address as the kernel stores it,
// the port in host order).
std::string proc_endpoint(const sockaddr_in& a) {
    char text[16];
    std::snprintf(text, sizeof text, "%08X:%04X", a.sin_addr.s_addr, ntohs(a.sin_port));
    return text;
}

template <class Number>
bool number(std::string_view text, Number& out) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}

std::string link_target(const std::filesystem::path& link) {
    std::error_code ignored;
    return std::filesystem::read_symlink(link, ignored).string();
}

} // namespace

std::optional<SocketOwner> loopback_peer(int fd, const std::filesystem::path& proc) {
    sockaddr_in local{}, remote{};
    socklen_t length = sizeof local;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length) != 0 || local.sin_family != AF_INET)
        return std::nullopt;
    length = sizeof remote;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&remote), &length) != 0 || remote.sin_family != AF_INET)
        return std::nullopt;
    if (ntohl(remote.sin_addr.s_addr) != INADDR_LOOPBACK) return std::nullopt;
    // The peer's socket is the one whose local end is our remote end and whose remote end is us.
    auto theirs = proc_endpoint(remote), ours = proc_endpoint(local);
    std::ifstream table(proc / "net" / "tcp");
    std::string line;
    std::getline(table, line); // the heading
    while (std::getline(table, line)) {
        std::istringstream fields(line);
        std::string slot, local_address, remote_address, state, queues, timer, retransmits, uid, timeout,
            inode;
        fields >> slot >> local_address >> remote_address >> state >> queues >> timer >> retransmits >> uid >>
            timeout >> inode;
        if (local_address != theirs || remote_address != ours) continue;
        SocketOwner owner;
        if (!number(uid, owner.uid) || !number(inode, owner.inode)) return std::nullopt;
        return owner;
    }
    return std::nullopt;
}

bool process_holds_socket(pid_t pid, unsigned long inode, const std::filesystem::path& proc) {
    auto wanted = "socket:[" + std::to_string(inode) + "]";
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(proc / std::to_string(pid) / "fd", error))
        if (link_target(entry.path()) == wanted) return true;
    return false;
}

std::optional<pid_t> socket_holder(unsigned long inode, const std::filesystem::path& proc) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(proc, error)) {
        pid_t pid = 0;
        if (!number(entry.path().filename().string(), pid)) continue;
        if (process_holds_socket(pid, inode, proc)) return pid;
    }
    return std::nullopt;
}

std::optional<uid_t> uid_of(const std::string& user) {
    std::vector<char> buffer(4096);
    passwd entry{}, *found = nullptr;
    if (getpwnam_r(user.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
        return std::nullopt;
    return found->pw_uid;
}

} // namespace devices
