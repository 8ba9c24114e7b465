// ID-bellen against real peers on 127.0.0.1: the resident logs in at the real OpenID provider, the
// kiosk asks the test session service (tests/peers/idbellen) for a code with that access token, its
// own baresip sidecar dials the KCC (a second baresip that answers), and sends the code as telephone
// keys. The KCC side must receive exactly the issued code and resolve it to the resident and the zaak.
#include "devices/phone/baresip_phone.hpp"
#include "devices/phone/baresip_sidecar.hpp"
#include "event_sink.hpp"
#include "kiosk/services/idbellen/idbellen_sessions.hpp"
#include "kiosk/services/oidc/oidc_auth.hpp"
#include "peer.hpp"
#include "phone.hpp"
#include "test_phone.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <csignal>
#include <thread>
#include <unistd.h>

using namespace kiosk;
using namespace testing_peers;
using core::CallEndReason;
using std::chrono::seconds;

namespace {

struct CallRig {
    Peer broker{"oidc/provider.mjs", {}};
    // Behind a Prism proxy built from the contract: requests and answers that break it fail the test.
    Peer service{"idbellen/service.mjs", {"--issuer", broker.url(), "--prism"}};
    std::string service_url() const { return service.details().at(1); }
    EventSink sink;
    services::OidcAuth auth{sink, [this] {
                                services::OidcSettings s;
                                s.issuer = broker.url();
                                s.client_id = "zuil-kiosk";
                                s.poll_interval = seconds(1);
                                return s;
                            }()};
    services::IdBellenSessions sessions{sink, auth, {.url = service_url(), .kiosk_id = "Zuil Test"}};
    std::unique_ptr<devices::BaresipPhone> phone = connected_phone(sink);

    CallRig() {
        REQUIRE(phone);
        auth.start_login(1);
        auto code = sink.wait_for<core::LoginCodeReceived>(seconds(10));
        REQUIRE(code);
        REQUIRE(phone_answers(code->code.verification_uri_complete, "resident", PhoneAnswer::approve));
        REQUIRE(sink.wait_for<core::LoginSucceeded>(seconds(20)));
    }

    void mode(const nlohmann::json& m) {
        REQUIRE(http_post(service.url() + "/test/mode", m.dump()).status == 200);
    }
    nlohmann::json calls() { return nlohmann::json::parse(http_get(service.url() + "/test/calls").body); }
    void wait_until_deleted(int count) {
        wait_until([&] { return sessions_seen()["deleted"] == count; }, seconds(5));
    }
    nlohmann::json sessions_seen() {
        return nlohmann::json::parse(http_get(service.url() + "/test/sessions").body);
    }

