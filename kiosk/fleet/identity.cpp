#include "kiosk/fleet/identity.hpp"

#include "kiosk/fleet/bundle.hpp"
#include "kiosk/services/oidc/jwt.hpp"
#include "kiosk/util/bounded_json.hpp"

#include <sodium.h>

#include <cstring>

namespace kiosk::fleet {
namespace {

BoxPublicKey box_key(std::string_view bytes) {
    if (bytes.size() != crypto_box_PUBLICKEYBYTES) throw FleetError("a kiosk key has 32 bytes");
    BoxPublicKey key;
    std::memcpy(key.data(), bytes.data(), key.size());
    return key;
}

} // namespace

KioskIdentity make_identity(std::string id, std::vector<std::string> groups) {
    if (sodium_init() < 0) throw FleetError("libsodium cannot start");
    if (!valid_name(id))
        throw FleetError("kiosk id '" + id + "': letters, digits, '.', '_' and '-', at most 64");
    for (const auto& g : groups)
        if (!valid_name(g))
            throw FleetError("group '" + g + "': letters, digits, '.', '_' and '-', at most 64");
    KioskIdentity identity{
        std::move(id), std::move(groups), {}, core::SecureString(crypto_box_SECRETKEYBYTES, '\0')};
    crypto_box_keypair(identity.box_public.data(),
                       reinterpret_cast<unsigned char*>(identity.box_secret.data()));
    return identity;
}

std::string identity_json(const KioskIdentity& identity) {
    nlohmann::json j{{"kiosk_id", identity.id},
                     {"groups", identity.groups},
                     {"box_public_key", box_key_text(identity.box_public)},
                     {"box_secret_key",
                      services::base64url_encode(identity.box_secret.data(), identity.box_secret.size())}};
    return j.dump(2) + "\n";
}

KioskIdentity parse_identity(std::string_view text, const std::string& source_name) {
    auto j = util::parse_json(text);
    auto bad = [&](const std::string& what) { return FleetError(source_name + ": " + what); };
    if (!j.is_object() || !j.contains("kiosk_id") || !j["kiosk_id"].is_string() ||
        !j.contains("box_secret_key") || !j["box_secret_key"].is_string() || !j.contains("box_public_key") ||
        !j["box_public_key"].is_string())
        throw bad("not a kiosk identity (kiosk_id, groups, box_public_key, box_secret_key)");
    std::vector<std::string> groups;
    if (j.contains("groups")) {
        if (!j["groups"].is_array()) throw bad("groups: expected a list");
        for (const auto& g : j["groups"]) {
            if (!g.is_string() || !valid_name(g.get<std::string>())) throw bad("groups: a name is not valid");
            groups.push_back(g.get<std::string>());
        }
    }
    KioskIdentity identity;
    identity.id = j["kiosk_id"].get<std::string>();
    if (!valid_name(identity.id)) throw bad("kiosk_id is not a valid name");
    identity.groups = std::move(groups);
    try {
        identity.box_public = parse_box_key(j["box_public_key"].get<std::string>());
        auto secret = services::base64url_decode(j["box_secret_key"].get<std::string>());
        if (secret.size() != crypto_box_SECRETKEYBYTES) throw bad("box_secret_key has the wrong length");
        identity.box_secret.assign(secret.begin(), secret.end());
    } catch (const services::JwtError&) {
        throw bad("a key is not base64url");
    }
    BoxPublicKey derived;
    crypto_scalarmult_base(derived.data(),
                           reinterpret_cast<const unsigned char*>(identity.box_secret.data()));
    if (derived != identity.box_public) throw bad("the key pair does not belong together");
    return identity;
}

std::string box_key_text(const BoxPublicKey& key) {
    return services::base64url_encode(key.data(), key.size());
}

BoxPublicKey parse_box_key(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.remove_suffix(1);
    auto bytes = services::base64url_decode(text);
    return box_key({bytes.data(), bytes.size()});
}

std::string seal_secret(std::string_view secret, const BoxPublicKey& key) {
    if (sodium_init() < 0) throw FleetError("libsodium cannot start");
    std::string box(secret.size() + crypto_box_SEALBYTES, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(box.data()),
                    reinterpret_cast<const unsigned char*>(secret.data()), secret.size(), key.data());
    return services::base64url_encode(box);
}

core::SecureString open_secret(std::string_view sealed, const KioskIdentity& identity) {
    core::SecureString box;
    try {
        box = services::base64url_decode(sealed);
    } catch (const services::JwtError&) {
        throw FleetError("a sealed secret is not base64url");
    }
    if (box.size() < crypto_box_SEALBYTES) throw FleetError("a sealed secret is too short");
    core::SecureString secret(box.size() - crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(secret.data()),
                             reinterpret_cast<const unsigned char*>(box.data()), box.size(),
                             identity.box_public.data(),
                             reinterpret_cast<const unsigned char*>(identity.box_secret.data())) != 0)
        throw FleetError("a sealed secret was not sealed to this kiosk, or was changed");
    return secret;
}

} // namespace kiosk::fleet
