#pragma once
// The feature modules of update(). Each handles the events of its journey and returns true when it
// consumed the event (lager's "vertical modules": state, events and transitions of one feature together).
#include "kiosk/core/effects.hpp"
#include "kiosk/core/events.hpp"
#include "kiosk/core/state.hpp"
#include "kiosk/core/update.hpp"

namespace kiosk::core {

bool update_session(State& s, const Event& e, Effects& out);    // clock, touches, idle, stop, health
bool update_navigation(State& s, const Event& e, Effects& out); // settings, help, back
bool update_speech(State& s, const Event& e, Effects& out);
// Welcome, nobody has switched speech on: the spoken hint may come.
bool waiting_for_speech(const State& s);
// What settle_speech compares with: the state before the event.
struct Before {
    Screen screen;
    bool waiting_for_speech;
};
// After every event: a pause ends with its screen; the spoken hint on Welcome is armed or said.
void settle_speech(State& s, const Before& before, const Event& e, Effects& out);
bool update_login(State& s, const Event& e, Effects& out);
bool update_cases(State& s, const Event& e, Effects& out); // list, detail, documents
bool update_document(State& s, const Event& e);            // paging and the large reading view
bool update_print(State& s, const Event& e, Effects& out);
bool update_call(State& s, const Event& e, Effects& out);
bool update_fleet(State& s, const Event& e);               // maintenance, identify, reload and restart
bool update_staff(State& s, const Event& e, Effects& out); // badges, assisted mode, the help line, self-tests

// After every event: the consent question when a volunteer meets a signed-in resident, maintenance when
// a technician's badge waits between visits, the volunteer's pages only while their badge is in.
void settle_staff(State& s, Effects& out);
// The help line's call is over without a word from the phone (a wipe or the resident's own call ends it).
void drop_helpline(State& s);
// "Er komt iemand naar u toe" shows until then.
std::optional<Time> staff_called_until(const State& s);

// Out of order exactly when not serving (serving()), unless a resident is busy.
void settle_out_of_order(State& s);

// Shared transitions.
// Ends whatever the resident was doing: stops a login attempt, wipes a session (hanging up, cancelling
// a print), and shows the goodbye screen or Welcome.
void end_visit(State& s, Effects& out, bool show_goodbye);
void go_to_welcome(State& s);
void cancel_login(State& s, Effects& out);
// The call: ends the ID-bellen session (its code stops working); leaves the call screen for where the
// resident came from; sends the code once the pause after the answer is over.
void end_call_session(State& s, Effects& out);
// The call is over; the resident may still call with their own phone when a valid code is at hand
// and the trouble was the call itself (not the resident or the agent hanging up, not the service).
void call_ended(Session& session, CallEndReason reason);
void leave_call(State& s, Effects& out);
std::optional<Time> call_code_due(const State& s);
void send_code_when_due(State& s, Effects& out);

// A result event only counts for the session that asked for it: a late answer after a wipe is dropped.
// A finished or refused print is not news when the resident comes back; a running one is.
inline void forget_finished_print(Session& session) {
    if (!std::holds_alternative<Printing>(session.print)) session.print = PrintIdle{};
}

template <class T>
const T* session_result(const State& s, const Event& e) {
    const auto* result = std::get_if<T>(&e);
    if (!result || !s.session || s.session->generation != result->generation) return nullptr;
    return result;
}

} // namespace kiosk::core
