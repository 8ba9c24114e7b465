#pragma once
// What the kiosk's fleet telemetry may know of State: the screen and a few stages, never a name, a
// number, a case or a document. Telemetry sees State only through this, so it cannot leak what it
// cannot see.
#include "kiosk/core/state.hpp"

namespace kiosk::core {

struct Glimpse {
    Screen screen = Screen::welcome;
    bool signed_in = false;
    bool login_failed = false; // the login screen shows a failure
    int pages_printed = 0;     // in this session
    std::uint64_t call_attempt = 0;
    bool call_answered = false; // a call is connected
    bool call_ended = false;    // the call screen shows how the call ended
    HelpTopic help_topic = HelpTopic::general;
    bool warned_idle = false; // "Bent u er nog?"
    bool backends_healthy = true;
    bool maintenance = false;
    bool identifying = false;
    bool assisted = false; // a volunteer's badge is in the reader
    bool card_reader_working = true;
    bool operator==(const Glimpse&) const = default;
};

Glimpse glimpse(const State& state);

} // namespace kiosk::core
