#include "kiosk/core/glimpse.hpp"

namespace kiosk::core {

Glimpse glimpse(const State& state) {
    Glimpse g;
    g.screen = state.screen;
    g.signed_in = state.session.has_value();
    g.login_failed = std::holds_alternative<LoginFailedStage>(state.login);
    if (state.session) {
        g.pages_printed = state.session->pages_printed;
        g.call_attempt = state.session->call_attempt;
        g.call_answered = std::holds_alternative<CallConnected>(state.session->call);
        g.call_ended = std::holds_alternative<CallEnded>(state.session->call);
    }
    g.help_topic = state.help_topic;
    g.warned_idle = std::holds_alternative<IdleWarning>(state.overlay);
    g.backends_healthy = state.backends_healthy;
    g.maintenance = state.maintenance;
    g.identifying = state.identify_until.has_value();
    g.assisted = assisted(state);
    g.card_reader_working = state.card_reader_working;
    return g;
}

} // namespace kiosk::core
