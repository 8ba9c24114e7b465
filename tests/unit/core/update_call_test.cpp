#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

namespace {

// Signed in, the call asked for and the ticket given: the kiosk is dialling.
State dialling(bool about_case = false) {
    State s = about_case ? on_case_screen() : signed_in_state();
    update(s, CallPressed{about_case});
    update(s, CallSessionCreated{s.session->generation, s.session->call_attempt, ticket()});
    return s;
}

const CallEnded& ended(const State& s) {
    return std::get<CallEnded>(s.session->call);
}

} // namespace

TEST_CASE("a call from Home: a code from the service, dial, send the code after a pause, hang up, back") {
    State s = signed_in_state();
    auto g = s.session->generation;
    CHECK(update(s, CallPressed{false}) == Effects{RequestCallSession{g, 1, ""}});
    CHECK(s.screen == Screen::call);
    CHECK(std::holds_alternative<CallRequesting>(s.session->call));
    CHECK(update(s, CallSessionCreated{g, 1, ticket()}) ==
          Effects{Dial{g, 1, "sip:idbellen@kcc.example.nl"}});
    update(s, CallStartedRinging{g, 1});
    CHECK(std::holds_alternative<CallRinging>(s.session->call));
    update(s, ClockTicked{at(10)});
    CHECK(update(s, CallAnswered{g, 1, true}).empty()); // the contact centre's menu needs a moment
    CHECK(std::get<CallConnected>(s.session->call).since == at(10));
    CHECK(next_deadline(s) <= at(10) + s.policy.call_code_pause);
    CHECK(update(s, ClockTicked{at(10) + s.policy.call_code_pause}) ==
          Effects{SendCode{g, 1, Secret("4821073596")}});
    CHECK(update(s, ClockTicked{at(13)}).empty()); // sent once
    update(s, CodeSent{g, 1});
    CHECK(std::get<CallConnected>(s.session->call).code == CodeDelivery::sent);
    CHECK(update(s, HangUpPressed{}) == Effects{HangUp{g}});
    CHECK(update(s, HangUpPressed{}).empty()); // a second tap does not hang up twice
    // The code did its work: the service's session ends with the call.
    CHECK(update(s, CallFinished{g, 1, CallEndReason::hung_up_by_resident}) ==
          Effects{EndCallSession{g, "ref-1"}});
    CHECK(ended(s).reason == CallEndReason::hung_up_by_resident);
    CHECK_FALSE(s.session->call_ticket);
    update(s, BackPressed{});
    CHECK(s.screen == Screen::home);
}

TEST_CASE("a call about a request carries its number and returns to it") {
    State s = on_case_screen();
    auto g = s.session->generation;
    CHECK(update(s, CallPressed{true}) == Effects{RequestCallSession{g, 1, "ZAAK-a"}});
    update(s, CallSessionCreated{g, 1, ticket()});
    update(s, CallFinished{g, 1, CallEndReason::busy});
    CHECK(ended(s).reason == CallEndReason::busy);
    // The code is still valid for long: the next try uses it again.
    CHECK(update(s, RetryPressed{}) == Effects{Dial{g, 2, "sip:idbellen@kcc.example.nl"}});
    update(s, CallFinished{g, 2, CallEndReason::unreachable});
    CHECK(update(s, BackPressed{}) == Effects{EndCallSession{g, "ref-1"}});
    CHECK(s.screen == Screen::case_detail);
}

TEST_CASE("a code about to expire is not used for another try") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CallPressed{false});
    update(s, CallSessionCreated{g, 1, ticket(seconds(150))});
    update(s, CallFinished{g, 1, CallEndReason::no_answer});
    CHECK(update(s, RetryPressed{}) == Effects{EndCallSession{g, "ref-1"}, RequestCallSession{g, 2, ""}});
}

TEST_CASE("the service's answers in plain terms") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CallPressed{false});
    update(s, CallSessionFailed{g, 1, CallSessionFailure::refused});
    CHECK(ended(s).reason == CallEndReason::service_refused);
    update(s, RetryPressed{});
    update(s, CallSessionFailed{g, 2, CallSessionFailure::unavailable});
    CHECK(ended(s).reason == CallEndReason::service_unavailable);
}

TEST_CASE("a ticket whose code is not all digits is not dialled") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CallPressed{false});
    auto bad = ticket();
    bad.code = Secret("12#34");
    CHECK(update(s, CallSessionCreated{g, 1, bad}) == Effects{EndCallSession{g, "ref-1"}});
    CHECK(ended(s).reason == CallEndReason::service_unavailable);
    update(s, RetryPressed{});
    auto timeless = ticket(seconds(0));
    CHECK(update(s, CallSessionCreated{g, 2, timeless}) == Effects{EndCallSession{g, "ref-1"}});
}

