#include "kiosk/staff/badges.hpp"

#include "devices/phone/baresip_messages.hpp"

#include <sodium.h>

#include <stdexcept>

namespace kiosk::staff {
namespace {

// About 40 ms per card on the kiosk's reader thread; the configuration holds few badges and only one
// hash is made per card, then compared with each.
constexpr unsigned long long hash_ops = 3;
constexpr std::size_t hash_memory = 16u << 20;

std::optional<BadgeHash> parse_hash(const std::string& text) {
    BadgeHash hash{};
    std::size_t length = 0;
    if (text.size() != 2 * hash.size() ||
        sodium_hex2bin(hash.data(), hash.size(), text.data(), text.size(), nullptr, &length, nullptr) != 0 ||
        length != hash.size())
        return std::nullopt;
    return hash;
}

} // namespace

BadgeHash badge_hash(const devices::CardSeen& card, const Salt& salt) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    const std::string_view kind = card.is_uid ? "uid:" : "atr:";
    core::Bytes input(kind.begin(), kind.end());
    input.insert(input.end(), card.id.begin(), card.id.end());
    BadgeHash hash{};
    if (crypto_pwhash(hash.data(), hash.size(), reinterpret_cast<const char*>(input.data()), input.size(),
                      salt.data(), hash_ops, hash_memory, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("not enough memory to hash a badge");
    return hash;
}

const Badge* find_badge(const std::vector<Badge>& badges, const BadgeHash& hash) {
    for (const auto& badge : badges)
        if (sodium_memcmp(badge.hash.data(), hash.data(), hash.size()) == 0) return &badge;
    return nullptr;
}

StaffSettings parse_staff(const util::JsonReader& s) {
    s.allow_only({"badge_salt", "badges", "helpline", "card_reader"});
    StaffSettings settings;
    auto salt = parse_salt(s.string("badge_salt"));
    if (!salt) s.fail("badge_salt", "expected 16 random bytes in base64 (kiosk-provision badge --new-salt)");
    settings.salt = *salt;
    if (s.has("badges"))
        for (const auto& b : s.array("badges")) {
            b.allow_only({"hash", "role", "name"});
            Badge badge;
            auto hash = parse_hash(b.string("hash"));
            if (!hash) b.fail("hash", "expected 64 hexadecimal digits (kiosk-provision badge)");
            badge.hash = *hash;
            auto role = b.string("role");
            if (role == "volunteer")
                badge.role = core::StaffRole::volunteer;
            else if (role == "technician")
                badge.role = core::StaffRole::technician;
            else
                b.fail("role", "expected \"volunteer\" or \"technician\"");
            badge.name = b.string_or("name", "");
            if (badge.name.size() > 40 || badge.name.find_first_of("\r\n\t") != std::string::npos)
                b.fail("name", "at most 40 characters on one line");
            settings.badges.push_back(std::move(badge));
        }
    settings.helpline = s.string_or("helpline", "");
    if (!settings.helpline.empty() && !devices::dialable(settings.helpline))
        s.fail("helpline", "expected a SIP address, such as sip:hulplijn@kcc.gemeente.nl");
    settings.reader_name = s.string_or("card_reader", "");
    return settings;
}

Salt new_salt() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    Salt salt{};
    randombytes_buf(salt.data(), salt.size());
    return salt;
}

std::string salt_text(const Salt& salt) {
    std::string text(sodium_base64_ENCODED_LEN(salt.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), salt.data(), salt.size(), sodium_base64_VARIANT_ORIGINAL);
    text.resize(text.find('\0'));
    return text;
}

std::optional<Salt> parse_salt(const std::string& text) {
    Salt salt{};
    std::size_t length = 0;
    if (sodium_base642bin(salt.data(), salt.size(), text.data(), text.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length != salt.size())
        return std::nullopt;
    return salt;
}

std::string hash_text(const BadgeHash& hash) {
    std::string text(2 * hash.size() + 1, '\0');
    sodium_bin2hex(text.data(), text.size(), hash.data(), hash.size());
    text.pop_back();
    return text;
}

const char* role_name(core::StaffRole role) {
    return role == core::StaffRole::technician ? "technician" : "volunteer";
}

devices::CardSeen card_from_text(const std::string& text) {
    devices::CardSeen card;
    std::string hex = text;
    if (hex.rfind("atr:", 0) == 0) {
        card.is_uid = false;
        hex.erase(0, 4);
    }
    std::erase(hex, ' ');
    std::erase(hex, ':');
    card.id.resize(hex.size() / 2);
    std::size_t length = 0;
    if (hex.empty() || hex.size() % 2 != 0 || hex.size() > 2 * 64 ||
        sodium_hex2bin(card.id.data(), card.id.size(), hex.data(), hex.size(), nullptr, &length, nullptr) !=
            0 ||
        length != card.id.size())
        throw std::invalid_argument(
            "expected the card's UID in hexadecimal, such as 04A1B2C3 (or atr:3B8F…)");
    return card;
}

} // namespace kiosk::staff
