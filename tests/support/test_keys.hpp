#pragma once
// Signing keys for tests: generate a key, publish it as a JWK, sign tokens with it.
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

typedef struct evp_pkey_st EVP_PKEY;

namespace testing_keys {

class SigningKey {
public:
    static SigningKey es256(std::string kid);
    static SigningKey rs256(std::string kid);
    nlohmann::json public_jwk() const;
    std::string sign(const nlohmann::json& header_extra, const nlohmann::json& payload) const; // compact JWS
    const std::string& kid() const { return kid_; }

private:
    std::shared_ptr<EVP_PKEY> key_;
    std::string kid_, alg_;
};

std::string base64url(const std::string& bytes);

} // namespace testing_keys
