#pragma once
// Tells systemd how the kiosk is doing (sd_notify): READY once the first frame is on the screen,
// WATCHDOG from the main loop, so a loop that stops turning gets the kiosk killed and started again,
// and STATUS with the name of the screen (a name only, never what is on it). Outside systemd
// (no NOTIFY_SOCKET) every call does nothing.
#include "kiosk/core/state.hpp"
#include "kiosk/core/time.hpp"

#include <optional>
#include <string>

namespace kiosk::app {

// When the loop must say it is alive. The loop turns at least every half interval and pings on a turn
// a quarter interval or more after the last ping, so pings are at most three quarters apart even when
// a timer wakes the loop a little early, and an idle kiosk pings about twice per interval.
class WatchdogSchedule {
public:
    explicit WatchdogSchedule(core::Duration interval) : interval_(interval) {}
    core::Duration longest_sleep() const { return interval_ / 2; }
    // True when a ping is due at `now`; the caller then pings.
    bool due(core::Time now);

private:
    core::Duration interval_;
    std::optional<core::Time> last_;
};

// Reads systemd's WATCHDOG_USEC. Under cage the kiosk is the compositor's child, so WATCHDOG_PID names
// cage: the unit sets NotifyAccess=all and the kiosk's main loop speaks for the whole service.
std::optional<core::Duration> watchdog_interval_from_environment();

class ServiceManager {
public:
    ServiceManager();
    // The longest the main loop may sleep, when systemd watches it.
    std::optional<core::Duration> longest_sleep() const;
    void ready();
    void loop_turned(core::Time now);
    void showing(core::Screen screen);
    void stopping();

private:
    bool notify(const std::string& message);
    bool enabled_;
    std::optional<WatchdogSchedule> watchdog_;
    std::optional<core::Screen> shown_;
};

} // namespace kiosk::app
