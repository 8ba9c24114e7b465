#pragma once
// Collects what a service posts, as the runtime's queue would, so a test can wait for an event.
#include "kiosk/plumbing/outbox.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>
#include <vector>

namespace testing_peers {

class EventSink final : public kiosk::plumbing::Outbox {
public:
    void post(kiosk::core::Event event) override {
        std::lock_guard lock(mutex_);
        events_.push_back(std::move(event));
        cv_.notify_all();
    }
    // As the runtime does, later (on a thread of the sink's own instead of the main loop).
    void schedule(kiosk::core::Duration delay, std::function<void()> job) override {
        std::lock_guard lock(mutex_);
        timers_.emplace_back([delay, job = std::move(job)](std::stop_token stop) {
            std::mutex m;
            std::condition_variable_any cv;
            std::unique_lock wait(m);
            if (!cv.wait_for(wait, stop, delay, [] { return false; }) && !stop.stop_requested()) job();
        });
    }

    template <class T>
    std::optional<T> wait_for(std::chrono::seconds limit) {
        std::unique_lock lock(mutex_);
        std::optional<T> found;
        cv_.wait_for(lock, limit, [&] {
            for (const auto& e : events_)
                if (const auto* t = std::get_if<T>(&e)) found = *t;
            return found.has_value();
        });
        return found;
    }
    // The first T that `matches`, e.g. the result for one call of several.
    template <class T, class Match>
    std::optional<T> wait_for_if(Match matches, std::chrono::seconds limit) {
        std::unique_lock lock(mutex_);
        std::optional<T> found;
        cv_.wait_for(lock, limit, [&] {
            for (const auto& e : events_)
                if (const auto* t = std::get_if<T>(&e); t && matches(*t)) {
                    found = *t;
                    break;
                }
            return found.has_value();
        });
        return found;
    }

    // The first of the given event types to arrive (an outcome: success or failure, whichever comes).
    template <class... Ts>
    std::optional<kiosk::core::Event> first_of(std::chrono::seconds limit) {
        std::unique_lock lock(mutex_);
        std::optional<kiosk::core::Event> found;
        cv_.wait_for(lock, limit, [&] {
            for (const auto& e : events_)
                if ((std::holds_alternative<Ts>(e) || ...)) {
                    found = e;
                    break;
                }
            return found.has_value();
        });
        return found;
    }
    std::optional<kiosk::core::Event> outcome(std::chrono::seconds limit) {
        return first_of<kiosk::core::LoginSucceeded, kiosk::core::LoginFailed>(limit);
    }
    // Until `n` events of type T have come; false when the limit passed first.
    template <class T>
    bool wait_for_count(std::size_t n, std::chrono::seconds limit) {
        std::unique_lock lock(mutex_);
        return cv_.wait_for(lock, limit, [&] {
            return static_cast<std::size_t>(std::count_if(events_.begin(), events_.end(), [](const auto& e) {
                       return std::holds_alternative<T>(e);
                   })) >= n;
        });
    }
    // The n-th event of type T that came (from 0); there must be that many.
    template <class T>
    T nth(std::size_t n) {
        std::lock_guard lock(mutex_);
        for (const auto& e : events_)
            if (const auto* t = std::get_if<T>(&e); t && n-- == 0) return *t;
        FAIL("fewer events of the type than asked for");
        return {};
    }
    template <class T>
    std::size_t count_of() {
        std::lock_guard lock(mutex_);
        return static_cast<std::size_t>(std::count_if(
            events_.begin(), events_.end(), [](const auto& e) { return std::holds_alternative<T>(e); }));
    }
    std::size_t count() {
        std::lock_guard lock(mutex_);
        return events_.size();
    }

    // Stops and joins the timers: call it before the service that scheduled them is destroyed.
    void stop_timers() {
        std::vector<std::jthread> timers;
        {
            std::lock_guard lock(mutex_);
            timers.swap(timers_);
        }
    }
    ~EventSink() { stop_timers(); }

private:
    std::mutex mutex_;
    std::condition_variable cv_;
    std::vector<kiosk::core::Event> events_;
    std::vector<std::jthread> timers_;
};

} // namespace testing_peers
