#pragma once
// Who a kiosk is in the fleet: its id (in MQTT topics and in a bundle's "for"), its groups, and its own
// X25519 key pair. IT staff seal a kiosk's secrets (the ZGW secret, the SIP password) to its public key
// with a libsodium sealed box; only that kiosk can open them, so a bundle may travel in the open.
// Made once, by `kiosk-provision enroll`, in the fleet directory (identity.json, mode 0600).
#include "kiosk/core/secure_memory.hpp"
#include "kiosk/fleet/keys.hpp"

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::fleet {

using BoxPublicKey = std::array<unsigned char, 32>;

struct KioskIdentity {
    std::string id;
    std::vector<std::string> groups;
    BoxPublicKey box_public{};
    core::SecureString box_secret; // 32 bytes
};

KioskIdentity make_identity(std::string id, std::vector<std::string> groups);
std::string identity_json(const KioskIdentity& identity); // with the secret: for identity.json only
KioskIdentity parse_identity(std::string_view text, const std::string& source_name);

std::string box_key_text(const BoxPublicKey& key); // base64url, for `kiosk-provision seal --to`
BoxPublicKey parse_box_key(std::string_view text);

// A sealed box of `secret` for the kiosk with `key`, in base64url.
std::string seal_secret(std::string_view secret, const BoxPublicKey& key);
// The secret, or FleetError when the box was not sealed to this kiosk or was changed.
core::SecureString open_secret(std::string_view sealed, const KioskIdentity& identity);

} // namespace kiosk::fleet
