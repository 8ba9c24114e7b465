// The serial worker under the services and devices: order, voiding by drop(), pauses that a drop
// cuts short, and tasks that throw. Every wait is on a promise or latch, never on a sleep.
#include "kiosk/plumbing/serial_worker.hpp"

#include <doctest/doctest.h>

#include <future>
#include <latch>
#include <stdexcept>
#include <string>

using kiosk::plumbing::SerialWorker;
using namespace std::chrono_literals;

namespace {
// Posts a task that fulfils the returned future once everything posted before it has run.
std::future<void> barrier(SerialWorker& worker) {
    auto done = std::make_shared<std::promise<void>>();
    auto future = done->get_future();
    worker.post([done](const SerialWorker::VoidNow&) { done->set_value(); });
    return future;
}
} // namespace

TEST_CASE("tasks run one after another in the order they were posted") {
    std::string order;
    SerialWorker worker;
    for (char c : std::string("abcde"))
        worker.post([&order, c](const SerialWorker::VoidNow&) { order += c; });
    barrier(worker).wait();
    CHECK(order == "abcde");
}

TEST_CASE("drop() voids the running task and skips the queued ones") {
    std::latch started(1);
    std::promise<bool> running_saw_void;
    bool queued_ran = false;
    SerialWorker worker; // last: its thread is joined before what the tasks touch goes away
    worker.post([&](const SerialWorker::VoidNow& void_now) {
        started.count_down();
        // Waits until voided; the pause returns true as soon as drop() happens.
        running_saw_void.set_value(worker.pause(60s, void_now) && void_now());
    });
    worker.post([&](const SerialWorker::VoidNow&) { queued_ran = true; });
    started.wait();
    worker.drop();
    auto saw = running_saw_void.get_future();
    REQUIRE(saw.wait_for(10s) == std::future_status::ready);
    CHECK(saw.get());
    barrier(worker).wait(); // posted after the drop: runs
    CHECK_FALSE(queued_ran);
}

TEST_CASE("a pause that nobody cuts short lasts its time and reports not voided") {
    std::promise<bool> voided;
    SerialWorker worker;
    worker.post(
        [&](const SerialWorker::VoidNow& void_now) { voided.set_value(worker.pause(20ms, void_now)); });
    CHECK_FALSE(voided.get_future().get());
}

TEST_CASE("a task that throws gives its failure result, and the worker goes on") {
    int failures_reported = 0;
    SerialWorker worker;
    worker.post([](const SerialWorker::VoidNow&) { throw std::runtime_error("an answer nobody expected"); },
                [&](const SerialWorker::VoidNow& void_now) {
                    if (!void_now()) ++failures_reported;
                });
    worker.post([](const SerialWorker::VoidNow&) { throw 42; }); // not even an exception: still caught
    barrier(worker).wait();
    CHECK(failures_reported == 1);
    CHECK(worker.exceptions() == 2);
}

TEST_CASE("captured data is released when a dropped task is discarded") {
    // Declared before the worker, so the worker's thread is joined before they go out of scope.
    std::latch started(1);
    std::promise<void> release;
    std::future<void> released = release.get_future();
    SerialWorker worker;
    auto held = std::make_shared<int>(7);
    std::weak_ptr<int> watch = held;
    worker.post([&](const SerialWorker::VoidNow&) {
        started.count_down();
        released.wait();
    });
    worker.post([held = std::move(held)](const SerialWorker::VoidNow&) {});
    started.wait();
    worker.drop();
    CHECK(watch.expired()); // the queued task and its captures are gone at once
    release.set_value();
}
