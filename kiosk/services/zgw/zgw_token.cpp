#include "kiosk/services/zgw/zgw_token.hpp"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <cstring>
#include <stdexcept>

namespace kiosk::services::zgw {
namespace {

std::string base64url(const unsigned char* data, std::size_t size) {
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::strlen(out.c_str()));
    return out;
}
std::string base64url(const std::string& text) {
    return base64url(reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

} // namespace

std::string mint_token(const ZgwClientCredentials& c, long long now_epoch_s) {
    nlohmann::json header{{"alg", "HS256"}, {"typ", "JWT"}};
    nlohmann::json claims{{"iss", c.client_id},
                          {"iat", now_epoch_s}, // an integer: servers refuse anything else
                          {"client_id", c.client_id},
                          {"user_id", c.kiosk_id},
                          {"user_representation", c.kiosk_id}};
    std::string input = base64url(header.dump()) + "." + base64url(claims.dump());
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;
    if (!HMAC(EVP_sha256(), c.secret.data(), static_cast<int>(c.secret.size()),
              reinterpret_cast<const unsigned char*>(input.data()), input.size(), mac, &mac_len))
        throw std::runtime_error("cannot sign the ZGW token");
    return input + "." + base64url(mac, mac_len);
}

} // namespace kiosk::services::zgw
