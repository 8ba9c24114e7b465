// The fleet's commands, once kiosk/fleet has checked their signature, addressee, expiry and nonce.
// None of them shows or touches a resident's data; a visit going on is never cut short by them.
#include "kiosk/core/update_parts.hpp"

namespace kiosk::core {

namespace {
constexpr Duration identify_for = seconds(10);
}

bool update_fleet(State& s, const Event& e) {
    if (auto* switched = std::get_if<MaintenanceSwitched>(&e)) {
        s.maintenance = switched->on;
        settle_out_of_order(s);
        return true;
    }
    if (std::holds_alternative<IdentifyRequested>(e)) {
        s.identify_until = s.now + identify_for;
        return true;
    }
    if (auto* requested = std::get_if<FleetActionRequested>(&e)) {
        // A restart includes a reload: it wins over one that waits.
        if (s.fleet_action != FleetAction::restart) s.fleet_action = requested->action;
        return true;
    }
    if (std::holds_alternative<FleetActionTaken>(e)) {
        s.fleet_action.reset();
        return true;
    }
    return false;
}

} // namespace kiosk::core
