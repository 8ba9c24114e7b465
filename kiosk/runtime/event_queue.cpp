#include "kiosk/runtime/event_queue.hpp"

#include <utility>

namespace kiosk::runtime {

void EventQueue::push(core::Event event) {
    bool was_empty;
    {
        std::lock_guard lock(mutex_);
        was_empty = events_.empty();
        events_.push_back(std::move(event));
    }
    // One wake-up per batch is enough: the loop drains everything it finds.
    if (was_empty && wake_) wake_();
}

std::deque<core::Event> EventQueue::take_all() {
    std::lock_guard lock(mutex_);
    return std::exchange(events_, {});
}

bool EventQueue::empty() const {
    std::lock_guard lock(mutex_);
    return events_.empty();
}

} // namespace kiosk::runtime
