#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

TEST_CASE("the whole journey, from Welcome to goodbye, as one fold") {
    State s = started_state();
    auto effects = run(s, {LanguageChosen{"en"}, BeginPressed{}, LoginChosen{}});
    CHECK(effects == Effects{StartLogin{1}});
    effects = run(s, {LoginCodeReceived{1, code()}, ScreenTouched{at(5)}, LoginSucceeded{1, resident()}});
    CHECK(effects == Effects{FetchCases{1, resident().bsn}});
    effects = run(s, {CasesLoaded{1, {summary("a", {2026, 11, 2}), summary("b", {2026, 6, 1}, true)}},
                      MyCasesPressed{},
                      CaseTabChosen{CaseTab::closed},
                      CaseTabChosen{CaseTab::open},
                      CaseSelected{"a"},
                      CaseLoaded{1, detail("a")},
                      DocumentSelected{"doc1"},
                      DocumentLoaded{1, document(1)},
                      PrintPressed{},
                      PrinterChecked{1, std::nullopt},
                      PrintConfirmed{},
                      PrintProgressed{1, 1, 1},
                      PrintDone{1},
                      BackPressed{},
                      CallPressed{true},
                      CallSessionCreated{1, 1, ticket()},
                      CallAnswered{1, 1, true},
                      HangUpPressed{},
                      CallFinished{1, 1, CallEndReason::hung_up_by_resident},
                      BackPressed{},
                      StopPressed{}});
    CHECK(effects == Effects{FetchCase{1, "a", resident().bsn}, FetchDocument{1, "a", "doc1", resident().bsn},
                             CheckPrinter{1}, PrintDocument{1, "application/pdf", {'%', 'P', 'D', 'F'}, 1},
                             RequestCallSession{1, 1, "ZAAK-a"}, Dial{1, 1, ticket().sip_address}, HangUp{1},
                             EndCallSession{1, ticket().ref}, WipeSession{1}});
    CHECK(s.screen == Screen::logged_out);
    CHECK(s.papers_to_collect);
    CHECK_FALSE(s.session);
    run(s, {DonePressed{}});
    CHECK(s.screen == Screen::welcome);
    CHECK(s.settings.language == "nl");
}
