#pragma once
// JWT-ZGW: the HS256 token every ZGW request carries, minted per request (servers refuse tokens whose
// iat is an hour old). user_id names the kiosk, never the resident.
#include <string>

namespace kiosk::services::zgw {

struct ZgwClientCredentials {
    std::string client_id;
    std::string secret;
    std::string kiosk_id; // user_id and user_representation in the audit trail
};

std::string mint_token(const ZgwClientCredentials& credentials, long long now_epoch_s);

} // namespace kiosk::services::zgw
