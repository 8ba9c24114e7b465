#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

TEST_CASE("after 60 s without touch the resident is asked whether they are still there") {
    State s = signed_in_state();
    update(s, ClockTicked{at(59)});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    update(s, ClockTicked{at(60)});
    const auto* idle = std::get_if<IdleWarning>(&s.overlay);
    REQUIRE(idle);
    CHECK(idle->deadline == at(90)); // 30 s to answer: more than WCAG's 20 s
}

TEST_CASE("'Ik ben er nog' keeps the session, and can be used again and again") {
    State s = signed_in_state();
    double t = 0;
    for (int extension = 0; extension < 12; ++extension) { // WCAG asks for at least ten
        t += 60;
        update(s, ClockTicked{at(t)});
        REQUIRE(std::holds_alternative<IdleWarning>(s.overlay));
        update(s, StillHerePressed{});
        CHECK(std::holds_alternative<NoOverlay>(s.overlay));
        REQUIRE(s.session);
    }
}

TEST_CASE("a touch postpones the question, but once asked only its buttons answer it") {
    State s = signed_in_state();
    update(s, ScreenTouched{at(50)});
    update(s, ClockTicked{at(60)});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    update(s, ClockTicked{at(110)});
    REQUIRE(std::holds_alternative<IdleWarning>(s.overlay));
    update(s, ScreenTouched{at(111)}); // on the dimmed screen beside the dialog
    CHECK(std::holds_alternative<IdleWarning>(s.overlay));
    update(s, StillHerePressed{});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
}

TEST_CASE("no answer to the idle question wipes the session and shows Welcome") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, LanguageChosen{"en"});
    update(s, ClockTicked{at(60)});
    auto effects = update(s, ClockTicked{at(90)});
    CHECK(effects == Effects{WipeSession{g}});
    CHECK_FALSE(s.session);
    CHECK(s.screen == Screen::welcome);
    CHECK(s.settings == s.defaults); // the next person starts in the default language
}

TEST_CASE("an idle timeout before login returns to Welcome") {
    State s = started_state();
    update(s, BeginPressed{});
    update(s, ClockTicked{at(60)});
    REQUIRE(std::holds_alternative<IdleWarning>(s.overlay));
    update(s, ClockTicked{at(90)});
    CHECK(s.screen == Screen::welcome);
}

TEST_CASE("a login code that ran out, and nobody there: back to Welcome a while later") {
    State s = on_login_screen();
    update(s, ClockTicked{at(300)}); // the code expires; the idle watch starts from here
    CHECK(std::holds_alternative<LoginFailedStage>(s.login));
    update(s, ClockTicked{at(360)});
    REQUIRE(std::holds_alternative<IdleWarning>(s.overlay));
    update(s, ClockTicked{at(390)});
    CHECK(s.screen == Screen::welcome);
}

TEST_CASE("the hard session limit warns two minutes ahead and then logs out") {
    State s = signed_in_state();
    auto g = s.session->generation;
    for (double t = 50; t < 1080; t += 50) { // the resident keeps touching
        update(s, ScreenTouched{at(t)});
        update(s, ClockTicked{at(t)});
    }
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    update(s, ClockTicked{at(1080)});
    REQUIRE(std::holds_alternative<SessionEndingWarning>(s.overlay));
    update(s, StillHerePressed{});
    update(s, ScreenTouched{at(1150)});
    CHECK(update(s, ClockTicked{at(1200)}) == Effects{WipeSession{g}});
    CHECK(s.screen == Screen::logged_out);
}

TEST_CASE("logging out wipes the session and says goodbye, then Welcome returns by itself") {
    State s = signed_in_state();
    auto g = s.session->generation;
    CHECK(update(s, StopPressed{}) == Effects{WipeSession{g}});
    CHECK_FALSE(s.session);
    CHECK(s.screen == Screen::logged_out);
    CHECK_FALSE(s.papers_to_collect);
    update(s, ClockTicked{at(14)});
    CHECK(s.screen == Screen::logged_out);
    update(s, ClockTicked{at(15)});
    CHECK(s.screen == Screen::welcome);
}

TEST_CASE("'Stoppen' before login returns to Welcome with default settings") {
    State s = started_state();
    update(s, ContrastToggled{});
    update(s, TextSizeToggled{});
    update(s, BeginPressed{});
    update(s, StopPressed{});
    CHECK(s.screen == Screen::welcome);
    CHECK(s.settings == Settings{});
}

TEST_CASE("a restarted kiosk has no session") {
    State fresh;
    update(fresh, KioskStarted{t0});
    CHECK_FALSE(fresh.session);
    CHECK(fresh.screen == Screen::welcome);
}

