#pragma once
// A configuration bundle: what IT staff sign once for many kiosks. Settings are a JSON merge patch
// (RFC 7386) on the kiosk's own kiosk.json; the content overlay changes texts, theme tokens and the
// logo. Secrets are never in it in clear: each is sealed to one kiosk's own key (identity.hpp).
//
// The payload, after the signature (signed_message.hpp):
//   { "zuil_bundle": 1, "version": 12, "issued_at": 1796000000, "expires_at": 1803776000,
//     "for": { "all": true } | { "kiosks": ["bieb-centrum-1"], "groups": ["bibliotheken"] },
//     "note": "new opening hours text",
//     "settings": { "idle": { "warning_after_s": 90 } },
//     "content": { "texts": { "nl": { "welcome.title": "…" } }, "theme": { …tokens… }, "logo_png":
//     "<base64url>" }, "secrets": { "bieb-centrum-1": { "/zgw/secret": "<base64url sealed box>" } } }
#include "kiosk/fleet/keys.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kiosk::fleet {

inline constexpr std::size_t max_bundle_bytes = 2 * 1024 * 1024;
inline constexpr std::size_t max_logo_bytes = 512 * 1024;

struct Targets {
    bool all = false;
    std::vector<std::string> kiosks;
    std::vector<std::string> groups;
    bool operator==(const Targets&) const = default;
};

using SealedSecrets = std::map<std::string, std::string>; // JSON pointer in the settings -> sealed box

struct Bundle {
    std::int64_t version = 0;
    std::int64_t issued_at = 0; // Unix seconds
    std::int64_t expires_at = 0;
    Targets targets;
    std::string note;
    nlohmann::json settings = nlohmann::json::object();
    std::map<std::string, std::map<std::string, std::string>> texts; // language -> key -> text
    nlohmann::json theme = nlohmann::json::object();                 // merge patch on tokens.json
    std::string logo_png;                                            // bytes; empty: keep the logo
    std::map<std::string, SealedSecrets> secrets;                    // kiosk id -> its secrets
};

// From a payload whose signature has been checked. Throws FleetError naming the field at fault.
Bundle parse_bundle(std::string_view payload);
std::string bundle_payload(const Bundle& bundle); // what `sign` signs

// Kiosk ids and group names: letters, digits, '.', '_' and '-', at most 64. They appear in MQTT topics.
bool valid_name(std::string_view name);

} // namespace kiosk::fleet
