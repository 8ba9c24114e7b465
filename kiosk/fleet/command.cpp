#include "kiosk/fleet/command.hpp"

#include "kiosk/fleet/bundle.hpp"
#include "kiosk/fleet/signed_message.hpp"
#include "kiosk/services/oidc/jwt.hpp"
#include "kiosk/util/bounded_json.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace kiosk::fleet {
namespace {

constexpr std::array command_names{"reload",  "maintenance_on", "maintenance_off",
                                   "restart", "identify",       "health_report"};
constexpr std::size_t max_remembered = 4096; // nonces alive at once; more is a flood, refused

[[noreturn]] void fail(const std::string& what) {
    throw FleetError("command refused: " + what);
}

std::int64_t whole(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer())
        fail(std::string(key) + " is missing or not a whole number");
    return it->get<std::int64_t>();
}

std::string text(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) fail(std::string(key) + " is missing or not a text");
    return it->get<std::string>();
}

bool base64url_text(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_'; });
}

} // namespace

const char* command_name(CommandName name) {
    return command_names[static_cast<std::size_t>(name)];
}

std::optional<CommandName> parse_command_name(std::string_view text) {
    for (std::size_t i = 0; i < command_names.size(); ++i)
        if (text == command_names[i]) return static_cast<CommandName>(i);
    return std::nullopt;
}

Command parse_command(std::string_view payload) {
    auto j = util::parse_json(payload, 4);
    if (!j.is_object()) fail("not a JSON object");
    for (const auto& [key, _] : j.items())
        if (key != "zuil_command" && key != "command" && key != "kiosk" && key != "issued_at" &&
            key != "expires_at" && key != "nonce")
            fail("unknown field " + key);
    if (whole(j, "zuil_command") != 1) fail("this kiosk reads format 1");
    Command c;
    auto name = parse_command_name(text(j, "command"));
    if (!name) fail("unknown command");
    c.name = *name;
    c.kiosk = text(j, "kiosk");
    if (!valid_name(c.kiosk)) fail("kiosk is not a valid kiosk id");
    c.issued_at = whole(j, "issued_at");
    c.expires_at = whole(j, "expires_at");
    if (c.expires_at <= c.issued_at || c.expires_at - c.issued_at > max_command_lifetime_s)
        fail("a command lives for at most a day");
    c.nonce = text(j, "nonce");
    if (c.nonce.size() < 16 || c.nonce.size() > 64 || !base64url_text(c.nonce))
        fail("nonce must be 16 to 64 base64url characters");
    return c;
}

std::string command_payload(const Command& c) {
    return nlohmann::json{{"zuil_command", 1},        {"command", command_name(c.name)}, {"kiosk", c.kiosk},
                          {"issued_at", c.issued_at}, {"expires_at", c.expires_at},      {"nonce", c.nonce}}
        .dump();
}

std::string new_nonce() {
    if (sodium_init() < 0) throw FleetError("libsodium cannot start");
    std::array<unsigned char, 24> bytes;
    randombytes_buf(bytes.data(), bytes.size());
    return services::base64url_encode(bytes.data(), bytes.size());
}

CommandGate::CommandGate(std::string kiosk_id, PublicKey fleet_key, std::int64_t started_at)
    : kiosk_id_(std::move(kiosk_id)), fleet_key_(fleet_key), started_at_(started_at) {}

Command CommandGate::admit(std::string_view signed_command, std::int64_t now) {
    auto opened = open_message(MessageKind::command, signed_command, fleet_key_, max_command_bytes);
    if (opened.error) fail(describe(*opened.error));
    auto command = parse_command(opened.payload);
    if (command.kiosk != kiosk_id_) fail("it is meant for " + command.kiosk + ", not " + kiosk_id_);
    if (command.expires_at <= now) fail("it has expired");
    if (command.issued_at < started_at_) fail("it was issued before this kiosk started");
    if (command.issued_at > now + 300) fail("it was issued in the future; check the clocks");
    std::erase_if(seen_, [now](const auto& entry) { return entry.second <= now; });
    if (seen_.count(command.nonce)) fail("it was received before (a replay)");
    if (seen_.size() >= max_remembered) fail("too many commands at once");
    seen_[command.nonce] = command.expires_at;
    return command;
}

} // namespace kiosk::fleet
