// The identified call to the contact centre ("ID-bellen"): from Home about anything, or from one
// request about that request. Afterwards the resident returns to where they were.
#include "kiosk/core/update_parts.hpp"

namespace kiosk::core {
namespace {

void start_call(State& s, bool about_case, Effects& out) {
    auto& session = *s.session;
    std::string identification;
    session.call_case_id.reset();
    if (about_case) {
        if (const auto* detail = ready(session.detail)) {
            identification = detail->summary.identification;
            session.call_case_id = detail->summary.id;
        }
    }
    if (s.screen != Screen::call) session.call_return = s.screen;
    session.call = CallConnecting{s.now + s.policy.call_answer_timeout};
    s.screen = Screen::call;
    out.push_back(StartCall{session.generation, identification});
}

} // namespace

bool update_call(State& s, const Event& e, Effects& out) {
    if (auto* pressed = std::get_if<CallPressed>(&e)) {
        if (s.session && !call_in_progress(s.session->call)) start_call(s, pressed->about_case, out);
        return true;
    }
    if (std::holds_alternative<RetryPressed>(e)) {
        if (s.session && s.screen == Screen::call && std::holds_alternative<CallEnded>(s.session->call))
            start_call(s, s.session->call_case_id.has_value(), out);
        return true;
    }
    if (std::holds_alternative<HangUpPressed>(e)) {
        if (s.session && call_in_progress(s.session->call) &&
            !std::holds_alternative<CallHangingUp>(s.session->call)) {
            s.session->call = CallHangingUp{};
            out.push_back(HangUp{s.session->generation});
        }
        return true;
    }
    if (session_result<CallStartedRinging>(s, e)) {
        if (auto* connecting = std::get_if<CallConnecting>(&s.session->call))
            s.session->call = CallRinging{connecting->deadline};
        return true;
    }
    if (auto* answered = session_result<CallAnswered>(s, e)) {
        auto& call = s.session->call;
        if (std::holds_alternative<CallConnecting>(call) || std::holds_alternative<CallRinging>(call))
            call = CallConnected{s.now, answered->code};
        return true;
    }
    if (auto* finished = session_result<CallFinished>(s, e)) {
        auto& call = s.session->call;
        if (call_in_progress(call)) {
            if (auto* connected = std::get_if<CallConnected>(&call)) wipe(connected->code);
            call = CallEnded{finished->reason};
            s.last_activity = s.now; // the idle countdown starts after the call, not during it
        }
        return true;
    }
    return false;
}

} // namespace kiosk::core
