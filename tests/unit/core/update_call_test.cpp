#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

TEST_CASE("a call from Home is a general call and returns to Home") {
    State s = signed_in_state();
    auto g = s.session->generation;
    CHECK(update(s, CallPressed{false}) == Effects{StartCall{g, ""}});
    CHECK(s.screen == Screen::call);
    update(s, CallStartedRinging{g});
    CHECK(std::holds_alternative<CallRinging>(s.session->call));
    update(s, ClockTicked{at(10)});
    update(s, CallAnswered{g, "482107"});
    const auto& connected = std::get<CallConnected>(s.session->call);
    CHECK(connected.since == at(10));
    CHECK(update(s, HangUpPressed{}) == Effects{HangUp{g}});
    CHECK(update(s, HangUpPressed{}).empty()); // a second tap does not hang up twice
    update(s, CallFinished{g, CallEndReason::hung_up_by_resident});
    CHECK(std::get<CallEnded>(s.session->call).reason == CallEndReason::hung_up_by_resident);
    update(s, BackPressed{});
    CHECK(s.screen == Screen::home);
}

TEST_CASE("a call about a request carries its number and returns to it") {
    State s = on_document_screen();
    update(s, BackPressed{}); // to the request
    auto g = s.session->generation;
    CHECK(update(s, CallPressed{true}) == Effects{StartCall{g, "ZAAK-a"}});
    update(s, CallFinished{g, CallEndReason::no_answer});
    CHECK(update(s, RetryPressed{}) == Effects{StartCall{g, "ZAAK-a"}});
    update(s, CallFinished{g, CallEndReason::busy});
    update(s, BackPressed{});
    CHECK(s.screen == Screen::case_detail);
}

TEST_CASE("the back button does nothing while the call is going on") {
    State s = signed_in_state();
    update(s, CallPressed{false});
    update(s, BackPressed{});
    CHECK(s.screen == Screen::call);
}

TEST_CASE("logging out during a call hangs up first") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CallPressed{false});
    update(s, CallAnswered{g, "482107"});
    CHECK(update(s, StopPressed{}) == Effects{HangUp{g}, WipeSession{g}});
}

TEST_CASE("no idle warning while the resident is on the phone") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CallPressed{false});
    update(s, CallAnswered{g, "482107"});
    update(s, ClockTicked{at(600)});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    update(s, CallFinished{g, CallEndReason::hung_up_by_kcc});
    update(s, ClockTicked{at(630)});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay)); // the idle clock restarts after the call
    update(s, ClockTicked{at(661)});
    CHECK(std::holds_alternative<IdleWarning>(s.overlay));
}

TEST_CASE("nobody answering within a minute: the kiosk hangs up and says so") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CallPressed{false});
    update(s, CallStartedRinging{g});
    CHECK(update(s, ClockTicked{s.now + s.policy.call_answer_timeout}) == Effects{HangUp{g}});
    CHECK(std::get<CallEnded>(s.session->call).reason == CallEndReason::no_answer);
    update(s, CallFinished{g, CallEndReason::hung_up_by_resident}); // the late answer of the hang-up
    CHECK(std::get<CallEnded>(s.session->call).reason == CallEndReason::no_answer);
}
