#pragma once
// Staff badges in the configuration: never a card's UID, only a salted Argon2id hash of it with the role
// and, for the health log, a name. A leaked configuration gives no UIDs back without guessing each one
// at Argon2id's price. A UID and an ATR never hash alike (each is prefixed with what it is).
#include "devices/card/card_reader.hpp"
#include "kiosk/core/state.hpp"
#include "kiosk/util/json_reader.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::staff {

using Salt = std::array<unsigned char, 16>;
using BadgeHash = std::array<unsigned char, 32>;

struct Badge {
    BadgeHash hash{};
    core::StaffRole role = core::StaffRole::volunteer;
    std::string name; // for the health log; may be empty
};

struct StaffSettings {
    Salt salt{};
    std::vector<Badge> badges;
    std::string helpline;    // SIP address of the contact centre's help line for volunteers; empty: none
    std::string reader_name; // a part of the card reader's name; empty: every reader pcscd has
};

BadgeHash badge_hash(const devices::CardSeen& card, const Salt& salt);
const Badge* find_badge(const std::vector<Badge>& badges, const BadgeHash& hash);

// The "staff" section of kiosk.json:
//   { "badge_salt": "<base64, 16 bytes>", "badges": [ { "hash": "<64 hex>", "role": "volunteer",
//     "name": "Anja" } ], "helpline": "sip:hulplijn@kcc.gemeente.nl", "card_reader": "<part of a name>" }
StaffSettings parse_staff(const util::JsonReader& section);

// For kiosk-provision: a new salt, and the configuration entry for a card.
Salt new_salt();
std::string salt_text(const Salt& salt);
std::optional<Salt> parse_salt(const std::string& text);
std::string hash_text(const BadgeHash& hash);
const char* role_name(core::StaffRole role);
// "04A1B2C3" (a UID) or "atr:3B8F8001…" (a card without one); throws std::invalid_argument otherwise.
devices::CardSeen card_from_text(const std::string& text);

} // namespace kiosk::staff
