// Untrusted bytes as an ID token and as a key set: never a crash, only JwtError.
#include "kiosk/services/oidc/jwt.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::services;
    std::string input(reinterpret_cast<const char*>(data), size);
    static const Jwks keys = Jwks::parse(
        R"({"keys":[{"kty":"EC","crv":"P-256","kid":"es-1","use":"sig","alg":"ES256",
            "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}]})");
    try {
        auto jwt = verify_jwt(input, keys);
        check_id_token_claims(jwt.payload, {"https://broker.example", "zuil-kiosk", 1'800'000'000, 60});
    } catch (const JwtError&) {
    }
    try {
        Jwks::parse(input);
    } catch (const JwtError&) {
    }
    return 0;
}
