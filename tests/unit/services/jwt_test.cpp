#include "kiosk/services/oidc/bsn.hpp"
#include "kiosk/services/oidc/jwt.hpp"

#include "../../support/error_of.hpp"
#include "../../support/test_keys.hpp"

#include <doctest/doctest.h>

#include <ctime>

using namespace kiosk::services;
using testing_keys::SigningKey;
using testing_support::error_of;

namespace {

const long long now_s = 1'800'000'000;

nlohmann::json claims() {
    return {{"iss", "https://broker.example"},
            {"sub", "abc"},
            {"aud", "zuil-kiosk"},
            {"exp", now_s + 600},
            {"iat", now_s},
            {"bsn", "999993653"}};
}

IdTokenExpectations expected() {
    return {"https://broker.example", "zuil-kiosk", now_s, 60};
}

Jwks key_set(std::initializer_list<const SigningKey*> keys) {
    nlohmann::json set{{"keys", nlohmann::json::array()}};
    for (const auto* k : keys)
        set["keys"].push_back(k->public_jwk());
    return Jwks::parse(set.dump());
}

} // namespace

TEST_CASE("ID tokens signed with ES256 and RS256 are verified against the key set") {
    auto es = SigningKey::es256("es-1");
    auto rs = SigningKey::rs256("rs-1");
    auto keys = key_set({&es, &rs});
    CHECK(keys.size() == 2);
    CHECK(verify_jwt(es.sign(nlohmann::json::object(), claims()), keys).payload["bsn"] == "999993653");
    CHECK(verify_jwt(rs.sign(nlohmann::json::object(), claims()), keys).payload["sub"] == "abc");
}

TEST_CASE("a changed signature, payload or algorithm is refused") {
    auto es = SigningKey::es256("es-1");
    auto keys = key_set({&es});
    auto token = es.sign(nlohmann::json::object(), claims());
    auto tampered = token;
    tampered[tampered.size() - 5] = tampered[tampered.size() - 5] == 'A' ? 'B' : 'A';
    CHECK(error_of<JwtError>([&] { verify_jwt(tampered, keys); }) == "bad signature");

    auto dot = token.find('.');
    auto forged_payload = testing_keys::base64url(nlohmann::json{{"bsn", "123456782"}}.dump());
    auto forged = token.substr(0, dot + 1) + forged_payload + token.substr(token.rfind('.'));
    CHECK(error_of<JwtError>([&] { verify_jwt(forged, keys); }) == "bad signature");

    auto none = testing_keys::base64url(R"({"alg":"none","kid":"es-1"})") + "." +
                testing_keys::base64url(claims().dump()) + ".";
    CHECK(error_of<JwtError>([&] { verify_jwt(none, keys); }).find("not accepted") != std::string::npos);
    auto hs = es.sign({{"alg", "HS256"}}, claims());
    CHECK(error_of<JwtError>([&] { verify_jwt(hs, keys); }).find("not accepted") != std::string::npos);
}

TEST_CASE("a key the set does not list, or of another algorithm, is refused") {
    auto es = SigningKey::es256("es-1");
    auto stranger = SigningKey::es256("stranger");
    auto keys = key_set({&es});
    CHECK(error_of<JwtError>([&] { verify_jwt(stranger.sign(nlohmann::json::object(), claims()), keys); }) ==
          "unknown key");
    auto rs = SigningKey::rs256("es-1"); // same kid, other kind of key
    CHECK(error_of<JwtError>([&] { verify_jwt(rs.sign(nlohmann::json::object(), claims()), keys); }) ==
          "unknown key");
}

TEST_CASE("garbage is refused without a crash") {
    auto es = SigningKey::es256("es-1");
    auto keys = key_set({&es});
    for (std::string junk : std::vector<std::string>{"", ".", "..", "a.b.c", "a.b", "e30.e30.", "!!!.???.***",
                                                     std::string(5000, 'x')})
        CHECK_THROWS_AS(verify_jwt(junk, keys), JwtError);
    CHECK_THROWS_AS(Jwks::parse("{}"), JwtError);
    CHECK(Jwks::parse(
              R"({"keys":[{"kty":"EC","crv":"P-256","kid":"x","x":"AA","y":"AA"},{"kty":"oct","kid":"h"}]})")
              .size() == 0);
}

TEST_CASE("the ID token's claims are checked: issuer, audience, authorized party, expiry, issue time") {
    auto check = [](nlohmann::json c) {
        return error_of<JwtError>([&] { check_id_token_claims(c, expected()); });
    };
    CHECK(check(claims()) == "accepted");
    auto c = claims();
    c["iss"] = "https://evil.example";
    CHECK(check(c) == "wrong issuer");
    c = claims();
    c["aud"] = "someone-else";
    CHECK(check(c) == "wrong audience");
    c["aud"] = nlohmann::json::array({"someone-else", "zuil-kiosk"});
    CHECK(check(c) == "claim 'azp' missing");
    c["azp"] = "someone-else";
    CHECK(check(c) == "wrong authorized party");
    c["azp"] = "zuil-kiosk";
    CHECK(check(c) == "accepted");
    c = claims();
    c["exp"] = now_s - 61;
    CHECK(check(c) == "token expired");
    c["exp"] = now_s - 59; // within the leeway for clocks that differ a little
    CHECK(check(c) == "accepted");
    c = claims();
    c["iat"] = now_s + 120;
    CHECK(check(c) == "token issued in the future");
    c = claims();
    c.erase("sub");
    CHECK(check(c) == "claim 'sub' missing");
}

TEST_CASE(
    "exp and iat are whole seconds in range: fractions, strings, negatives and huge numbers are refused") {
    auto check = [](nlohmann::json c) {
        return error_of<JwtError>([&] { check_id_token_claims(c, expected()); });
    };
    for (const char* claim : {"exp", "iat"}) {
        auto c = claims();
        c[claim] = static_cast<double>(now_s) + 0.5;
        CHECK(check(c) == std::string("claim '") + claim + "' is not a time in whole seconds");
        c[claim] = std::to_string(now_s);
        CHECK(check(c) == std::string("claim '") + claim + "' is not a time in whole seconds");
        c[claim] = -1;
        CHECK(check(c) == std::string("claim '") + claim + "' is not a time in whole seconds");
        c[claim] = 18'446'744'073'709'551'615ULL; // would wrap to -1 as a signed number
        CHECK(check(c) == std::string("claim '") + claim + "' is not a time in whole seconds");
        c[claim] = 1e300;
        CHECK(check(c) == std::string("claim '") + claim + "' is not a time in whole seconds");
        c.erase(claim);
        CHECK(check(c) == std::string("claim '") + claim + "' missing");
    }
    auto c = claims();
    c["exp"] = 253'402'300'799LL; // the last second of the year 9999: a time, though a long one
    CHECK(check(c) == "accepted");
}

TEST_CASE("a BSN is nine digits that pass the eleven-test") {
    CHECK(valid_bsn("999993653"));
    CHECK(valid_bsn("111222333"));
    CHECK_FALSE(valid_bsn("123456789"));
    CHECK_FALSE(valid_bsn("99999365"));
    CHECK_FALSE(valid_bsn("9999936530"));
    CHECK_FALSE(valid_bsn("99999365a"));
    CHECK_FALSE(valid_bsn("000000000"));
    CHECK_FALSE(valid_bsn(""));
}
