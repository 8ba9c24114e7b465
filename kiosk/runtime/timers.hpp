#pragma once
// Jobs to run on the main loop at a moment of the runtime's clock. The clock is steady time in a
// normal run and a manual clock in headless journeys, where "advance 30 s" takes no real time.
#include "kiosk/core/time.hpp"

#include <functional>
#include <mutex>
#include <optional>
#include <queue>
#include <vector>

namespace kiosk::runtime {

class Timers {
public:
    void add(core::Time due, std::function<void()> job);
    std::optional<core::Time> next_due() const;
    // Runs every job due at `now`, including jobs they add that are due too; returns how many ran.
    int run_due(core::Time now);

private:
    struct Entry {
        core::Time due;
        std::uint64_t order; // jobs due at the same moment run in the order they were added
        std::function<void()> job;
        bool operator>(const Entry& o) const { return due != o.due ? due > o.due : order > o.order; }
    };
    mutable std::mutex mutex_;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> entries_;
    std::uint64_t counter_ = 0;
};

} // namespace kiosk::runtime
