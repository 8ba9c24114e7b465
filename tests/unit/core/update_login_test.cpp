#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

TEST_CASE("choosing to log in shows the login screen and asks for a code") {
    State s = started_state();
    update(s, BeginPressed{});
    auto effects = update(s, LoginChosen{});
    CHECK(s.screen == Screen::login);
    CHECK(std::holds_alternative<LoginRequesting>(s.login));
    CHECK(effects == Effects{StartLogin{s.login_attempt}});
}

TEST_CASE("the code is shown for at most the policy lifetime, even when the broker grants longer") {
    State s = started_state();
    update(s, LoginChosen{});
    update(s, LoginCodeReceived{s.login_attempt, code(seconds(900))});
    auto* showing = std::get_if<LoginShowingCode>(&s.login);
    REQUIRE(showing);
    CHECK(showing->expires_at == t0 + s.policy.login_code_lifetime);
}

TEST_CASE("a successful login opens a session on Home and fetches the requests at once") {
    State s = on_login_screen();
    auto effects = update(s, LoginSucceeded{s.login_attempt, resident()});
    REQUIRE(s.session);
    CHECK(s.screen == Screen::home);
    CHECK(s.session->identity.display_name == "Jan de Vries");
    CHECK(is_loading(s.session->cases));
    CHECK(effects == Effects{FetchCases{s.session->generation, resident().bsn}});
    CHECK(std::holds_alternative<LoginIdle>(s.login));
}

TEST_CASE("answers for an abandoned login attempt are ignored") {
    State s = on_login_screen();
    auto old_attempt = s.login_attempt;
    update(s, BackPressed{}); // back to Start: cancels
    update(s, LoginChosen{}); // a new attempt
    CHECK(update(s, LoginSucceeded{old_attempt, resident()}).empty());
    CHECK_FALSE(s.session);
    CHECK(std::holds_alternative<LoginRequesting>(s.login));
}

TEST_CASE("leaving the login screen cancels the attempt") {
    State s = on_login_screen();
    auto effects = update(s, BackPressed{});
    CHECK(s.screen == Screen::start);
    CHECK(effects == Effects{CancelLogin{s.login_attempt}});
    CHECK(std::holds_alternative<LoginIdle>(s.login));
}

TEST_CASE("an expired code stops the attempt and offers a new code on request only") {
    State s = on_login_screen();
    auto attempt = s.login_attempt;
    auto effects = update(s, ClockTicked{at(300)});
    CHECK(contains(effects, CancelLogin{attempt}));
    auto* failed = std::get_if<LoginFailedStage>(&s.login);
    REQUIRE(failed);
    CHECK(failed->reason == LoginFailure::expired);
    effects = update(s, NewLoginCodeRequested{});
    CHECK(effects == Effects{StartLogin{attempt + 1}});
}

TEST_CASE("a failure from the broker is shown with its reason") {
    State s = on_login_screen();
    update(s, LoginFailed{s.login_attempt, LoginFailure::denied});
    auto* failed = std::get_if<LoginFailedStage>(&s.login);
    REQUIRE(failed);
    CHECK(failed->reason == LoginFailure::denied);
}

TEST_CASE("a double tap on 'new code' starts only one attempt") {
    State s = on_login_screen();
    update(s, LoginFailed{s.login_attempt, LoginFailure::denied});
    auto first = update(s, NewLoginCodeRequested{});
    auto second = update(s, NewLoginCodeRequested{});
    CHECK(first.size() == 1);
    CHECK(second.empty());
}

TEST_CASE("the demo phone approves only in demo mode and only while a code is shown") {
    State s = on_login_screen();
    CHECK(update(s, DemoPhoneApproved{}) == Effects{ApproveDemoLogin{s.login_attempt}});
    s.demo = false;
    CHECK(update(s, DemoPhoneApproved{}).empty());
}

TEST_CASE("on the QR screen the idle question comes later, but it comes: a walked-away login is stopped") {
    State s = on_login_screen();
    auto since = s.last_activity;
    // The resident is busy with their phone: the usual minute is not enough.
    update(s, ClockTicked{since + s.policy.idle_warning_after + seconds(1)});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    CHECK(next_deadline(s) <= since + s.policy.idle_warning_on_phone_screens);
    update(s, ClockTicked{since + s.policy.idle_warning_on_phone_screens - seconds(1)});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    update(s, ClockTicked{since + s.policy.idle_warning_on_phone_screens});
    REQUIRE(std::holds_alternative<IdleWarning>(s.overlay)); // long before the code's own five minutes
    auto attempt = s.login_attempt;
    auto effects =
        update(s, ClockTicked{since + s.policy.idle_warning_on_phone_screens + s.policy.idle_countdown});
    CHECK(effects == Effects{CancelLogin{attempt}});
    CHECK(s.screen == Screen::welcome);
    CHECK(std::holds_alternative<LoginIdle>(s.login)); // the QR code is gone from the screen
}

TEST_CASE("a login approved while the resident reads the help page still signs them in") {
    State s = on_login_screen();
    update(s, HelpPressed{HelpTopic::login});
    update(s, LoginSucceeded{s.login_attempt, resident()});
    REQUIRE(s.session);
    CHECK(s.screen == Screen::home);
}
