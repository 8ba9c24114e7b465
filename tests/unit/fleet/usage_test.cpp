// The municipality's usage figures, counted from a visit as the core plays it.
#include "../core/test_support.hpp"
#include "kiosk/fleet/usage.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

namespace {

// Plays events on a State and counts them as the kiosk's telemetry does.
struct Counted {
    State s = started_state();
    kiosk::fleet::Usage usage;
    void operator()(const Event& e) {
        auto before = glimpse(s);
        update(s, e);
        kiosk::fleet::count(usage, before, e, glimpse(s));
    }
};

} // namespace

TEST_CASE("a visit with a login, the list, a case, a letter, a print and a call is counted") {
    Counted play;
    play(BeginPressed{});
    play(LoginChosen{});
    play(LoginCodeReceived{play.s.login_attempt, code()});
    play(LoginSucceeded{play.s.login_attempt, resident()});
    auto generation = play.s.session->generation;
    play(MyCasesPressed{});
    play(CasesLoaded{generation, {summary("1", {2026, 11, 2})}});
    play(CaseSelected{"1"});
    play(CaseLoaded{generation, detail("1")});
    play(DocumentSelected{"doc1"});
    play(DocumentLoaded{generation, document(2)});
    play(PrintPressed{});
    play(PrinterChecked{generation, std::nullopt});
    play(PrintConfirmed{});
    play(PrintDone{generation});
    play(StopPressed{});
    const auto& u = play.usage;
    CHECK(u.visits == 1);
    CHECK(u.logins_succeeded == 1);
    CHECK(u.case_lists_viewed == 1);
    CHECK(u.cases_viewed == 1);
    CHECK(u.documents_shown == 1);
    CHECK(u.pages_printed == 2);
    CHECK(u.timeouts == 0);
    auto j = kiosk::fleet::usage_json(u);
    CHECK(j["logins"]["succeeded"] == 1);
    CHECK(j["pages_printed"] == 2);
}

TEST_CASE("denied and expired logins, and a visit left on the clock, are counted by kind and screen") {
    Counted play;
    play(BeginPressed{});
    play(LoginChosen{});
    play(LoginCodeReceived{play.s.login_attempt, code()});
    play(LoginFailed{play.s.login_attempt, LoginFailure::denied});
    play(NewLoginCodeRequested{});
    play(LoginCodeReceived{play.s.login_attempt, code()});
    play(LoginFailed{play.s.login_attempt, LoginFailure::expired});
    CHECK(play.usage.logins_denied == 1);
    CHECK(play.usage.logins_expired == 1);
    play(ClockTicked{at(60)});  // "Bent u er nog?"
    play(ClockTicked{at(200)}); // nobody answered
    CHECK(play.s.screen == Screen::welcome);
    CHECK(play.usage.timeouts == 1);
    CHECK(play.usage.abandoned_on.begin()->first == "login");
    CHECK(play.usage.visits == 1);
}
