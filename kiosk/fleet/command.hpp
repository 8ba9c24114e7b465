#pragma once
// Remote commands from IT staff, signed with the fleet key (signed_message.hpp, kind "command"). Each
// names one kiosk, expires within a day and carries a nonce; none of them can show or fetch a
// resident's data. The payload:
//   { "zuil_command": 1, "command": "maintenance_on", "kiosk": "bieb-noord-1",
//     "issued_at": 1796000000, "expires_at": 1796000300, "nonce": "<16 to 64 base64url characters>" }
#include "kiosk/fleet/keys.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::fleet {

enum class CommandName { reload, maintenance_on, maintenance_off, restart, identify, health_report };
const char* command_name(CommandName name);
std::optional<CommandName> parse_command_name(std::string_view text);

struct Command {
    CommandName name = CommandName::health_report;
    std::string kiosk;
    std::int64_t issued_at = 0;
    std::int64_t expires_at = 0;
    std::string nonce;
};

inline constexpr std::size_t max_command_bytes = 1024;
inline constexpr std::int64_t max_command_lifetime_s = 24 * 3600;

Command parse_command(std::string_view payload); // FleetError naming the field
std::string command_payload(const Command& command);
std::string new_nonce(); // 24 random bytes, base64url

// The kiosk's door for commands: signature, addressee, time and nonce, in that order. Remembers the
// nonces it let through until they expire, so a command recorded off the wire cannot be played again;
// and refuses commands issued before this kiosk started, which it could not have remembered.
class CommandGate {
public:
    CommandGate(std::string kiosk_id, PublicKey fleet_key, std::int64_t started_at);
    Command admit(std::string_view signed_command, std::int64_t now); // FleetError with the reason

private:
    std::string kiosk_id_;
    PublicKey fleet_key_;
    std::int64_t started_at_;
    std::map<std::string, std::int64_t> seen_; // nonce -> expires_at
};

} // namespace kiosk::fleet