TEST_CASE("stopping while the code is being asked for: the code that comes later is given back") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CallPressed{false});
    CHECK(update(s, HangUpPressed{}).empty()); // nothing dialled yet
    CHECK(ended(s).reason == CallEndReason::hung_up_by_resident);
    CHECK(update(s, CallSessionCreated{g, 1, ticket()}) == Effects{EndCallSession{g, "ref-1"}});
    CHECK_FALSE(s.session->call_ticket);
}

TEST_CASE("the back button does nothing while the call is going on") {
    State s = dialling();
    update(s, BackPressed{});
    CHECK(s.screen == Screen::call);
}

TEST_CASE("logging out during a call hangs up and ends the service's session first") {
    State s = dialling();
    auto g = s.session->generation;
    update(s, CallAnswered{g, 1, true});
    CHECK(update(s, StopPressed{}) == Effects{HangUp{g}, EndCallSession{g, "ref-1"}, WipeSession{g}});
}

TEST_CASE("no idle warning while the resident is on the phone") {
    State s = dialling();
    auto g = s.session->generation;
    update(s, CallAnswered{g, 1, true});
    update(s, ClockTicked{at(600)});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    update(s, CallFinished{g, 1, CallEndReason::hung_up_by_kcc});
    update(s, ClockTicked{at(630)});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay)); // the idle clock restarts after the call
    update(s, ClockTicked{at(661)});
    CHECK(std::holds_alternative<IdleWarning>(s.overlay));
}

TEST_CASE("nobody answering within a minute: the kiosk hangs up, says so, and offers the own phone") {
    State s = dialling();
    auto g = s.session->generation;
    update(s, CallStartedRinging{g, 1});
    CHECK(update(s, ClockTicked{s.now + s.policy.call_answer_timeout}) == Effects{HangUp{g}});
    CHECK(ended(s).reason == CallEndReason::no_answer);
    update(s, CallFinished{g, 1, CallEndReason::hung_up_by_resident}); // the late answer of the hang-up
    CHECK(ended(s).reason == CallEndReason::no_answer);
    CHECK(s.session->call_ticket); // kept for the own phone
    CHECK(update(s, SelfDialPressed{}).empty());
    CHECK(std::holds_alternative<CallSelfDial>(s.session->call));
}

TEST_CASE("calling with the own phone: number and code until the code expires, then a new code") {
    State s = dialling();
    auto g = s.session->generation;
    CHECK(update(s, SelfDialPressed{}) == Effects{HangUp{g}}); // "Ik bel liever zelf" while it rings
    CHECK(std::holds_alternative<CallSelfDial>(s.session->call));
    update(s, CallFinished{g, 1, CallEndReason::hung_up_by_resident});
    CHECK(std::holds_alternative<CallSelfDial>(s.session->call)); // the phone's late word changes nothing
    // The countdown is shown every second. The resident dials on their own phone, so the idle question
    // waits longer than elsewhere, but it comes: a signed-in session and a valid code must not stay on
    // screen for whoever comes next.
    auto expires = s.session->call_ticket_expires_at;
    CHECK(next_deadline(s) <= s.now + seconds(1));
    auto since = s.last_activity;
    update(s, ClockTicked{since + s.policy.idle_warning_after + seconds(1)});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    update(s, ClockTicked{since + s.policy.idle_warning_on_phone_screens});
    REQUIRE(std::holds_alternative<IdleWarning>(s.overlay));
    REQUIRE(expires > s.now + s.policy.idle_countdown); // the code is still valid
    update(s, StillHerePressed{});
    for (auto t = s.now; t < expires - seconds(1); t += seconds(100)) { // the resident keeps answering
        update(s, ClockTicked{t});
        if (std::holds_alternative<IdleWarning>(s.overlay)) update(s, StillHerePressed{});
    }
    update(s, ClockTicked{expires - seconds(1)});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    update(s, ClockTicked{expires});
    CHECK(s.last_activity == expires); // "De code werkt niet meer" gets the full idle time to be read
    CHECK(update(s, RetryPressed{}) == Effects{EndCallSession{g, "ref-1"}, RequestCallSession{g, 3, ""}});
    CHECK(std::get<CallRequesting>(s.session->call).self_dial);
    CHECK(update(s, CallSessionCreated{g, 3, ticket()}).empty());
    CHECK(std::holds_alternative<CallSelfDial>(s.session->call));
    CHECK(update(s, BackPressed{}) == Effects{EndCallSession{g, "ref-1"}});
    CHECK(s.screen == Screen::home);
}

