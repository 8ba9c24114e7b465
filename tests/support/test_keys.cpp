#include "test_keys.hpp"

#include "kiosk/services/oidc/jwt.hpp"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

#include <cstring>
#include <stdexcept>
#include <vector>

namespace testing_keys {

std::string base64url(const std::string& bytes) {
    return kiosk::services::base64url_encode(bytes);
}

namespace {
std::string bn_bytes(const BIGNUM* bn, int width = 0) {
    std::string out(static_cast<std::size_t>(width ? width : BN_num_bytes(bn)), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(out.size()));
    return out;
}
BIGNUM* get_bn(EVP_PKEY* key, const char* name) {
    BIGNUM* bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    return bn;
}
} // namespace

SigningKey SigningKey::es256(std::string kid) {
    SigningKey k;
    k.key_.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), EVP_PKEY_free);
    k.kid_ = std::move(kid);
    k.alg_ = "ES256";
    return k;
}

SigningKey SigningKey::rs256(std::string kid) {
    SigningKey k;
    k.key_.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048)), EVP_PKEY_free);
    k.kid_ = std::move(kid);
    k.alg_ = "RS256";
    return k;
}

nlohmann::json SigningKey::public_jwk() const {
    nlohmann::json jwk{{"kid", kid_}, {"alg", alg_}, {"use", "sig"}};
    if (alg_ == "RS256") {
        BIGNUM* n = get_bn(key_.get(), OSSL_PKEY_PARAM_RSA_N);
        BIGNUM* e = get_bn(key_.get(), OSSL_PKEY_PARAM_RSA_E);
        jwk["kty"] = "RSA";
        jwk["n"] = base64url(bn_bytes(n));
        jwk["e"] = base64url(bn_bytes(e));
        BN_free(n);
        BN_free(e);
    } else {
        BIGNUM* x = get_bn(key_.get(), OSSL_PKEY_PARAM_EC_PUB_X);
        BIGNUM* y = get_bn(key_.get(), OSSL_PKEY_PARAM_EC_PUB_Y);
        jwk["kty"] = "EC";
        jwk["crv"] = "P-256";
        jwk["x"] = base64url(bn_bytes(x, 32));
        jwk["y"] = base64url(bn_bytes(y, 32));
        BN_free(x);
        BN_free(y);
    }
    return jwk;
}

std::string SigningKey::sign(const nlohmann::json& header_extra, const nlohmann::json& payload) const {
    nlohmann::json header{{"alg", alg_}, {"kid", kid_}, {"typ", "JWT"}};
    if (header_extra.is_object()) header.update(header_extra); // {} arrives as null
    std::string input = base64url(header.dump()) + "." + base64url(payload.dump());
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    std::size_t len = 0;
    EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, key_.get());
    EVP_DigestSign(md, nullptr, &len, reinterpret_cast<const unsigned char*>(input.data()), input.size());
    std::vector<unsigned char> sig(len);
    EVP_DigestSign(md, sig.data(), &len, reinterpret_cast<const unsigned char*>(input.data()), input.size());
    EVP_MD_CTX_free(md);
    sig.resize(len);
    std::string signature(sig.begin(), sig.end());
    if (alg_ == "ES256") { // DER to r||s
        const unsigned char* p = sig.data();
        ECDSA_SIG* ec = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(sig.size()));
        const BIGNUM *r = nullptr, *s = nullptr;
        ECDSA_SIG_get0(ec, &r, &s);
        signature = bn_bytes(r, 32) + bn_bytes(s, 32);
        ECDSA_SIG_free(ec);
    }
    return input + "." + base64url(signature);
}

} // namespace testing_keys
