#include "kiosk/services/oidc/jwt.hpp"

#include "kiosk/util/bounded_json.hpp"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <sodium.h>

namespace kiosk::services {
namespace {

template <class T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, std::integral_constant<decltype(Free), Free>>;
using Bignum = Owned<BIGNUM, BN_free>;
using ParamBuilder = Owned<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>;
using Params = Owned<OSSL_PARAM, OSSL_PARAM_free>;
using PkeyCtx = Owned<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using MdCtx = Owned<EVP_MD_CTX, EVP_MD_CTX_free>;
using EcSig = Owned<ECDSA_SIG, ECDSA_SIG_free>;

Bignum bignum(std::string_view bytes) {
    return Bignum(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()),
                            static_cast<int>(bytes.size()), nullptr));
}

std::shared_ptr<EVP_PKEY> from_params(const char* type, OSSL_PARAM_BLD* builder) {
    Params params(OSSL_PARAM_BLD_to_param(builder));
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return nullptr;
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

std::shared_ptr<EVP_PKEY> rsa_key(const SecureJson& jwk) {
    auto n = bignum(base64url_decode(text_member(jwk, "n")));
    auto e = bignum(base64url_decode(text_member(jwk, "e")));
    if (!n || !e || BN_num_bits(n.get()) < 2048) return nullptr; // weak keys are not keys
    ParamBuilder b(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_BN(b.get(), OSSL_PKEY_PARAM_RSA_N, n.get());
    OSSL_PARAM_BLD_push_BN(b.get(), OSSL_PKEY_PARAM_RSA_E, e.get());
    return from_params("RSA", b.get());
}

std::shared_ptr<EVP_PKEY> p256_key(const SecureJson& jwk) {
    auto x = base64url_decode(text_member(jwk, "x"));
    auto y = base64url_decode(text_member(jwk, "y"));
    if (x.size() != 32 || y.size() != 32) return nullptr;
    std::string point = "\x04" + std::string(x.data(), x.size()) + std::string(y.data(), y.size()); // SEC1
    ParamBuilder b(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_utf8_string(b.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
    OSSL_PARAM_BLD_push_octet_string(b.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size());
    return from_params("EC", b.get());
}

// JWS carries ECDSA signatures as r||s; OpenSSL verifies DER.
std::string es256_der(std::string_view raw) {
    if (raw.size() != 64) throw JwtError("bad signature length");
    EcSig sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.data()), 32, nullptr);
    BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.data()) + 32, 32, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        throw JwtError("bad signature");
    }
    unsigned char* der = nullptr;
    int len = i2d_ECDSA_SIG(sig.get(), &der);
    if (len <= 0) throw JwtError("bad signature");
    std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
    OPENSSL_free(der);
    return out;
}

SecureJson json_part(std::string_view encoded, const char* what) {
    auto parsed = util::parse_json<SecureJson>(base64url_decode(encoded));
    if (!parsed.is_object()) throw JwtError(std::string("token ") + what + " is not a JSON object");
    return parsed;
}

} // namespace

core::SecureString base64url_decode(std::string_view text) {
    core::SecureString out(text.size(), '\0');
    std::size_t len = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(),
                          nullptr, &len, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        throw JwtError("not base64url");
    out.resize(len);
    return out;
}

std::string base64url_encode(const void* data, std::size_t size) {
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), static_cast<const unsigned char*>(data), size,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.size() - 1); // the terminating NUL sodium writes
    return out;
}

std::string jwt_key_id(const std::string& compact) {
    try {
        auto header = json_part(std::string_view(compact).substr(0, compact.find('.')), "header");
        return text_member(header, "kid");
    } catch (const JwtError&) {
        return {};
    }
}

Jwks Jwks::parse(const std::string& json_text) {
    return from_json(util::parse_json<SecureJson>(json_text));
}

