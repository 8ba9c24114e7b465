#include "kiosk/services/oidc/oidc_client.hpp"

#include "kiosk/services/oidc/bsn.hpp"
#include "kiosk/util/bounded_json.hpp"

#include <algorithm>
#include <ctime>

namespace kiosk::services {
namespace {

using core::LoginFailure;

constexpr const char* device_grant = "urn:ietf:params:oauth:grant-type:device_code";

std::string text_field(const SecureJson& j, const char* name, bool required = true) {
    if (auto text = text_member(j, name); !text.empty()) return text;
    if (required) throw OidcError(LoginFailure::invalid_answer, std::string("answer lacks '") + name + "'");
    return {};
}

std::string endpoint(const SecureJson& j, const char* name, bool required = true) {
    auto url = text_field(j, name, required);
    if (!url.empty() && !allowed_url(url))
        throw OidcError(LoginFailure::invalid_answer, std::string(name) + " is not an https address");
    return url;
}

} // namespace

bool OidcSettings::acr_sufficient(const std::string& acr) const {
    auto at = std::find(acr_levels.begin(), acr_levels.end(), acr);
    auto minimum = std::find(acr_levels.begin(), acr_levels.end(), minimum_acr);
    return at != acr_levels.end() && minimum != acr_levels.end() && at >= minimum;
}

SecureJson OidcClient::fetch_json(HttpRequest request, const Cancelled& cancelled) const {
    request.timeout_ms = static_cast<long>(std::chrono::milliseconds(settings_.request_timeout).count());
    request.headers.push_back("Accept: application/json");
    auto response = http_.send(request, cancelled);
    if (!response.arrived()) throw OidcError(LoginFailure::unreachable, response.error, /*retryable=*/true);
    if (response.status >= 500)
        throw OidcError(LoginFailure::unreachable, "broker error " + std::to_string(response.status), true);
    auto body = util::parse_json<SecureJson>(response.body);
    if (!body.is_object()) throw OidcError(LoginFailure::invalid_answer, "answer is not a JSON object");
    if (response.status >= 400 && !body.contains("error"))
        throw OidcError(LoginFailure::invalid_answer,
                        "broker refused with " + std::to_string(response.status));
    return body;
}

Discovery OidcClient::discover(const Cancelled& cancelled) const {
    auto j = fetch_json({.url = settings_.issuer + "/.well-known/openid-configuration"}, cancelled);
    // The issuer must be exactly the configured one: a look-alike broker must not be trusted (OIDC
    // Discovery §4.3).
    if (text_field(j, "issuer") != settings_.issuer)
        throw OidcError(LoginFailure::invalid_answer, "discovery names another issuer");
    return {endpoint(j, "device_authorization_endpoint"), endpoint(j, "token_endpoint"),
            endpoint(j, "jwks_uri"), endpoint(j, "userinfo_endpoint", false),
            endpoint(j, "revocation_endpoint", false)};
}

Jwks OidcClient::fetch_jwks(const Discovery& d, const Cancelled& cancelled) const {
    auto j = fetch_json({.url = d.jwks_uri}, cancelled);
    try {
        return Jwks::from_json(j);
    } catch (const JwtError& e) {
        throw OidcError(LoginFailure::invalid_answer, e.what());
    }
}

DeviceAuthorization OidcClient::authorize(const Discovery& d, const Cancelled& cancelled) const {
    auto j = fetch_json({.method = "POST",
                         .url = d.device_authorization_endpoint,
                         .headers = {"Content-Type: application/x-www-form-urlencoded"},
                         .body = form({{"client_id", settings_.client_id}, {"scope", settings_.scopes}})},
                        cancelled);
    if (j.contains("error")) throw OidcError(LoginFailure::invalid_answer, "device authorization refused");
    DeviceAuthorization a;
    a.device_code = core::Secret(text_field(j, "device_code"));
    a.code.user_code = text_field(j, "user_code");
    a.code.verification_uri = text_field(j, "verification_uri");
    a.code.verification_uri_complete = text_field(j, "verification_uri_complete", false);
    if (a.code.verification_uri_complete.empty()) a.code.verification_uri_complete = a.code.verification_uri;
    // The phone opens this address: it must be the broker's own host, as configured, so a broker that
    // is tricked (or a proxy) cannot send the resident to a look-alike page.
    auto pinned = settings_.verification_host;
    if (pinned.empty()) pinned = parse_url(settings_.issuer).value_or(Url{}).host;
    for (const auto* uri : {&a.code.verification_uri, &a.code.verification_uri_complete}) {
        auto url = parse_url(*uri);
        if (!url) throw OidcError(LoginFailure::invalid_answer, "verification address is not https");
        if (url->host != pinned)
            throw OidcError(LoginFailure::invalid_answer, "verification address on another host");
    }
    a.code.verification_host = pinned;
    if (!j.contains("expires_in") || !j["expires_in"].is_number_integer() || j["expires_in"].get<long>() <= 0)
        throw OidcError(LoginFailure::invalid_answer, "answer lacks 'expires_in'");
    auto lifetime = std::chrono::seconds(j["expires_in"].get<long>());
    a.code.valid_for = std::min<std::chrono::seconds>(lifetime, settings_.max_code_lifetime);
    a.interval = settings_.poll_interval;
    if (j.contains("interval") && j["interval"].is_number_integer() && j["interval"].get<long>() > 0)
        a.interval = std::chrono::seconds(std::min(j["interval"].get<long>(), 60L));
    if (a.code.user_code.size() > 32) throw OidcError(LoginFailure::invalid_answer, "user code too long");
    return a;
}

PollResult OidcClient::token_request(const Discovery& d, core::SecureString form_body,
                                     const Cancelled& cancelled) const {
    auto j = fetch_json({.method = "POST",
                         .url = d.token_endpoint,
                         .headers = {"Content-Type: application/x-www-form-urlencoded"},
                         .body = std::move(form_body)},
                        cancelled);
    if (j.contains("error")) {
        auto error = text_member(j, "error");
        if (error == "authorization_pending") return Pending{};
        if (error == "slow_down") return SlowDown{};
        if (error == "access_denied") throw OidcError(LoginFailure::denied, "resident denied");
        if (error == "expired_token" || error == "invalid_grant")
            throw OidcError(LoginFailure::expired, error);
        throw OidcError(LoginFailure::invalid_answer, "token endpoint: " + error);
    }
    Tokens t;
    t.access_token = core::Secret(text_field(j, "access_token"));
    t.id_token = core::Secret(text_field(j, "id_token", false));
    t.refresh_token = core::Secret(text_field(j, "refresh_token", false));
    if (j.contains("expires_in") && j["expires_in"].is_number_integer())
        t.expires_in = std::chrono::seconds(std::max(0L, j["expires_in"].get<long>()));
    return t;
}

PollResult OidcClient::poll(const Discovery& d, const core::Secret& device_code,
                            const Cancelled& cancelled) const {
    return token_request(d,
                         form({{"grant_type", device_grant},
                               {"device_code", device_code.reveal()},
                               {"client_id", settings_.client_id}}),
                         cancelled);
}

Tokens OidcClient::refresh(const Discovery& d, const core::Secret& refresh_token,
                           const Cancelled& cancelled) const {
    auto result = token_request(d,
                                form({{"grant_type", "refresh_token"},
                                      {"refresh_token", refresh_token.reveal()},
                                      {"client_id", settings_.client_id}}),
                                cancelled);
    auto* tokens = std::get_if<Tokens>(&result);
    if (!tokens) throw OidcError(LoginFailure::invalid_answer, "refresh not answered with tokens");
    return std::move(*tokens);
}

SecureJson OidcClient::userinfo(const Discovery& d, const core::Secret& access_token,
                                const Cancelled& cancelled) const {
    if (d.userinfo_endpoint.empty()) throw OidcError(LoginFailure::invalid_answer, "no userinfo endpoint");
    auto j = fetch_json({.url = d.userinfo_endpoint, .headers = {bearer_header(access_token.reveal())}},
                        cancelled);
    if (j.contains("error")) throw OidcError(LoginFailure::invalid_answer, "userinfo refused");
    return j;
}

void OidcClient::revoke(const Discovery& d, const core::Secret& token, const char* hint) const {
    if (d.revocation_endpoint.empty() || token.empty()) return;
    HttpRequest request{
        .method = "POST",
        .url = d.revocation_endpoint,
        .headers = {"Content-Type: application/x-www-form-urlencoded"},
        .body =
            form({{"token", token.reveal()}, {"token_type_hint", hint}, {"client_id", settings_.client_id}}),
        .timeout_ms = 3'000};
    http_.send(request); // whatever comes back: the kiosk forgets the token anyway
}

core::Identity OidcClient::identity(const Discovery& d, const Jwks& keys, const Tokens& tokens,
                                    const Cancelled& cancelled) const {
    if (tokens.id_token.empty()) throw OidcError(LoginFailure::invalid_answer, "no ID token");
    SecureJson claims;
    try {
        claims = verify_jwt(tokens.id_token.reveal(), keys).payload;
        check_id_token_claims(
            claims, {settings_.issuer, settings_.client_id, static_cast<long long>(std::time(nullptr)), 60});
    } catch (const JwtError& e) {
        throw OidcError(LoginFailure::invalid_answer, std::string("ID token: ") + e.what());
    }
    // DigiD's level of assurance: an ID token that does not name a level the kiosk accepts is refused.
    auto acr = text_member(claims, "acr");
    if (!settings_.acr_sufficient(acr))
        throw OidcError(LoginFailure::too_weak, acr.empty() ? "ID token names no assurance level (acr)"
                                                            : "assurance level below the minimum");
    const char* bsn_claim = settings_.bsn_claim.c_str();
    const char* name_claim = settings_.name_claim.c_str();
    if (!claims.contains(bsn_claim)) {
        // Brokers often give scope claims only at userinfo (OIDC Core §5.4); its sub must match.
        auto info = userinfo(d, tokens.access_token, cancelled);
        if (!info.contains("sub") || info["sub"] != claims["sub"])
            throw OidcError(LoginFailure::invalid_answer, "userinfo is about someone else");
        for (const char* name : {bsn_claim, name_claim})
            if (info.contains(name)) claims[name] = info[name];
    }
    core::Secret bsn(text_member(claims, bsn_claim));
    if (!valid_bsn(bsn.reveal())) throw OidcError(LoginFailure::invalid_answer, "no valid BSN");
    core::Identity identity{bsn, {}};
    auto name = text_member(claims, name_claim);
    if (name.size() <= 80) identity.display_name = name; // a name that long is not a greeting
    core::wipe(name);
    return identity;
}

} // namespace kiosk::services
