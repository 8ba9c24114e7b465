#pragma once
// One worker thread that runs tasks one after another, for a service that owns connections no other
// thread may touch. drop() voids every queued and running task: a running task sees its `void_now`
// turn true, stops early and posts nothing (a wipe or a cancel wants silence). A task that throws does
// not end the thread: the exception is logged by type only (its text may quote an answer) and the
// task's `on_exception` runs, so its caller still gets the one result event every effect owes.
// Declare the worker as the last member of its owner, so it starts after and stops before everything
// its tasks use.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>

namespace kiosk::plumbing {

class SerialWorker {
public:
    using VoidNow = std::function<bool()>;
    using Task = std::function<void(const VoidNow& void_now)>;
    using OnException = std::function<void(const VoidNow& void_now)>;

    SerialWorker();
    ~SerialWorker();
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    void post(Task task, OnException on_exception = {});
    void drop();
    // For a running task: waits `pause`; true when the task was voided meanwhile.
    bool pause(std::chrono::milliseconds pause, const VoidNow& void_now);
    // Tasks that ended in an exception so far (for tests and the health log).
    std::uint64_t exceptions() const { return exceptions_.load(); }

private:
    struct Queued {
        std::uint64_t epoch = 0;
        Task task;
        OnException on_exception;
    };
    void run(std::stop_token stop);

    std::atomic<std::uint64_t> epoch_{0};
    std::atomic<std::uint64_t> exceptions_{0};
    std::mutex mutex_;
    std::condition_variable_any wake_;
    std::deque<Queued> tasks_;
    std::jthread thread_; // last: starts after everything it uses exists
};

} // namespace kiosk::plumbing
