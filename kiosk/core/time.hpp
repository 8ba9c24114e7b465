#pragma once
// Time enters the core only as event fields (ClockTicked, ScreenTouched), never by reading a clock,
// so update() stays pure and tests can place events at any moment.
#include <chrono>
#include <compare>

namespace kiosk::core {

using Clock = std::chrono::steady_clock;
using Time = Clock::time_point;
using Duration = std::chrono::milliseconds;
using std::chrono::milliseconds;
using std::chrono::seconds;

// A calendar date as municipalities report it (no time zone games: ZGW dates are plain dates).
struct Date {
    int year = 0;
    int month = 0; // 1..12
    int day = 0;   // 1..31
    friend auto operator<=>(const Date&, const Date&) = default;
    // A real calendar day (the calendar's own rules, leap years included) after 1900.
    bool valid() const {
        if (year <= 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
        return chrono().ok();
    }
    std::chrono::year_month_day chrono() const {
        return std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
               std::chrono::day{static_cast<unsigned>(day)};
    }
};

// Whole seconds left until `deadline`, rounded up so a countdown never shows 0 while time remains.
inline long seconds_left(Time now, Time deadline) {
    if (deadline <= now) return 0;
    auto ms = std::chrono::duration_cast<milliseconds>(deadline - now).count();
    return static_cast<long>((ms + 999) / 1000);
}

} // namespace kiosk::core
