#include "kiosk/app/service_manager.hpp"

#include "kiosk/util/log.hpp"

#include <systemd/sd-daemon.h>

#include <charconv>
#include <cstdlib>
#include <cstring>

namespace kiosk::app {

bool WatchdogSchedule::due(core::Time now) {
    if (last_ && now - *last_ < interval_ / 4) return false;
    last_ = now;
    return true;
}

std::optional<core::Duration> watchdog_interval_from_environment() {
    const char* text = std::getenv("WATCHDOG_USEC");
    if (!text) return std::nullopt;
    long long usec = 0;
    auto end = text + std::strlen(text);
    auto [rest, error] = std::from_chars(text, end, usec);
    // Below 20 ms the kiosk could not draw a frame in between; systemd itself never sets that.
    if (error != std::errc{} || rest != end || usec < 20'000) {
        log::warning("systemd: WATCHDOG_USEC is not a usable interval; the watchdog is not fed");
        return std::nullopt;
    }
    return std::chrono::duration_cast<core::Duration>(std::chrono::microseconds(usec));
}

ServiceManager::ServiceManager() : enabled_(std::getenv("NOTIFY_SOCKET") != nullptr) {
    if (!enabled_) return;
    if (auto interval = watchdog_interval_from_environment()) watchdog_.emplace(*interval);
}

std::optional<core::Duration> ServiceManager::longest_sleep() const {
    if (!watchdog_) return std::nullopt;
    return watchdog_->longest_sleep();
}

bool ServiceManager::notify(const std::string& message) {
    if (!enabled_) return false;
    int result = sd_notify(0, message.c_str());
    if (result < 0) log::warning("systemd: cannot notify: " + std::string(std::strerror(-result)));
    return result > 0;
}

void ServiceManager::ready() {
    if (notify("READY=1")) log::info("systemd: ready");
}

void ServiceManager::loop_turned(core::Time now) {
    if (watchdog_ && watchdog_->due(now)) notify("WATCHDOG=1");
}

void ServiceManager::showing(core::Screen screen) {
    if (shown_ == screen) return;
    shown_ = screen;
    notify(std::string("STATUS=showing ") + core::screen_name(screen));
}

void ServiceManager::stopping() {
    notify("STOPPING=1");
}

} // namespace kiosk::app
