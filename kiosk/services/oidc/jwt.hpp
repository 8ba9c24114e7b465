#pragma once
// Verifying signed ID tokens (compact JWS) against the broker's JWKS with OpenSSL's EVP interface.
// Only ES256 and RS256 are accepted; "none" and HMAC never are.
#include "kiosk/core/secure_memory.hpp"
#include "kiosk/util/secure_json.hpp"

#include <map>
#include <memory>
#include <stdexcept>
#include <string>

typedef struct evp_pkey_st EVP_PKEY;

namespace kiosk::services {

struct JwtError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Jwks {
public:
    // Keys that are not usable for signatures with ES256/RS256 are skipped; throws on malformed JSON.
    static Jwks parse(const std::string& json_text);
    static Jwks from_json(const SecureJson& root);
    const EVP_PKEY* find(const std::string& kid, const std::string& alg) const;
    bool has(const std::string& kid) const { return keys_.count(kid) > 0; }
    std::size_t size() const { return keys_.size(); }

private:
    struct Key {
        std::string alg; // "ES256" / "RS256" (from kty/crv when the JWK does not say)
        std::shared_ptr<EVP_PKEY> pkey;
    };
    std::map<std::string, Key> keys_; // by kid
};

struct Jwt {
    SecureJson header;
    SecureJson payload; // the ID token's claims: the resident's BSN and name among them
};

// Checks the signature; throws JwtError saying why not ("unknown key", "bad signature", ...).
Jwt verify_jwt(const std::string& compact, const Jwks& keys);

// Claims an ID token must satisfy (OpenID Connect Core 3.1.3.7). Throws JwtError naming the claim.
struct IdTokenExpectations {
    std::string issuer;
    std::string client_id;
    long long now_epoch_s = 0;
    long long leeway_s = 60;
};
void check_id_token_claims(const SecureJson& payload, const IdTokenExpectations& expect);

// base64url without padding, as JWS uses it. Decoded into a SecureString: an ID token's payload is
// the resident's identity.
core::SecureString base64url_decode(std::string_view text);
std::string base64url_encode(const void* data, std::size_t size);
inline std::string base64url_encode(const std::string& bytes) {
    return base64url_encode(bytes.data(), bytes.size());
}

// The key id a token's header names; empty when the header cannot be read.
std::string jwt_key_id(const std::string& compact);

} // namespace kiosk::services
