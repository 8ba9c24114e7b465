#pragma once
// How services and devices report back: results become Events on the runtime's queue. Services never
// see State; they get effect data in and post events out.
#include "kiosk/core/events.hpp"

#include <functional>

namespace kiosk::plumbing {

class Outbox {
public:
    virtual ~Outbox() = default;
    virtual void post(core::Event event) = 0; // thread-safe; wakes the main loop
    // Runs `job` on the main loop after `delay` on the runtime's clock (virtual in headless runs).
    // Thread-safe: a worker may ask to be reminded.
    virtual void schedule(core::Duration delay, std::function<void()> job) = 0;
};

} // namespace kiosk::plumbing
