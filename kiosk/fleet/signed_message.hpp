#pragma once
// What the fleet key signs: a magic that names the kind (bundle or command), the Ed25519 signature, then
// the payload (JSON). The signature covers the magic and the payload, so a signed command can never pass
// for a bundle or the other way round. A kiosk checks the signature before it parses anything else:
// the payload of an unsigned or tampered message is never read.
//
//   offset 0   8 bytes  "ZUILBDL1" or "ZUILCMD1"
//   offset 8  64 bytes  Ed25519 signature of magic || payload
//   offset 72           payload
#include "kiosk/fleet/keys.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace kiosk::fleet {

enum class MessageKind { bundle, command };

std::string seal_message(MessageKind kind, std::string_view payload, const SigningKey& key);

enum class OpenError { too_large, not_this_kind, bad_signature };
const char* describe(OpenError error);

// The payload when `message` is a `kind` signed by `key` and at most `limit` bytes long.
struct Opened {
    std::string_view payload; // a view into `message`
    std::optional<OpenError> error;
};
Opened open_message(MessageKind kind, std::string_view message, const PublicKey& key, std::size_t limit);

} // namespace kiosk::fleet
