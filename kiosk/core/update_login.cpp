// Login with the DigiD app: one device-authorization attempt at a time, numbered so that answers to an
// abandoned attempt are ignored.
#include "kiosk/core/update_parts.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

void begin_attempt(State& s, Effects& out) {
    cancel_login(s, out);
    ++s.login_attempt;
    s.login = LoginRequesting{};
    out.push_back(StartLogin{s.login_attempt});
}

template <class T>
const T* current_attempt(const State& s, const Event& e) {
    const auto* result = std::get_if<T>(&e);
    return result && result->attempt == s.login_attempt ? result : nullptr;
}

void start_session(State& s, const Identity& identity, Effects& out) {
    Session session;
    session.generation = s.next_generation++;
    session.identity = identity;
    session.started_at = s.now;
    session.cases = Loading{}; // fetched right away: most residents come for their requests
    s.session = std::move(session);
    s.login = LoginIdle{};
    s.screen = Screen::home;
    s.overlay = NoOverlay{};
    s.last_activity = s.now;
    out.push_back(FetchCases{s.session->generation, s.session->identity.bsn});
}

} // namespace

bool update_login(State& s, const Event& e, Effects& out) {
    if (std::holds_alternative<LoginChosen>(e)) {
        if (s.session) return true;
        s.screen = Screen::login;
        begin_attempt(s, out);
        return true;
    }
    if (std::holds_alternative<NewLoginCodeRequested>(e)) {
        if (s.screen == Screen::login && !std::holds_alternative<LoginRequesting>(s.login))
            begin_attempt(s, out);
        return true;
    }
    if (std::holds_alternative<DemoPhoneApproved>(e)) {
        if (s.demo && std::holds_alternative<LoginShowingCode>(s.login))
            out.push_back(ApproveDemoLogin{s.login_attempt});
        return true;
    }
    if (auto* received = current_attempt<LoginCodeReceived>(s, e)) {
        if (std::holds_alternative<LoginRequesting>(s.login)) {
            // The code lives at most as long as policy allows, even if the broker grants longer.
            auto lifetime = std::min<Duration>(received->code.valid_for, s.policy.login_code_lifetime);
            s.login = LoginShowingCode{received->code, s.now + lifetime};
        }
        return true;
    }
    if (auto* succeeded = current_attempt<LoginSucceeded>(s, e)) {
        bool waiting = std::holds_alternative<LoginRequesting>(s.login) ||
                       std::holds_alternative<LoginShowingCode>(s.login);
        // Also when the resident is reading "Lukt het niet?": the phone said yes, so they are in.
        if (waiting && !s.session) start_session(s, succeeded->identity, out);
        return true;
    }
    if (auto* failed = current_attempt<LoginFailed>(s, e)) {
        if (!std::holds_alternative<LoginIdle>(s.login)) s.login = LoginFailedStage{failed->reason};
        return true;
    }
    return false; // results of an abandoned attempt fall through and change nothing
}

} // namespace kiosk::core
