#include "kiosk/runtime/runtime.hpp"
#include "kiosk/services/demo/demo_services.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <thread>

using namespace kiosk;
using namespace kiosk::core;

namespace {

services::DemoData small_world() {
    services::DemoData d;
    d.municipality = "Gemeente Test";
    d.resident_name = "Jan";
    d.resident_bsn = "999993653";
    d.call_code = "1234";
    services::DemoCase c;
    c.detail.summary.id = "a";
    c.detail.summary.title = "Aanvraag";
    c.detail.summary.registered = {2026, 1, 1};
    c.documents.push_back({{"d", "Brief", {2026, 1, 2}}, {"Tekst."}});
    c.detail.documents.push_back(c.documents[0].ref);
    d.cases.push_back(c);
    return d;
}

struct DemoRig {
    runtime::ManualClock clock;
    runtime::Runtime rt{[] {
                            State s;
                            s.demo = true;
                            return s;
                        }(),
                        clock};
    services::DemoWorld world{rt, small_world()};
    DemoRig() {
        rt.attach({.auth = &world.auth,
                   .cases = &world.cases,
                   .call_sessions = &world.calls,
                   .phone = &world.calls,
                   .printer = &world.printer,
                   .health = &world.health,
                   .demo = &world});
    }
    void run_for(Duration d) {
        for (Duration done{0}; done < d; done += Duration{100}) {
            clock.advance(Duration{100});
            rt.pump();
        }
    }
};

} // namespace

TEST_CASE("timers run in due order, and jobs due together in the order they were added") {
    runtime::Timers timers;
    std::string order;
    Time t{};
    timers.add(t + seconds(2), [&] { order += "c"; });
    timers.add(t + seconds(1), [&] { order += "a"; });
    timers.add(t + seconds(1), [&] { order += "b"; });
    CHECK(*timers.next_due() == t + seconds(1));
    CHECK(timers.run_due(t + seconds(1)) == 2);
    CHECK(order == "ab");
    CHECK(timers.run_due(t + seconds(5)) == 1);
    CHECK(order == "abc");
    CHECK_FALSE(timers.next_due());
}

TEST_CASE("events posted from another thread wake the loop once per batch") {
    std::atomic<int> wakes{0};
    runtime::EventQueue queue([&] { ++wakes; });
    std::thread worker([&] {
        for (int i = 0; i < 5; ++i)
            queue.push(ClockTicked{});
    });
    worker.join();
    CHECK(wakes == 1); // nobody drained in between: one wake-up for all five
    CHECK(queue.take_all().size() == 5);
    queue.push(ClockTicked{});
    CHECK(wakes == 2); // drained: the next event wakes the loop again
}

TEST_CASE("the demo backends carry a whole login on the runtime's clock") {
    DemoRig rig;
    rig.rt.dispatch(KioskStarted{rig.clock.now()});
    rig.rt.pump();
    CHECK(rig.rt.state().backends_healthy);
    rig.rt.dispatch(BeginPressed{});
    rig.rt.dispatch(LoginChosen{});
    rig.run_for(seconds(1));
    REQUIRE(std::holds_alternative<LoginShowingCode>(rig.rt.state().login));
    rig.rt.dispatch(DemoPhoneApproved{});
    rig.run_for(seconds(1));
    REQUIRE(rig.rt.state().session);
    CHECK(rig.rt.state().screen == Screen::home);
    rig.run_for(seconds(1));
    CHECK(ready(rig.rt.state().session->cases));
}

TEST_CASE("the demo phone logs in by itself after a while") {
    DemoRig rig;
    rig.rt.dispatch(LoginChosen{});
    rig.run_for(seconds(16));
    CHECK(rig.rt.state().session);
}

TEST_CASE("demo faults: unreachable backends and an empty printer") {
    DemoRig rig;
    rig.world.set_backends_down(true);
    rig.rt.dispatch(KioskStarted{rig.clock.now()});
    rig.rt.pump();
    CHECK(rig.rt.state().screen == Screen::out_of_order);
    rig.world.set_backends_down(false);
    rig.run_for(seconds(31)); // the core checks again by itself
    CHECK(rig.rt.state().screen == Screen::welcome);

    rig.rt.dispatch(LoginChosen{});
    rig.run_for(seconds(1));
    rig.rt.dispatch(DemoPhoneApproved{});
    rig.run_for(seconds(2));
    rig.rt.dispatch(MyCasesPressed{});
    rig.rt.dispatch(CaseSelected{"a"});
    rig.run_for(seconds(1));
    rig.rt.dispatch(DocumentSelected{"d"});
    rig.run_for(seconds(1));
    REQUIRE(ready(rig.rt.state().session->document));
    CHECK(ready(rig.rt.state().session->document)->page_count == 1);
    rig.world.set_printer_out_of_paper(true);
    rig.rt.dispatch(PrintPressed{});
    rig.rt.dispatch(PrintConfirmed{});
    rig.run_for(seconds(3));
    auto* failed = std::get_if<PrintFailedStage>(&rig.rt.state().session->print);
    REQUIRE(failed);
    CHECK(failed->reason == PrintFailure::out_of_paper);
}

TEST_CASE("the runtime asks to be woken no earlier than a millisecond from now") {
    DemoRig rig;
    rig.rt.dispatch(KioskStarted{rig.clock.now()});
    rig.rt.pump();
    // Welcome: the spoken hint once, then nothing until the periodic health check, so the loop
    // sleeps until input.
    rig.run_for(rig.rt.state().policy.speech_hint_after);
    CHECK(*rig.rt.next_wakeup() >= rig.clock.now() + seconds(290));
    rig.rt.dispatch(LoginChosen{});
    auto wake = rig.rt.next_wakeup();
    REQUIRE(wake);
    CHECK(*wake > rig.clock.now());
}
