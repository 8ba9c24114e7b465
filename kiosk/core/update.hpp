#pragma once
// The pure heart of the kiosk: update(State&, Event) -> Effects. No I/O, no clock, no randomness.
#include "kiosk/core/effects.hpp"
#include "kiosk/core/events.hpp"
#include "kiosk/core/state.hpp"

#include <optional>

namespace kiosk::core {

Effects update(State& state, const Event& event);

// When the shell must send the next ClockTicked: the earliest timeout or the next visible change of a
// countdown. nullopt means nothing is pending and the shell may sleep until the next input.
std::optional<Time> next_deadline(const State& state);

// Zero personal data before its memory is released. Events and effects carry copies of it on their
// way between services and State; the runtime wipes them once they are handled.
void wipe(Session& session);
void wipe(CaseSummary& summary);
void wipe(std::vector<CaseSummary>& cases);
void wipe(CaseDetail& detail);
void wipe(Document& document);
void wipe(Event& event);
void wipe(Effect& effect);

// Applies events one after another and collects all effects: the fold that journey tests use.
Effects run(State& state, const std::vector<Event>& events);

} // namespace kiosk::core