TEST_CASE(
    "a resident who walks away from the code for their own phone: the session is wiped, the code ended") {
    State s = dialling();
    auto g = s.session->generation;
    update(s, SelfDialPressed{});
    update(s, CallFinished{g, 1, CallEndReason::hung_up_by_resident});
    auto since = s.last_activity;
    update(s, ClockTicked{since + s.policy.idle_warning_on_phone_screens});
    REQUIRE(std::holds_alternative<IdleWarning>(s.overlay));
    auto effects =
        update(s, ClockTicked{since + s.policy.idle_warning_on_phone_screens + s.policy.idle_countdown});
    CHECK(contains(effects, EndCallSession{g, "ref-1"})); // the code stops working at the service
    CHECK(contains(effects, WipeSession{g}));
    CHECK_FALSE(s.session);
    CHECK(s.screen == Screen::welcome);
}

TEST_CASE("the own phone is offered only when a code is at hand and the trouble was the call") {
    State s = dialling();
    auto g = s.session->generation;
    update(s, CallFinished{g, 1, CallEndReason::busy});
    CHECK(ended(s).own_phone_offered);
    s = dialling();
    update(s, CallFinished{g, 1, CallEndReason::hung_up_by_kcc}); // the agent ended it: a normal end
    CHECK_FALSE(ended(s).own_phone_offered);
    s = signed_in_state();
    update(s, CallPressed{false});
    update(s, CallSessionFailed{s.session->generation, 1, CallSessionFailure::unavailable});
    CHECK(ended(s).reason == CallEndReason::service_unavailable);
    CHECK_FALSE(ended(s).own_phone_offered); // no code: nothing to dial with
    s = dialling();
    update(s, CallAnswered{g, 1, true});
    update(s, CallFinished{g, 1, CallEndReason::connection_lost}); // answered: its code is used up
    CHECK_FALSE(s.session->call_ticket);
    CHECK_FALSE(ended(s).own_phone_offered);
}

TEST_CASE("a call that cannot carry keys: the resident types the code") {
    State s = dialling();
    auto g = s.session->generation;
    update(s, CallAnswered{g, 1, false});
    CHECK(std::get<CallConnected>(s.session->call).code == CodeDelivery::type_it);
    CHECK(update(s, ClockTicked{s.now + seconds(5)}).empty());
}

TEST_CASE("a code the phone could not send: the resident types it") {
    State s = dialling();
    auto g = s.session->generation;
    update(s, CallAnswered{g, 1, true});
    update(s, ClockTicked{s.now + s.policy.call_code_pause});
    update(s, CodeSent{g, 1, false});
    CHECK(std::get<CallConnected>(s.session->call).code == CodeDelivery::type_it);
}

TEST_CASE("a code that expired before the answer is not sent") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CallPressed{false});
    update(s, CallSessionCreated{g, 1, ticket(seconds(3))});
    update(s, ClockTicked{s.now + seconds(3)});
    update(s, CallAnswered{g, 1, true});
    CHECK(std::get<CallConnected>(s.session->call).code == CodeDelivery::expired);
    CHECK(update(s, ClockTicked{s.now + seconds(5)}).empty());
}

TEST_CASE("the code can be sent again on request") {
    State s = dialling();
    auto g = s.session->generation;
    update(s, CallAnswered{g, 1, true});
    update(s, ClockTicked{s.now + s.policy.call_code_pause});
    CHECK(update(s, ResendCodePressed{}).empty()); // still sending
    update(s, CodeSent{g, 1});
    CHECK(update(s, ResendCodePressed{}) == Effects{SendCode{g, 1, Secret("4821073596")}});
}

TEST_CASE("results of an older call are dropped") {
    State s = dialling();
    auto g = s.session->generation;
    update(s, CallFinished{g, 1, CallEndReason::unreachable});
    update(s, RetryPressed{}); // call 2
    update(s, CallAnswered{g, 1, true});
    CHECK(std::holds_alternative<CallConnecting>(s.session->call));
    update(s, CallFinished{g, 1, CallEndReason::connection_lost});
    CHECK(std::holds_alternative<CallConnecting>(s.session->call));
    update(s, CallFinished{g, 2, CallEndReason::connection_lost});
    CHECK(ended(s).reason == CallEndReason::connection_lost);
}
