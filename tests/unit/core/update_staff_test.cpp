// Staff at the kiosk in the pure core: assisted mode and the resident's consent, the technician's
// maintenance, the help line and "Roep een medewerker".
#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

namespace {

State with_volunteer(State s) {
    update(s, BadgePresented{StaffRole::volunteer, "Anja"});
    return s;
}

bool any_effect_of_kind(const Effects& effects, auto predicate) {
    return std::any_of(effects.begin(), effects.end(), predicate);
}

} // namespace

TEST_CASE("a volunteer's badge opens assisted mode; a resident signed in is asked first, and says no") {
    State s = with_volunteer(signed_in_state());
    CHECK(assisted(s));
    REQUIRE(s.session);
    CHECK(s.session->consent == Consent::asking);
    CHECK_FALSE(mirror_shows_kiosk(s));
    // While the question is open the volunteer's tools stay shut.
    update(s, StaffPageChosen{StaffPage::tools});
    CHECK_FALSE(s.staff_page);
    update(s, SessionRestartPressed{});
    CHECK(s.session);

    update(s, ConsentAnswered{false});
    CHECK(s.session->consent == Consent::refused);
    CHECK_FALSE(mirror_shows_kiosk(s)); // the volunteer's screen stays blank
    update(s, StaffPageChosen{StaffPage::digid_activation});
    CHECK(s.staff_page == StaffPage::digid_activation); // helping without looking is still helping
}

TEST_CASE("consent given lasts as long as the session, and is asked again for the next resident") {
    State s = with_volunteer(signed_in_state());
    update(s, ConsentAnswered{true});
    CHECK(s.session->consent == Consent::given);
    CHECK(mirror_shows_kiosk(s));
    update(s, ConsentAnswered{false}); // no second answer to a question that is not asked
    CHECK(s.session->consent == Consent::given);

    update(s, StopPressed{});
    CHECK_FALSE(s.session);
    CHECK_FALSE(mirror_shows_kiosk(s));
    update(s, DonePressed{});
    update(s, BeginPressed{});
    update(s, LoginChosen{});
    update(s, LoginCodeReceived{s.login_attempt, code()});
    update(s, LoginSucceeded{s.login_attempt, resident()});
    REQUIRE(s.session);
    CHECK(s.session->consent == Consent::asking); // the next resident answers for themselves
}

TEST_CASE("a volunteer who comes before the resident signs in: the question comes with the login") {
    State s = with_volunteer(started_state());
    CHECK(assisted(s));
    CHECK_FALSE(mirror_shows_kiosk(s)); // nobody has agreed to anything yet
    update(s, BeginPressed{});
    update(s, LoginChosen{});
    update(s, LoginCodeReceived{s.login_attempt, code()});
    update(s, LoginSucceeded{s.login_attempt, resident()});
    REQUIRE(s.session);
    CHECK(s.session->consent == Consent::asking);
}

TEST_CASE("the badge pulled mid-session ends assisted mode; an open question is withdrawn") {
    State s = with_volunteer(signed_in_state());
    update(s, BadgeRemoved{});
    CHECK_FALSE(assisted(s));
    CHECK(s.session->consent == Consent::not_asked);
    update(s, ConsentAnswered{true}); // a late tap on a question no longer shown
    CHECK(s.session->consent == Consent::not_asked);

    update(s, BadgePresented{StaffRole::volunteer, "Anja"});
    update(s, ConsentAnswered{true});
    update(s, StaffPageChosen{StaffPage::tools});
    REQUIRE(mirror_shows_kiosk(s));
    update(s, BadgeRemoved{});
    CHECK_FALSE(mirror_shows_kiosk(s)); // the mirror goes blank with the badge
    CHECK_FALSE(s.staff_page);
    CHECK(s.session); // the resident goes on alone
}

