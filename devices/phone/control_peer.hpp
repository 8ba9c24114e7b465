#pragma once
// Who is on the other end of the kiosk's ctrl_tcp connection. ctrl_tcp has no password, and the kiosk
// sends the resident's one-time code over it: before the first command the kiosk checks that the
// listening socket belongs to the baresip it expects (its own child, or the systemd unit's user running
// the configured binary), from /proc/net/tcp and /proc/PID/fd.
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>

namespace devices {

struct SocketOwner {
    uid_t uid = 0;
    unsigned long inode = 0; // of the peer's socket; 0 until the peer has accepted the connection
};

// The peer socket of the loopback TCP connection `fd`, as the kernel lists it; nothing when `fd` is not
// such a connection or the peer's socket is not found (it closed meanwhile).
std::optional<SocketOwner> loopback_peer(int fd, const std::filesystem::path& proc = "/proc");

// Whether process `pid` holds the socket with `inode` among its open files.
bool process_holds_socket(pid_t pid, unsigned long inode, const std::filesystem::path& proc = "/proc");

// The process that holds the socket with `inode`, if this user may see it.
std::optional<pid_t> socket_holder(unsigned long inode, const std::filesystem::path& proc = "/proc");

// The uid of a user name; nothing when there is no such user.
std::optional<uid_t> uid_of(const std::string& user);

} // namespace devices
