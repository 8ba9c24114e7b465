#include "kiosk/services/zgw/zgw_token.hpp"

#include "kiosk/services/oidc/jwt.hpp"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdexcept>

namespace kiosk::services::zgw {
namespace {
// Minted per request and used at once: a token copied from a log or a proxy is worthless soon after.
constexpr long long token_lifetime_s = 300;
} // namespace

std::string mint_token(const ZgwClientCredentials& c, long long now_epoch_s) {
    nlohmann::json header{{"alg", "HS256"}, {"typ", "JWT"}};
    nlohmann::json claims{{"iss", c.client_id},
                          {"iat", now_epoch_s}, // an integer: servers refuse anything else
                          {"exp", now_epoch_s + token_lifetime_s},
                          {"client_id", c.client_id},
                          {"user_id", c.kiosk_id},
                          {"user_representation", c.kiosk_id}};
    std::string input = base64url_encode(header.dump()) + "." + base64url_encode(claims.dump());
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;
    if (!HMAC(EVP_sha256(), c.secret.data(), static_cast<int>(c.secret.size()),
              reinterpret_cast<const unsigned char*>(input.data()), input.size(), mac, &mac_len))
        throw std::runtime_error("cannot sign the ZGW token");
    return input + "." + base64url_encode(mac, mac_len);
}

} // namespace kiosk::services::zgw
