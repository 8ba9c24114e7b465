#pragma once
#include "kiosk/core/time.hpp"

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
class ManualClock final : public ClockSource {
public:
    core::Time now() const override { return now_; }
    void advance(core::Duration d) { now_ += d; }

private:
    core::Time now_ = core::Time{} + core::seconds(1'000'000); // far from zero so "now - x" stays positive
};

} // namespace kiosk::runtime
