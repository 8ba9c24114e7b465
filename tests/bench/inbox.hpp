#pragma once
// The runtime's queue, reduced to what a benchmark needs: wait for the next event a service posts.
#include "kiosk/plumbing/outbox.hpp"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace bench {

class Inbox final : public kiosk::plumbing::Outbox {
public:
    void post(kiosk::core::Event event) override {
        std::lock_guard lock(mutex_);
        events_.push_back(std::move(event));
        cv_.notify_all();
    }
    void schedule(kiosk::core::Duration, std::function<void()>) override {}
    kiosk::core::Event next() {
        std::unique_lock lock(mutex_);
        cv_.wait(lock, [&] { return !events_.empty(); });
        auto e = std::move(events_.front());
        events_.pop_front();
        return e;
    }
    // The next event of type T, skipping others; nothing after `limit`.
    template <class T>
    std::optional<T> next_of(std::chrono::milliseconds limit) {
        auto deadline = std::chrono::steady_clock::now() + limit;
        std::unique_lock lock(mutex_);
        while (true) {
            while (!events_.empty()) {
                auto e = std::move(events_.front());
                events_.pop_front();
                if (auto* t = std::get_if<T>(&e)) return *t;
            }
            if (cv_.wait_until(lock, deadline) == std::cv_status::timeout && events_.empty())
                return std::nullopt;
        }
    }

private:
    std::mutex mutex_;
    std::condition_variable cv_;
    std::deque<kiosk::core::Event> events_;
};

} // namespace bench
