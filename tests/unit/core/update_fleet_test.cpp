// The fleet's commands in the core: never in the way of a resident, never near their data.
#include "kiosk/core/glimpse.hpp"
#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

TEST_CASE("maintenance closes the kiosk at Welcome and opens it again") {
    State s = started_state();
    update(s, MaintenanceSwitched{true});
    CHECK(s.screen == Screen::out_of_order);
    update(s, HealthChecked{true}); // the backends answering does not reopen it
    CHECK(s.screen == Screen::out_of_order);
    update(s, MaintenanceSwitched{false});
    CHECK(s.screen == Screen::welcome);
    update(s, HealthChecked{false}); // and switching maintenance off does not hide a real outage
    update(s, MaintenanceSwitched{true});
    update(s, MaintenanceSwitched{false});
    CHECK(s.screen == Screen::out_of_order);
}

TEST_CASE("a resident busy when maintenance starts finishes; the next one sees out of order") {
    State s = signed_in_state();
    update(s, MaintenanceSwitched{true});
    CHECK(s.screen == Screen::home);
    REQUIRE(s.session);
    update(s, StopPressed{});
    update(s, ClockTicked{at(30)}); // the goodbye screen ends
    CHECK(s.screen == Screen::out_of_order);
}

TEST_CASE("identify flashes for ten seconds and then stops by itself") {
    State s = started_state();
    update(s, ClockTicked{at(5)});
    update(s, IdentifyRequested{});
    REQUIRE(s.identify_until);
    CHECK(*s.identify_until == at(15));
    CHECK(next_deadline(s) <= at(15));
    update(s, ClockTicked{at(14)});
    CHECK(s.identify_until);
    update(s, ClockTicked{at(15)});
    CHECK_FALSE(s.identify_until);
}

TEST_CASE("reload and restart wait until nobody uses the kiosk; a restart wins over a reload") {
    State s = signed_in_state();
    update(s, FleetActionRequested{FleetAction::reload});
    CHECK(s.fleet_action == FleetAction::reload);
    CHECK_FALSE(between_visits(s));
    update(s, FleetActionRequested{FleetAction::restart});
    update(s, FleetActionRequested{FleetAction::reload});
    CHECK(s.fleet_action == FleetAction::restart);
    update(s, StopPressed{});
    CHECK_FALSE(between_visits(s)); // the goodbye screen is still part of the visit
    update(s, ClockTicked{at(30)});
    CHECK(between_visits(s));
    update(s, FleetActionTaken{});
    CHECK_FALSE(s.fleet_action);
    CHECK_FALSE(between_visits(on_login_screen())); // a login under way is a visit
}

TEST_CASE("a glimpse of a signed-in session holds no name, number, case or document") {
    State s = signed_in_state();
    auto g = glimpse(s);
    CHECK(g.signed_in);
    CHECK(g.screen == Screen::home);
    // The type is the guarantee: it has no text field at all. This checks it stays so.
    static_assert(sizeof(Glimpse) <= 64, "a Glimpse is a handful of flags and counters");
}