    core::CallTicket ticket(std::uint64_t call, const std::string& zaak = "") {
        sessions.request(1, call, zaak);
        auto created = sink.wait_for_if<core::CallSessionCreated>(
            [&](const auto& e) { return e.call == call; }, seconds(10));
        REQUIRE(created);
        return created->ticket;
    }
    template <class T>
    std::optional<T> result(std::uint64_t call, seconds limit = seconds(15)) {
        return sink.wait_for_if<T>([&](const T& e) { return e.call == call; }, limit);
    }
    CallEndReason end_of(std::uint64_t call, seconds limit = seconds(15)) {
        auto finished = result<core::CallFinished>(call, limit);
        REQUIRE(finished);
        return finished->reason;
    }
    // Polls the KCC until `done` holds for its last call.
    nlohmann::json kcc_call(const std::function<bool(const nlohmann::json&)>& done) {
        for (int i = 0; i < 150; ++i) {
            auto all = calls();
            if (!all.empty() && done(all.back())) return all.back();
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        FAIL("the KCC did not see what was expected: " << calls().dump());
        return {};
    }
};

} // namespace

TEST_CASE("a call about a zaak: the KCC receives exactly the issued code and resolves it to the resident and "
          "zaak") {
    CallRig rig;
    auto ticket = rig.ticket(1, "ZAAK-2026-0142");
    CHECK(ticket.code.reveal().size() == 10);
    CHECK(ticket.valid_for == seconds(600));
    rig.phone->dial(1, 1, ticket.sip_address);
    auto answered = rig.result<core::CallAnswered>(1);
    REQUIRE(answered);
    CHECK(answered->telephone_events); // both ends are baresip: RFC 4733 negotiated
    rig.phone->send_code(1, 1, ticket.code);
    auto sent = rig.result<core::CodeSent>(1);
    REQUIRE(sent);
    CHECK(sent->delivered);
    auto call = rig.kcc_call([](const auto& c) { return !c["resolved"].is_null(); });
    CHECK(call["digits"] == ticket.code.reveal());
    CHECK(call["resolved"]["bsn"] == "999993653"); // from the token, never sent by the kiosk
    CHECK(call["resolved"]["zaak_identificatie"] == "ZAAK-2026-0142");
    CHECK(call["resolved"]["purpose"] == "zaak_vraag");
    CHECK(call["resolved"]["kiosk_id"] == "Zuil Test");
    CHECK(call["srtp"] == false); // the test account asks for none
    rig.phone->hang_up(1);
    CHECK(rig.end_of(1) == CallEndReason::hung_up_by_resident);
    rig.sessions.end(ticket.ref);
    rig.wait_until_deleted(1);
    CHECK(rig.sessions_seen()["deleted"] == 1);
    CHECK(rig.kcc_call([](const auto& c) { return c["closed"].is_string(); })["closed"] ==
          "Connection reset by peer");
}

TEST_CASE("a general question has no zaak, and the code of a deleted session resolves to nothing") {
    CallRig rig;
    auto ticket = rig.ticket(1);
    rig.sessions.end(ticket.ref); // e.g. the resident logged out before the agent asked
    rig.wait_until_deleted(1);
    rig.phone->dial(1, 1, ticket.sip_address);
    REQUIRE(rig.result<core::CallAnswered>(1));
    rig.phone->send_code(1, 1, ticket.code);
    REQUIRE(rig.result<core::CodeSent>(1));
    auto call = rig.kcc_call([](const auto& c) { return !c["resolved"].is_null(); });
    CHECK(call["resolved"]["error"] == "deleted");
    auto seen = rig.sessions_seen()["sessions"][0];
    CHECK(seen["zaak_identificatie"].is_null());
    CHECK(seen["purpose"] == "algemene_vraag");
    rig.phone->hang_up(1);
    CHECK(rig.end_of(1) == CallEndReason::hung_up_by_resident);
}

TEST_CASE("the session service refusing, unavailable, malformed or down") {
    CallRig rig;
    rig.mode({{"service", "refuse"}});
    rig.sessions.request(1, 1, "ZAAK-1");
    auto refused = rig.result<core::CallSessionFailed>(1);
    REQUIRE(refused);
    CHECK(refused->reason == core::CallSessionFailure::refused);
    rig.mode({{"service", "unavailable"}});
    rig.sessions.request(1, 2, "");
    REQUIRE(rig.result<core::CallSessionFailed>(2));
    CHECK(rig.result<core::CallSessionFailed>(2)->reason == core::CallSessionFailure::unavailable);
    rig.mode({{"service", "malformed"}});
    rig.sessions.request(1, 3, "");
    REQUIRE(rig.result<core::CallSessionFailed>(3));
    CHECK(rig.result<core::CallSessionFailed>(3)->reason == core::CallSessionFailure::unavailable);

    services::IdBellenSessions down(
        rig.sink, rig.auth,
        {.url = "http://127.0.0.1:" + std::to_string(free_loopback_port()) + "/api/v1", .timeout_ms = 2000});
    down.request(1, 4, "");
    REQUIRE(rig.result<core::CallSessionFailed>(4));
    CHECK(rig.result<core::CallSessionFailed>(4)->reason == core::CallSessionFailure::unavailable);

    rig.auth.wipe(); // logged out: no token, so no code
    rig.mode({{"service", "ok"}});
    rig.sessions.request(1, 5, "");
    REQUIRE(rig.result<core::CallSessionFailed>(5));
    CHECK(rig.result<core::CallSessionFailed>(5)->reason == core::CallSessionFailure::refused);
    CHECK(rig.sessions_seen()["created"] == 0);
}

TEST_CASE("the KCC unreachable, rejecting, not answering, or hanging up") {
    CallRig rig;
    rig.mode({{"sip", "unreachable"}});
    auto dead = rig.ticket(1);
    rig.phone->dial(1, 1, dead.sip_address);
    CHECK(rig.end_of(1, seconds(10)) == CallEndReason::unreachable);

    rig.mode({{"sip", "kcc"}, {"kcc", "reject"}});
    auto ticket = rig.ticket(2);
    rig.phone->dial(1, 2, ticket.sip_address);
    CHECK(rig.end_of(2) == CallEndReason::busy);

    rig.mode({{"kcc", "ignore"}}); // the kiosk's own timeout (in the core) hangs up; here, after 2 s
    rig.phone->dial(1, 3, ticket.sip_address);
    REQUIRE(rig.result<core::CallStartedRinging>(3));
    std::this_thread::sleep_for(seconds(2));
    CHECK_FALSE(rig.result<core::CallAnswered>(3, seconds(0)));
    rig.phone->hang_up(1);
    CHECK(rig.end_of(3) == CallEndReason::hung_up_by_resident);

    rig.mode({{"kcc", "hangup"}, {"hangup_after_ms", 1000}});
    rig.phone->dial(1, 4, ticket.sip_address);
    REQUIRE(rig.result<core::CallAnswered>(4));
    CHECK(rig.end_of(4) == CallEndReason::hung_up_by_kcc);
}

TEST_CASE(
    "baresip killed mid-call: the call ends as cut off, baresip is started again and the next call works") {
    CallRig rig;
    auto ticket = rig.ticket(1);
    rig.phone->dial(1, 1, ticket.sip_address);
    REQUIRE(rig.result<core::CallAnswered>(1));
    int first = rig.phone->sidecar_pid();
    REQUIRE(first > 0);
    kill(first, SIGKILL);
    CHECK(rig.end_of(1) == CallEndReason::connection_lost);
    wait_until([&] { return rig.phone->sidecar_pid() != first && rig.phone->connected(); }, seconds(10));
    REQUIRE(rig.phone->connected());
    CHECK(rig.phone->sidecar_pid() != first);
    // The KCC notices the vanished caller through its RTP timeout.
    CHECK(rig.kcc_call([](const auto& c) { return c["closed"].is_string(); })["closed"] ==
          "rtp stream error");
    rig.phone->dial(1, 2, ticket.sip_address);
    REQUIRE(rig.result<core::CallAnswered>(2));
    rig.phone->hang_up(1);
    CHECK(rig.end_of(2) == CallEndReason::hung_up_by_resident);
}

TEST_CASE("a phone without baresip says so at once, and wipe silences a call") {
    EventSink sink;
    auto settings = test_phone_settings();
    settings.binary = "/nonexistent/baresip";
    devices::BaresipPhone phone(sink, settings);
    phone.dial(1, 1, "sip:kcc@127.0.0.1:5070");
    auto finished = sink.wait_for<core::CallFinished>(seconds(5));
    REQUIRE(finished);
    CHECK(finished->reason == CallEndReason::phone_unavailable);

    CallRig rig;
    auto ticket = rig.ticket(1);
    rig.phone->dial(1, 1, ticket.sip_address);
    REQUIRE(rig.result<core::CallAnswered>(1));
    rig.phone->wipe();
    CHECK(rig.kcc_call([](const auto& c) { return c["closed"].is_string(); })["closed"] ==
          "Connection reset by peer");
    CHECK_FALSE(rig.result<core::CallFinished>(1, seconds(1))); // nothing of a wiped session comes later
}

TEST_CASE("an expired code resolves to nothing at the KCC, and ending its session is not an error") {
    CallRig rig;
    rig.mode({{"ttl", 10}});
    auto ticket = rig.ticket(1, "ZAAK-1");
    CHECK(ticket.valid_for == seconds(10));
    std::this_thread::sleep_for(std::chrono::milliseconds(10'500));
    // The core would not send it any more (update_call_test); sent anyway, the KCC must refuse it.
    rig.phone->dial(1, 1, ticket.sip_address);
    REQUIRE(rig.result<core::CallAnswered>(1));
    rig.phone->send_code(1, 1, ticket.code);
    REQUIRE(rig.result<core::CodeSent>(1));
    CHECK(rig.kcc_call([](const auto& c) { return !c["resolved"].is_null(); })["resolved"]["error"] ==
          "expired");
    rig.phone->hang_up(1);
    CHECK(rig.end_of(1) == CallEndReason::hung_up_by_resident);
    rig.sessions.end(ticket.ref); // 410 Gone: done, not retried
    rig.wait_until_deleted(1);
    CHECK(rig.sessions_seen()["live"] == 0);
}

TEST_CASE("a contact centre whose phones carry no telephone keys: the kiosk notices after the answer") {
    CallRig rig;
    rig.mode({{"sip", "keyless"}});
    auto ticket = rig.ticket(1);
    rig.phone->dial(1, 1, ticket.sip_address);
    auto answered = rig.result<core::CallAnswered>(1);
    REQUIRE(answered);
    CHECK_FALSE(answered->telephone_events); // the core then shows the code to type
    rig.phone->hang_up(1);
    CHECK(rig.end_of(1) == CallEndReason::hung_up_by_resident);
}

TEST_CASE("a baresip that systemd runs: the kiosk only connects, and connects again after a restart") {
    EventSink sink;
    auto settings = test_phone_settings();
    auto systemd = systemd_baresip(settings); // stands in for zuil-phone.service
    REQUIRE(systemd);
    settings.managed = false;
    devices::BaresipPhone phone(sink, settings);
    REQUIRE(wait_until_connected(phone));
    CHECK(phone.sidecar_pid() == -1); // not the kiosk's child
    kill(systemd->pid(), SIGKILL);
    wait_until([&] { return !phone.connected(); }, seconds(5));
    CHECK_FALSE(phone.connected());
    phone.dial(1, 1, "sip:kcc@127.0.0.1:5070");
    auto finished = sink.wait_for<core::CallFinished>(seconds(5));
    REQUIRE(finished);
    CHECK(finished->reason == CallEndReason::phone_unavailable);     // said at once, not after a timeout
    wait_until([&] { return systemd->keep_running(); }, seconds(4)); // Restart=always
    CHECK(wait_until_connected(phone));
}

TEST_CASE("sessions still open when the kiosk stops are ended, so their codes stop working") {
    CallRig rig;
    {
        services::IdBellenSessions stopping(rig.sink, rig.auth,
                                            {.url = rig.service_url(), .kiosk_id = "Zuil Test"});
        stopping.request(1, 7, "");
        REQUIRE(rig.result<core::CallSessionCreated>(7));
    } // the kiosk stops
    CHECK(rig.sessions_seen()["created"] == 1);
    CHECK(rig.sessions_seen()["live"] == 0);
}

TEST_CASE("a kiosk account that demands SRTP: the media and the code's keys go encrypted") {
    EventSink sink;
    CallRig rig;
    auto secure = connected_phone(sink, [](devices::BaresipSettings& settings) {
        settings.account += ";mediaenc=srtp-mand"; // as on a municipality's trunk
    });
    REQUIRE(secure);
    auto ticket = rig.ticket(1, "ZAAK-1");
    secure->dial(1, 1, ticket.sip_address);
    auto answered = sink.wait_for<core::CallAnswered>(seconds(15));
    REQUIRE(answered);
    CHECK(answered->telephone_events);
    secure->send_code(1, 1, ticket.code);
    REQUIRE(sink.wait_for<core::CodeSent>(seconds(15)));
    auto call = rig.kcc_call([](const auto& c) { return !c["resolved"].is_null(); });
    CHECK(call["digits"] == ticket.code.reveal());
    CHECK(call["resolved"]["zaak_identificatie"] == "ZAAK-1");
    CHECK(call["srtp"] == true); // RTP/SAVP at the KCC
    secure->hang_up(1);
    CHECK(sink.wait_for<core::CallFinished>(seconds(10)));
}
