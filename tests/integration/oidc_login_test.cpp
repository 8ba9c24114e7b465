// DigiD login against a real OpenID provider (npm oidc-provider, tests/peers/oidc/provider.mjs) on
// 127.0.0.1, with the resident's phone played over HTTP.
#include "event_sink.hpp"
#include "kiosk/services/oidc/oidc_auth.hpp"
#include "peer.hpp"
#include "phone.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

using namespace kiosk;
using namespace kiosk::services;
using namespace testing_peers;
using core::LoginFailure;

namespace {

OidcSettings settings_for(const Peer& peer) {
    OidcSettings s;
    s.issuer = peer.url();
    s.client_id = "zuil-kiosk";
    s.poll_interval = std::chrono::seconds(1);
    s.request_timeout = std::chrono::seconds(3);
    return s;
}

void set_mode(const Peer& peer, const std::string& mode) {
    REQUIRE(http_post(peer.url() + "/test/mode", nlohmann::json{{"mode", mode}}.dump()).status == 200);
}

nlohmann::json stats(const Peer& peer) {
    return nlohmann::json::parse(http_get(peer.url() + "/test/stats").body);
}

// Starts a login, lets the phone answer, and returns the outcome.
core::Event login(const Peer& peer, OidcSettings settings, const std::string& account = "resident",
                  PhoneAnswer answer = PhoneAnswer::approve) {
    EventSink sink;
    OidcAuth auth(sink, std::move(settings));
    auth.start_login(1);
    auto code = sink.wait_for<core::LoginCodeReceived>(std::chrono::seconds(10));
    REQUIRE(code);
    CHECK(code->attempt == 1);
    CHECK(code->code.verification_uri_complete.starts_with(peer.url() + "/device?user_code="));
    CHECK(code->code.verification_host == "127.0.0.1"); // shown apart on the QR screen
    REQUIRE(phone_answers(code->code.verification_uri_complete, account, answer));
    auto outcome = sink.outcome(std::chrono::seconds(20));
    REQUIRE(outcome);
    return *outcome;
}

LoginFailure failure_of(const core::Event& e) {
    REQUIRE(std::holds_alternative<core::LoginFailed>(e));
    return std::get<core::LoginFailed>(e).reason;
}

// A login the kiosk gives up before any phone is involved: how it failed, and whether a code was shown.
struct EarlyEnd {
    LoginFailure failure;
    int codes_shown;
};
EarlyEnd login_without_phone(const OidcSettings& settings) {
    EventSink sink;
    OidcAuth auth(sink, settings);
    auth.start_login(1);
    auto outcome = sink.outcome(std::chrono::seconds(15));
    REQUIRE(outcome);
    return {failure_of(*outcome), static_cast<int>(sink.count_of<core::LoginCodeReceived>())};
}

} // namespace

TEST_CASE("the phone approves: the kiosk gets the resident's BSN and name from the ES256 ID token") {
    Peer peer("oidc/provider.mjs", {"--alg", "ES256"});
    auto outcome = login(peer, settings_for(peer));
    REQUIRE(std::holds_alternative<core::LoginSucceeded>(outcome));
    const auto& identity = std::get<core::LoginSucceeded>(outcome).identity;
    CHECK(identity.bsn.reveal() == "999993653");
    CHECK(identity.display_name == "Jan de Vries");
}

TEST_CASE("DigiD with only a password (basis) is below the kiosk's minimum: refused, its tokens revoked") {
    Peer peer("oidc/provider.mjs", {});
    CHECK(failure_of(login(peer, settings_for(peer), "password-only")) == LoginFailure::too_weak);
    CHECK(stats(peer)["revocations"] == 2); // the refresh and the access token of a login that did not happen
    CHECK(failure_of(login(peer, settings_for(peer), "no-level")) == LoginFailure::too_weak);
    auto lower_bar = settings_for(peer); // a municipality that accepts basis says so in its configuration
    lower_bar.minimum_acr = lower_bar.acr_levels.front();
    CHECK(std::holds_alternative<core::LoginSucceeded>(login(peer, lower_bar, "password-only")));
}

TEST_CASE("a broker that sends the phone to another host than configured is not followed") {
    Peer peer("oidc/provider.mjs", {});
    auto settings = settings_for(peer);
    settings.verification_host = "inloggen.gemeente.example";
    auto end = login_without_phone(settings);
    CHECK(end.failure == LoginFailure::invalid_answer);
    CHECK(end.codes_shown == 0); // no QR code of a stranger's page on screen
}

TEST_CASE("an RS256-signing broker works the same") {
    Peer peer("oidc/provider.mjs", {"--alg", "RS256"});
    auto outcome = login(peer, settings_for(peer));
    CHECK(std::holds_alternative<core::LoginSucceeded>(outcome));
}

TEST_CASE("a BSN given only at userinfo is fetched there") {
    Peer peer("oidc/provider.mjs", {"--bsn-at-userinfo"});
    auto outcome = login(peer, settings_for(peer));
    REQUIRE(std::holds_alternative<core::LoginSucceeded>(outcome));
    CHECK(std::get<core::LoginSucceeded>(outcome).identity.bsn.reveal() == "999993653");
}

TEST_CASE("the resident stops on the phone: denied") {
    Peer peer("oidc/provider.mjs", {});
    CHECK(failure_of(login(peer, settings_for(peer), "resident", PhoneAnswer::deny)) == LoginFailure::denied);
}