TEST_CASE("the volunteer restarts the session for the resident: wiped, and Welcome") {
    State s = with_volunteer(signed_in_state());
    update(s, ConsentAnswered{false});
    auto generation = s.session->generation;
    auto effects = update(s, SessionRestartPressed{});
    CHECK(contains(effects, WipeSession{generation}));
    CHECK_FALSE(s.session);
    CHECK(s.screen == Screen::welcome);
    CHECK(assisted(s)); // the volunteer is still there
}

TEST_CASE("a technician's badge between visits opens maintenance and runs the self-tests") {
    State s = started_state();
    auto effects = update(s, BadgePresented{StaffRole::technician, "Bram"});
    CHECK(s.screen == Screen::maintenance);
    CHECK(contains(effects, RunSelfTests{}));
    CHECK(resting(s.screen)); // no resident uses the kiosk: the fleet counts no visit

    update(s, MaintenanceToggled{});
    CHECK(s.maintenance); // "buiten gebruik"
    update(s, MaintenanceToggled{});
    CHECK_FALSE(s.maintenance);

    update(s, MaintenanceDone{});
    CHECK(s.screen == Screen::welcome); // even with the badge still on the reader
    update(s, ClockTicked{at(5)});
    CHECK(s.screen == Screen::welcome);
}

TEST_CASE("the technician's badge leaving the reader leaves maintenance, out of order stays if switched on") {
    State s = started_state();
    update(s, BadgePresented{StaffRole::technician, ""});
    update(s, MaintenanceToggled{});
    update(s, BadgeRemoved{});
    CHECK(s.screen != Screen::maintenance);
    CHECK(s.maintenance);
}

TEST_CASE("a technician never cuts a resident's visit short: maintenance opens after it") {
    State s = signed_in_state();
    auto effects = update(s, BadgePresented{StaffRole::technician, "Bram"});
    CHECK(s.screen != Screen::maintenance);
    CHECK(s.session);
    CHECK_FALSE(contains(effects, RunSelfTests{}));
    CHECK(s.health_log.back().what == HealthEvent::technician_waits);
    update(s, StopPressed{});
    update(s, DonePressed{});
    CHECK(s.screen == Screen::maintenance);
}

TEST_CASE("self-test results: the printer out of paper fails, in the health log without personal data") {
    State s = signed_in_state();
    update(s, StopPressed{});
    update(s, DonePressed{});
    update(s, BadgePresented{StaffRole::technician, "Bram"});
    update(s, PrinterChecked{staff_generation, PrintFailure::out_of_paper});
    update(s, SelfTestReported{{"zaken", TestOutcome::failed, "unreachable"}});
    update(s, SelfTestReported{{"oidc", TestOutcome::passed, ""}});
    REQUIRE(s.self_tests.size() == 3);
    CHECK(s.self_tests[0] == SelfTest{"printer", TestOutcome::failed, "out_of_paper"});
    CHECK(s.self_tests[1].outcome == TestOutcome::failed);
    update(s, SelfTestReported{{"zaken", TestOutcome::passed, ""}}); // tested again: replaced
    CHECK(s.self_tests.size() == 3);
    CHECK(s.self_tests[1].outcome == TestOutcome::passed);

    auto effects = update(s, TestPagePressed{});
    CHECK(contains(effects, PrintTestPage{}));
    update(s, PrintFailed{staff_generation, PrintFailure::out_of_paper});
    CHECK(s.self_tests.back() == SelfTest{"test_page", TestOutcome::failed, "out_of_paper"});
    // The log keeps the test and its reason apart, for the screen to put in words.
    REQUIRE_FALSE(s.health_log.empty());
    CHECK(s.health_log.back().what == HealthEvent::self_test_failed);
    CHECK(s.health_log.back().detail == "test_page");
    CHECK(s.health_log.back().reason == "out_of_paper");

    for (const auto& note : s.health_log) {
        CHECK(note.detail.find("Jan") == std::string::npos);
        CHECK(note.detail.find("999993653") == std::string::npos);
        CHECK(note.reason.find("Jan") == std::string::npos);
    }
}

