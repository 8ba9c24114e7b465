#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

TEST_CASE("log descriptions carry no personal data") {
    auto identity = resident();
    CHECK(describe(Event{LoginSucceeded{7, identity}}) == "LoginSucceeded{attempt=7}");
    CHECK(describe(Event{CallAnswered{3, "482107"}}) == "CallAnswered{generation=3}");
    CHECK(describe(Event{CaseSelected{"secret-case-id"}}) == "CaseSelected");
    auto order = describe(Effect{PrintDocument{2, "application/pdf", {'x'}, 1}});
    CHECK(order == "PrintDocument{generation=2}");
    CHECK(describe(Effect{StartCall{4, "ZAAK-2026-0142"}}).find("ZAAK") == std::string::npos);
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