TEST_CASE("nobody scans the code: it expires") {
    Peer peer("oidc/provider.mjs", {"--device-ttl", "3"});
    EventSink sink;
    OidcAuth auth(sink, settings_for(peer));
    auth.start_login(1);
    REQUIRE(sink.wait_for<core::LoginCodeReceived>(std::chrono::seconds(10)));
    auto outcome = sink.outcome(std::chrono::seconds(15));
    REQUIRE(outcome);
    CHECK(failure_of(*outcome) == LoginFailure::expired);
}

TEST_CASE("slow_down makes the kiosk poll five seconds less often") {
    Peer peer("oidc/provider.mjs", {});
    set_mode(peer, "slow_down");
    EventSink sink;
    OidcAuth auth(sink, settings_for(peer)); // polls every second until told to slow down
    auth.start_login(1);
    auto code = sink.wait_for<core::LoginCodeReceived>(std::chrono::seconds(10));
    REQUIRE(code);
    std::this_thread::sleep_for(std::chrono::milliseconds(2500)); // a pending poll, then a slow_down
    REQUIRE(phone_answers(code->code.verification_uri_complete, "resident", PhoneAnswer::approve));
    auto polls_before = stats(peer)["polls"].get<int>();
    std::this_thread::sleep_for(std::chrono::milliseconds(3000));
    CHECK(stats(peer)["polls"].get<int>() == polls_before); // the next poll waits 6 s, not 1 s
    auto outcome = sink.outcome(std::chrono::seconds(15));
    REQUIRE(outcome);
    CHECK(std::holds_alternative<core::LoginSucceeded>(*outcome));
}

TEST_CASE("the broker is down: unreachable, after a few quick tries") {
    OidcSettings s;
    s.issuer = "http://127.0.0.1:9"; // discard port: nothing listens
    s.client_id = "zuil-kiosk";
    s.request_timeout = std::chrono::seconds(2);
    auto started = std::chrono::steady_clock::now();
    CHECK(login_without_phone(s).failure == LoginFailure::unreachable);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
}

TEST_CASE("a broker that calls itself by another name is not trusted") {
    Peer peer("oidc/provider.mjs", {});
    auto s = settings_for(peer);
    s.issuer = "http://localhost:" + std::to_string(peer.port()); // same server, not the configured issuer
    CHECK(login_without_phone(s).failure == LoginFailure::invalid_answer);
}

TEST_CASE("ID tokens that must be refused: wrong issuer, wrong audience, unknown key, tampered, malformed") {
    for (const char* mode : {"wrong_iss", "wrong_aud", "unknown_kid", "tampered", "malformed"}) {
        CAPTURE(mode);
        Peer peer("oidc/provider.mjs", {});
        set_mode(peer, mode);
        CHECK(failure_of(login(peer, settings_for(peer))) == LoginFailure::invalid_answer);
    }
}

TEST_CASE("a BSN that fails the eleven-test is refused") {
    Peer peer("oidc/provider.mjs", {});
    CHECK(failure_of(login(peer, settings_for(peer), "bad-bsn")) == LoginFailure::invalid_answer);
}

TEST_CASE("logging out revokes the tokens at the broker") {
    Peer peer("oidc/provider.mjs", {});
    EventSink sink;
    auto auth = std::make_unique<OidcAuth>(sink, settings_for(peer));
    auth->start_login(1);
    auto code = sink.wait_for<core::LoginCodeReceived>(std::chrono::seconds(10));
    REQUIRE(code);
    REQUIRE(phone_answers(code->code.verification_uri_complete, "resident", PhoneAnswer::approve));
    REQUIRE(sink.wait_for<core::LoginSucceeded>(std::chrono::seconds(15)));
    CHECK(stats(peer)["revocations"] == 0);
    auth->wipe();
    bool revoked = false;
    for (int i = 0; i < 50 && !revoked; ++i) {
        revoked = stats(peer)["revocations"].get<int>() >= 2; // refresh token and access token
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    CHECK(revoked);
}

TEST_CASE("a cancelled attempt reports nothing more, even when the phone approves later") {
    Peer peer("oidc/provider.mjs", {});
    EventSink sink;
    OidcAuth auth(sink, settings_for(peer));
    auth.start_login(1);
    auto code = sink.wait_for<core::LoginCodeReceived>(std::chrono::seconds(10));
    REQUIRE(code);
    auth.cancel_login(1);
    auto events = sink.count();
    phone_answers(code->code.verification_uri_complete, "resident", PhoneAnswer::approve);
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    CHECK(sink.count() == events);
}

TEST_CASE("a session that outlives the access token refreshes it before it expires") {
    Peer peer("oidc/provider.mjs", {"--access-ttl", "62"}); // refreshed 60 s early: after about 2-5 s
    EventSink sink;
    OidcAuth auth(sink, settings_for(peer));
    auth.start_login(1);
    auto code = sink.wait_for<core::LoginCodeReceived>(std::chrono::seconds(10));
    REQUIRE(code);
    REQUIRE(phone_answers(code->code.verification_uri_complete, "resident", PhoneAnswer::approve));
    REQUIRE(sink.wait_for<core::LoginSucceeded>(std::chrono::seconds(15)));
    bool refreshed = false;
    for (int i = 0; i < 100 && !refreshed; ++i) {
        refreshed = stats(peer)["refreshes"].get<int>() >= 1;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    CHECK(refreshed);
}