Jwks Jwks::from_json(const SecureJson& root) {
    if (!root.is_object() || !root.contains("keys") || !root["keys"].is_array())
        throw JwtError("JWKS is not a key set");
    Jwks set;
    for (const auto& jwk : root["keys"]) {
        try {
            if (!jwk.is_object() || !jwk.contains("kid") || !jwk["kid"].is_string()) continue;
            if (jwk.contains("use") && text_member(jwk, "use") != "sig") continue;
            auto kty = text_member(jwk, "kty");
            Key key;
            if (kty == "RSA") {
                key = {"RS256", rsa_key(jwk)};
            } else if (kty == "EC" && text_member(jwk, "crv") == "P-256") {
                key = {"ES256", p256_key(jwk)};
            } else {
                continue;
            }
            if (jwk.contains("alg") && text_member(jwk, "alg") != key.alg) continue;
            if (key.pkey) set.keys_[text_member(jwk, "kid")] = key;
        } catch (const std::exception&) {
            continue; // one odd key must not make the others unusable
        }
    }
    return set;
}

const EVP_PKEY* Jwks::find(const std::string& kid, const std::string& alg) const {
    auto it = keys_.find(kid);
    return it != keys_.end() && it->second.alg == alg ? it->second.pkey.get() : nullptr;
}

Jwt verify_jwt(const std::string& compact, const Jwks& keys) {
    auto first = compact.find('.');
    auto second = first == std::string::npos ? first : compact.find('.', first + 1);
    if (second == std::string::npos || compact.find('.', second + 1) != std::string::npos)
        throw JwtError("not a signed token");
    std::string_view token(compact);
    Jwt jwt{json_part(token.substr(0, first), "header"),
            json_part(token.substr(first + 1, second - first - 1), "payload")};
    auto alg = text_member(jwt.header, "alg");
    if (alg != "ES256" && alg != "RS256") throw JwtError("algorithm '" + alg + "' is not accepted");
    if (!jwt.header.contains("kid") || !jwt.header["kid"].is_string()) throw JwtError("token names no key");
    const EVP_PKEY* key = keys.find(text_member(jwt.header, "kid"), alg);
    if (!key) throw JwtError("unknown key");

    auto decoded = base64url_decode(token.substr(second + 1));
    std::string signature(decoded.data(), decoded.size());
    if (alg == "ES256") signature = es256_der(signature);
    std::string signing_input = compact.substr(0, second);
    MdCtx md(EVP_MD_CTX_new());
    if (!md ||
        EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, const_cast<EVP_PKEY*>(key)) != 1 ||
        EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                         reinterpret_cast<const unsigned char*>(signing_input.data()),
                         signing_input.size()) != 1)
        throw JwtError("bad signature");
    return jwt;
}

void check_id_token_claims(const SecureJson& p, const IdTokenExpectations& expect) {
    auto text = [&](const char* name) -> std::string {
        if (!p.contains(name) || !p[name].is_string())
            throw JwtError(std::string("claim '") + name + "' missing");
        return text_of(p[name]);
    };
    // NumericDate (RFC 7519 §2): whole seconds here; a fraction, a negative or a year past 9999 is not one
    // the kiosk takes, and a huge number must not overflow the comparisons below.
    auto number = [&](const char* name) -> long long {
        if (!p.contains(name)) throw JwtError(std::string("claim '") + name + "' missing");
        const auto& value = p[name];
        constexpr long long last_second_of_9999 = 253'402'300'799;
        if (value.is_number_unsigned() && value.get<unsigned long long>() <= last_second_of_9999)
            return static_cast<long long>(value.get<unsigned long long>());
        if (value.is_number_integer() && !value.is_number_unsigned() && value.get<long long>() >= 0 &&
            value.get<long long>() <= last_second_of_9999)
            return value.get<long long>();
        throw JwtError(std::string("claim '") + name + "' is not a time in whole seconds");
    };
    if (text("iss") != expect.issuer) throw JwtError("wrong issuer");
    text("sub");
    const auto& aud = p.contains("aud") ? p["aud"] : SecureJson();
    bool for_us = (aud.is_string() && text_of(aud) == expect.client_id) ||
                  (aud.is_array() && std::any_of(aud.begin(), aud.end(), [&](const SecureJson& a) {
                       return text_of(a) == expect.client_id;
                   }));
    if (!for_us) throw JwtError("wrong audience");
    // With more than one audience, azp must name us (and if present it always must).
    if ((aud.is_array() && aud.size() > 1) || p.contains("azp"))
        if (text("azp") != expect.client_id) throw JwtError("wrong authorized party");
    if (number("exp") + expect.leeway_s < expect.now_epoch_s) throw JwtError("token expired");
    if (number("iat") - expect.leeway_s > expect.now_epoch_s) throw JwtError("token issued in the future");
}

} // namespace kiosk::services
