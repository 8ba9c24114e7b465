#include "kiosk/core/update.hpp"

#include "kiosk/core/update_parts.hpp"

#include <algorithm>

namespace kiosk::core {

Effects update(State& state, const Event& event) {
    Effects out;
    const Before before{state.screen, waiting_for_speech(state)};
    update_session(state, event, out) || update_staff(state, event, out) ||
        update_navigation(state, event, out) || update_speech(state, event, out) ||
        update_login(state, event, out) || update_cases(state, event, out) || update_document(state, event) ||
        update_print(state, event, out) || update_call(state, event, out) || update_fleet(state, event);
    settle_staff(state, out);
    settle_speech(state, before, event, out);
    return out;
}

Effects run(State& state, const std::vector<Event>& events) {
    Effects all;
    for (const auto& event : events) {
        auto effects = update(state, event);
        all.insert(all.end(), std::make_move_iterator(effects.begin()),
                   std::make_move_iterator(effects.end()));
    }
    return all;
}

bool call_in_progress(const CallStage& call) {
    return std::holds_alternative<CallRequesting>(call) || std::holds_alternative<CallConnecting>(call) ||
           std::holds_alternative<CallRinging>(call) || std::holds_alternative<CallConnected>(call) ||
           std::holds_alternative<CallHangingUp>(call);
}

} // namespace kiosk::core