TEST_CASE("unreachable backends put an idle kiosk out of order until they return") {
    State s;
    CHECK(update(s, KioskStarted{t0}) == Effects{CheckHealth{}});
    update(s, HealthChecked{false});
    CHECK(s.screen == Screen::out_of_order);
    REQUIRE(s.health_recheck_at);
    CHECK(*s.health_recheck_at == t0 + s.policy.health_recheck);
    CHECK(update(s, ClockTicked{*s.health_recheck_at}) == Effects{CheckHealth{}});
    update(s, HealthChecked{true});
    CHECK(s.screen == Screen::welcome);
}

TEST_CASE("a resident in the middle of something is not thrown out when a health check fails") {
    State s = signed_in_state();
    update(s, HealthChecked{false});
    CHECK(s.screen == Screen::home);
    update(s, StopPressed{});
    update(s, DonePressed{});
    CHECK(s.screen == Screen::out_of_order);
}

TEST_CASE("next_deadline: on Welcome, once the spoken hint is said, only the periodic health check") {
    State s = started_state();
    REQUIRE(s.speech_hint_at);
    CHECK(next_deadline(s) == s.speech_hint_at); // the hint for a blind passer-by comes first
    update(s, ClockTicked{*s.speech_hint_at});
    CHECK_FALSE(s.speech_hint_at);
    CHECK(next_deadline(s) == s.health_recheck_at); // then the shell can sleep
}

TEST_CASE("next_deadline: the idle warning and each second of a visible countdown") {
    State s = signed_in_state();
    auto deadline = next_deadline(s);
    REQUIRE(deadline);
    CHECK(*deadline == at(60));
    update(s, ClockTicked{at(60)});
    CHECK(*next_deadline(s) == at(61));
    update(s, ClockTicked{at(61.5)});
    CHECK(*next_deadline(s) == at(62));
}

TEST_CASE("next_deadline: the login code countdown and expiry") {
    State s = on_login_screen();
    CHECK(*next_deadline(s) == at(1));
}

TEST_CASE("wiping a session zeroes the personal strings it held") {
    Session session;
    session.identity = resident();
    session.identity.display_name = "Jan de Vries";
    session.cases = std::vector<CaseSummary>{summary("a", {2026, 1, 1})};
    session.detail = detail("a");
    session.document = document();
    wipe(session);
    CHECK(session.identity.display_name.empty());
    CHECK(std::get<std::vector<CaseSummary>>(session.cases)[0].title.empty());
    CHECK(std::get<CaseDetail>(session.detail).steps[0].title.empty());
    CHECK(std::get<Document>(session.document).content.empty());
}

TEST_CASE("an open idle question is not replaced by the session-limit notice") {
    State s = signed_in_state();
    update(s, ScreenTouched{at(1050)});
    update(s, ClockTicked{at(1079)});
    update(s, ClockTicked{at(1110)}); // idle question at 1110, limit notice due at 1080
    REQUIRE(std::holds_alternative<IdleWarning>(s.overlay));
    update(s, ClockTicked{at(1125)});
    CHECK(std::holds_alternative<IdleWarning>(s.overlay));
    update(s, ClockTicked{at(1140)});
    CHECK_FALSE(s.session); // the idle countdown ran out as promised
}

TEST_CASE("going back from Start keeps the language the resident chose") {
    State s = started_state();
    update(s, LanguageChosen{"en"});
    update(s, BeginPressed{});
    update(s, BackPressed{});
    CHECK(s.screen == Screen::welcome);
    CHECK(s.settings.language == "en");
}

TEST_CASE("a healthy kiosk checks its backends again every five minutes") {
    State s = started_state();
    REQUIRE(s.health_recheck_at);
    CHECK(*s.health_recheck_at == t0 + s.policy.health_interval);
    CHECK(update(s, ClockTicked{*s.speech_hint_at}) == Effects{Say{SpeechCue::welcome_hint}});
    CHECK(update(s, ClockTicked{*s.health_recheck_at}) == Effects{CheckHealth{}});
}

TEST_CASE("event and effect payloads are zeroed once handled") {
    Event loaded = DocumentLoaded{1, document()};
    wipe(loaded);
    CHECK(std::get<DocumentLoaded>(loaded).document.content.empty());
    Effect order = PrintDocument{1, "application/pdf", {'%', 'P'}, 1};
    wipe(order);
    CHECK(std::get<PrintDocument>(order).content.empty());
    Event created = CallSessionCreated{1, 1, ticket()};
    wipe(created);
    CHECK(std::get<CallSessionCreated>(created).ticket.code.empty());
    Effect send = SendCode{1, 1, Secret("4821073596")};
    wipe(send);
    CHECK(std::get<SendCode>(send).code.empty());
}
