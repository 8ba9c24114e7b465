#include "kiosk/runtime/timers.hpp"

namespace kiosk::runtime {

void Timers::add(core::Time due, std::function<void()> job) {
    std::lock_guard lock(mutex_);
    entries_.push(Entry{due, counter_++, std::move(job)});
}

std::optional<core::Time> Timers::next_due() const {
    std::lock_guard lock(mutex_);
    if (entries_.empty()) return std::nullopt;
    return entries_.top().due;
}

int Timers::run_due(core::Time now) {
    int ran = 0;
    for (;;) {
        std::function<void()> job;
        {
            std::lock_guard lock(mutex_);
            if (entries_.empty() || entries_.top().due > now) break;
            // priority_queue gives only const access; the entry is popped right after, so moving is safe.
            job = std::move(const_cast<Entry&>(entries_.top()).job);
            entries_.pop();
        }
        job(); // outside the lock: jobs schedule further jobs
        ++ran;
    }
    return ran;
}

} // namespace kiosk::runtime
