#pragma once
// The one queue through which results from services and devices reach the core. Pushing wakes the
// main loop (an SDL user event), so the loop can sleep while nothing happens.
#include "kiosk/core/events.hpp"

#include <deque>
#include <functional>
#include <mutex>

namespace kiosk::runtime {

class EventQueue {
public:
    explicit EventQueue(std::function<void()> wake = {}) : wake_(std::move(wake)) {}
    void push(core::Event event);
    std::deque<core::Event> take_all();
    bool empty() const;

private:
    mutable std::mutex mutex_;
    std::deque<core::Event> events_;
    std::function<void()> wake_;
};

} // namespace kiosk::runtime
