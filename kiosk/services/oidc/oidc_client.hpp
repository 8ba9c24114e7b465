#pragma once
// The protocol steps of logging in with the OAuth 2.0 Device Authorization Grant (RFC 8628) against the
// municipality's OpenID Connect broker: discovery, device authorization, token polling, userinfo,
// refresh and revocation (RFC 7009). Each is one blocking call with a timeout, for a worker thread.
#include "kiosk/core/model.hpp"
#include "kiosk/services/http/http_client.hpp"
#include "kiosk/services/oidc/jwt.hpp"

#include <chrono>
#include <functional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace kiosk::services {

struct OidcSettings {
    std::string issuer;    // exactly as the broker's discovery document says it
    std::string client_id; // the kiosk's public client
    std::string scopes = "openid bsn profile offline_access";
    std::string bsn_claim = "bsn";
    std::string name_claim = "name";
    std::string ca_file;
    std::chrono::seconds poll_interval{5}; // when the broker does not say
    std::chrono::seconds request_timeout{10};
    std::chrono::seconds max_code_lifetime{300};
    // The host the resident's phone must show: verification_uri(_complete) must point there. Empty:
    // the issuer's host.
    std::string verification_host;
    // DigiD's assurance levels as this broker names them in `acr`, lowest first, and the lowest the
    // kiosk accepts. The defaults are DigiD's SAML classes: basis, midden, substantieel, hoog.
    std::vector<std::string> acr_levels = default_acr_levels();
    std::string minimum_acr = "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract"; // midden

    static std::vector<std::string> default_acr_levels() {
        return {"urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",
                "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract",
                "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard",
                "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI"};
    }
    // Whether `acr` is a level at or above the minimum.
    bool acr_sufficient(const std::string& acr) const;
};

// Why a step failed, in the terms the core knows (LoginFailure) plus whether trying again may help.
struct OidcError : std::runtime_error {
    OidcError(core::LoginFailure failure, const std::string& what, bool may_retry = false)
        : std::runtime_error(what), kind(failure), retryable(may_retry) {}
    core::LoginFailure kind;
    bool retryable;
};

struct Discovery {
    std::string device_authorization_endpoint, token_endpoint, jwks_uri, userinfo_endpoint,
        revocation_endpoint;
};

struct DeviceAuthorization {
    core::Secret device_code;
    core::LoginCode code;
    std::chrono::seconds interval;
};

struct Tokens {
    core::Secret access_token, refresh_token, id_token;
    std::chrono::seconds expires_in{0};
};

struct Pending {};
struct SlowDown {};
using PollResult = std::variant<Pending, SlowDown, Tokens>; // final failures are thrown as OidcError

using Cancelled = std::function<bool()>;

class OidcClient {
public:
    OidcClient(OidcSettings settings, HttpClient http)
        : settings_(std::move(settings)), http_(std::move(http)) {}

    Discovery discover(const Cancelled& cancelled) const;
    Jwks fetch_jwks(const Discovery& d, const Cancelled& cancelled) const;
    DeviceAuthorization authorize(const Discovery& d, const Cancelled& cancelled) const;
    PollResult poll(const Discovery& d, const core::Secret& device_code, const Cancelled& cancelled) const;
    Tokens refresh(const Discovery& d, const core::Secret& refresh_token, const Cancelled& cancelled) const;
    SecureJson userinfo(const Discovery& d, const core::Secret& access_token,
                        const Cancelled& cancelled) const;
    // Best effort: the broker answers 200 whatever it knew of the token (RFC 7009 §2.2).
    void revoke(const Discovery& d, const core::Secret& token, const char* hint) const;

    // The resident's identity from a verified ID token (and userinfo when the token lacks the BSN).
    core::Identity identity(const Discovery& d, const Jwks& keys, const Tokens& tokens,
                            const Cancelled& cancelled) const;

    const OidcSettings& settings() const { return settings_; }

private:
    SecureJson fetch_json(HttpRequest request, const Cancelled& cancelled) const;
    PollResult token_request(const Discovery& d, core::SecureString form_body,
                             const Cancelled& cancelled) const;

    OidcSettings settings_;
    HttpClient http_;
};

} // namespace kiosk::services
