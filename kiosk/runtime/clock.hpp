#pragma once
#include "kiosk/core/time.hpp"

#include <atomic>

namespace kiosk::runtime {

class ClockSource {
public:
    virtual ~ClockSource() = default;
    virtual core::Time now() const = 0;
};

class SteadyClock final : public ClockSource {
public:
    core::Time now() const override { return core::Clock::now(); }
};

// Headless journeys move time by hand: "advance 30 s" is exact and instant.
// Read from worker threads too (Outbox::schedule), so the time is atomic.
class ManualClock final : public ClockSource {
public:
    core::Time now() const override { return core::Time{core::Duration{now_ms_.load()}}; }
    void advance(core::Duration d) { now_ms_ += d.count(); }

private:
    std::atomic<core::Duration::rep> now_ms_{1'000'000'000}; // far from zero so "now - x" stays positive
};

} // namespace kiosk::runtime
