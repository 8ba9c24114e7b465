#pragma once
// The feature modules of update(). Each handles the events of its journey and returns true when it
// consumed the event (lager's "vertical modules": state, events and transitions of one feature together).
#include "kiosk/core/effects.hpp"
#include "kiosk/core/events.hpp"
#include "kiosk/core/state.hpp"

namespace kiosk::core {

bool update_session(State& s, const Event& e, Effects& out);    // clock, touches, idle, stop, health
bool update_navigation(State& s, const Event& e, Effects& out); // settings, help, back
bool update_login(State& s, const Event& e, Effects& out);
bool update_cases(State& s, const Event& e, Effects& out);      // list, detail, documents
bool update_print(State& s, const Event& e, Effects& out);
bool update_call(State& s, const Event& e, Effects& out);

// Shared transitions.
void end_session(State& s, Effects& out, bool show_goodbye); // wipes the session and any login attempt
void go_to_welcome(State& s);
void cancel_login(State& s, Effects& out);

// A result event only counts for the session that asked for it: a late answer after a wipe is dropped.
template <class T>
const T* session_result(const State& s, const Event& e) {
    const auto* result = std::get_if<T>(&e);
    if (!result || !s.session || s.session->generation != result->generation) return nullptr;
    return result;
}

} // namespace kiosk::core
