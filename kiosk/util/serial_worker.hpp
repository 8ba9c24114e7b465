#pragma once
// One worker thread that runs tasks one after another, for a service that owns connections no other
// thread may touch. drop() voids every queued and running task: a running task sees its `void_now`
// turn true, stops early and posts nothing (a wipe or a cancel wants silence). Declare it as the last
// member of its owner, so it starts after and stops before everything its tasks use.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>

namespace kiosk::util {

class SerialWorker {
public:
    using VoidNow = std::function<bool()>;
    using Task = std::function<void(const VoidNow& void_now)>;

    SerialWorker() : thread_([this](std::stop_token stop) { run(stop); }) {}
    ~SerialWorker() {
        thread_.request_stop();
        wake_.notify_all();
    }
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    void post(Task task) {
        {
            std::lock_guard lock(mutex_);
            tasks_.push_back({epoch_.load(), std::move(task)});
        }
        wake_.notify_all();
    }

    void drop() {
        std::deque<Queued> dropped; // destroyed outside the lock: captured secrets zero themselves
        {
            std::lock_guard lock(mutex_);
            ++epoch_;
            dropped.swap(tasks_);
        }
        wake_.notify_all();
    }

    // For a running task: waits `pause`; true when the task was voided meanwhile.
    bool pause(std::chrono::milliseconds pause, const VoidNow& void_now) {
        std::unique_lock lock(mutex_);
        return wake_.wait_for(lock, pause, [&] { return void_now(); });
    }

private:
    struct Queued {
        std::uint64_t epoch;
        Task task;
    };

    void run(std::stop_token stop) {
        while (!stop.stop_requested()) {
            Queued next;
            {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, stop, [&] { return !tasks_.empty(); });
                if (stop.stop_requested()) return;
                next = std::move(tasks_.front());
                tasks_.pop_front();
            }
            VoidNow void_now = [&] { return stop.stop_requested() || epoch_.load() != next.epoch; };
            if (!void_now()) next.task(void_now);
        }
    }

    std::atomic<std::uint64_t> epoch_{0};
    std::mutex mutex_;
    std::condition_variable_any wake_;
    std::deque<Queued> tasks_;
    std::jthread thread_; // last: starts after everything it uses exists
};

} // namespace kiosk::util
