#include "kiosk/plumbing/serial_worker.hpp"

#include "kiosk/plumbing/stack_scrub.hpp"
#include "kiosk/util/log.hpp"

#include <exception>
#include <typeinfo>

namespace kiosk::plumbing {

SerialWorker::SerialWorker() : thread_([this](std::stop_token stop) { run(stop); }) {}

SerialWorker::~SerialWorker() {
    thread_.request_stop();
    wake_.notify_all();
}

void SerialWorker::post(Task task, OnException on_exception) {
    {
        std::lock_guard lock(mutex_);
        tasks_.push_back({epoch_.load(), std::move(task), std::move(on_exception)});
    }
    wake_.notify_all();
}

void SerialWorker::drop() {
    std::deque<Queued> dropped; // destroyed outside the lock: captured secrets zero themselves
    {
        std::lock_guard lock(mutex_);
        ++epoch_;
        dropped.swap(tasks_);
    }
    wake_.notify_all();
}

bool SerialWorker::pause(std::chrono::milliseconds pause, const VoidNow& void_now) {
    std::unique_lock lock(mutex_);
    return wake_.wait_for(lock, pause, [&] { return void_now(); });
}

void SerialWorker::run(std::stop_token stop) {
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
        if (!void_now()) {
            try {
                next.task(void_now);
            } catch (const std::exception& e) {
                ++exceptions_;
                log::error(std::string("a worker task failed unexpectedly (") + typeid(e).name() + ")");
                if (next.on_exception) next.on_exception(void_now);
            } catch (...) {
                ++exceptions_;
                log::error("a worker task failed unexpectedly");
                if (next.on_exception) next.on_exception(void_now);
            }
        }
        next = {};           // the task's captures (documents, BSNs) are freed before the stack is cleaned
        scrub_stack_below(); // what the task left on this thread's stack: answers, tokens, codes
    }
}

} // namespace kiosk::plumbing
