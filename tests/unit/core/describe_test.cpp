#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

TEST_CASE("log descriptions carry no personal data") {
    auto identity = resident();
    CHECK(describe(Event{LoginSucceeded{7, identity}}) == "LoginSucceeded{attempt=7}");
    CHECK(describe(Event{CallSessionCreated{3, 2, ticket()}}) == "CallSessionCreated{generation=3 call=2}");
    CHECK(describe(Effect{SendCode{3, 2, Secret("4821073596")}}) == "SendCode{generation=3 call=2}");
    CHECK(describe(Event{CaseSelected{"secret-case-id"}}) == "CaseSelected");
    auto order = describe(Effect{PrintDocument{2, "application/pdf", {'x'}, 1}});
    CHECK(order == "PrintDocument{generation=2}");
    CHECK(describe(Effect{RequestCallSession{4, 1, "ZAAK-2026-0142"}}).find("ZAAK") == std::string::npos);
}

TEST_CASE("a Secret zeroes and empties itself when replaced") {
    Secret s("999993653");
    CHECK(s.reveal() == "999993653");
    s = Secret();
    CHECK(s.empty());
    std::string text = "token-value";
    wipe(text);
    CHECK(text.empty());
}