TEST_CASE(
    "the printer's staff answers outside maintenance change nothing, and a resident's print is untouched") {
    State s = started_state();
    State before = s;
    update(s, PrinterChecked{staff_generation, PrintFailure::out_of_paper});
    CHECK(s.self_tests.empty());
    CHECK(s.screen == before.screen);
}

TEST_CASE("the help line for volunteers: dialled on generation 0, hung up when the badge goes") {
    State s = with_volunteer(started_state());
    s.helpline = "sip:hulplijn@kcc.example.nl";
    auto effects = update(s, HelplinePressed{});
    REQUIRE(s.helpline_call == HelplineCall::dialling);
    CHECK(contains(effects, Dial{staff_generation, s.helpline_attempt, "sip:hulplijn@kcc.example.nl"}));
    update(s, CallStartedRinging{staff_generation, s.helpline_attempt});
    CHECK(s.helpline_call == HelplineCall::ringing);
    update(s, CallAnswered{staff_generation, s.helpline_attempt});
    CHECK(s.helpline_call == HelplineCall::connected);
    update(s, CallAnswered{7, s.helpline_attempt}); // a resident's call's answer is not the help line's
    effects = update(s, BadgeRemoved{});
    CHECK(contains(effects, HangUp{staff_generation}));
    CHECK(s.helpline_call == HelplineCall::ended);
    // The old call's last words change nothing.
    update(s, CallFinished{staff_generation, s.helpline_attempt - 1, CallEndReason::unreachable});
    CHECK(s.helpline_call == HelplineCall::ended);
}

TEST_CASE("no help line without a volunteer's badge or without a configured address") {
    State s = started_state();
    s.helpline = "sip:hulplijn@kcc.example.nl";
    auto effects = update(s, HelplinePressed{});
    CHECK(s.helpline_call == HelplineCall::idle);
    CHECK(effects.empty());
    s = with_volunteer(started_state());
    effects = update(s, HelplinePressed{});
    CHECK(s.helpline_call == HelplineCall::idle);
    CHECK_FALSE(any_effect_of_kind(effects, [](const Effect& e) { return std::holds_alternative<Dial>(e); }));
}

TEST_CASE("'Roep een medewerker' shows that someone comes, until a volunteer's badge or 10 minutes") {
    State s = signed_in_state();
    update(s, StaffHelpRequested{});
    REQUIRE(s.staff_called_at);
    CHECK(s.health_log.back().what == HealthEvent::staff_called);
    update(s, BadgePresented{StaffRole::volunteer, ""});
    CHECK_FALSE(s.staff_called_at);

    s = started_state();
    update(s, StaffHelpRequested{});
    REQUIRE(s.staff_called_at);
    REQUIRE(next_deadline(s));
    update(s, ClockTicked{at(599)});
    CHECK(s.staff_called_at);
    update(s, ClockTicked{at(601)});
    CHECK_FALSE(s.staff_called_at);
}

TEST_CASE("the card reader's health is noted when it changes") {
    State s = started_state();
    update(s, CardReaderChanged{false});
    CHECK_FALSE(s.card_reader_working);
    CHECK(s.health_log.back().what == HealthEvent::reader_lost);
    auto notes = s.health_log.size();
    update(s, CardReaderChanged{false});
    CHECK(s.health_log.size() == notes);
    update(s, CardReaderChanged{true});
    CHECK(s.health_log.back().what == HealthEvent::reader_back);
}

TEST_CASE("the health log keeps the newest notes only") {
    State s = started_state();
    for (int i = 0; i < 50; ++i)
        update(s, CardReaderChanged{i % 2 == 0 ? false : true});
    CHECK(s.health_log.size() == health_log_size);
    CHECK(s.health_log.back().what == HealthEvent::reader_back);
}
