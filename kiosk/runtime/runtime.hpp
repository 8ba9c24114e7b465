#pragma once
// The imperative shell around the core: it feeds events to update(), runs the effects it returns on the
// services, and turns timers and the core's deadlines into ClockTicked events. Used by the windowed loop
// and by the headless journey player alike.
#include "kiosk/core/glimpse.hpp"
#include "kiosk/core/update.hpp"
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/runtime/clock.hpp"
#include "kiosk/runtime/event_queue.hpp"
#include "kiosk/runtime/timers.hpp"
#include "kiosk/services/backends.hpp"

namespace kiosk::runtime {

struct Backends {
    services::AuthService* auth = nullptr;
    services::CaseService* cases = nullptr;
    services::CallSessionService* call_sessions = nullptr;
    devices::Phone* phone = nullptr;
    devices::Printer* printer = nullptr;
    services::HealthProbe* health = nullptr;
    services::DocumentMaker* documents = nullptr; // the overview; without it the overview fails plainly
    services::DemoControls* demo = nullptr;       // only in demo mode
    services::SelfTester* self_tests = nullptr;   // maintenance; without it no test reports back
};

class Runtime final : public plumbing::Outbox {
public:
    Runtime(core::State initial, const ClockSource& clock, std::function<void()> wake = {});

    void attach(Backends backends) { backends_ = backends; }
    void attach_speech(services::SpeechCues* speech) { speech_ = speech; } // null: the kiosk is silent
    // Told of every event with a glimpse of State before and after it (the fleet's telemetry): never
    // State itself, so an observer cannot see a resident's data.
    using Observer = std::function<void(const core::Glimpse&, const core::Event&, const core::Glimpse&)>;
    void observe(Observer observer) { observer_ = std::move(observer); }
    void dispatch(const core::Event& event);
    // Drains the queue, runs due timers and sends ClockTicked when the core asked for it.
    // Returns true when State may have changed (the screen needs a redraw).
    bool pump();
    std::optional<core::Time> next_wakeup() const;
    bool has_events() const { return !queue_.empty(); } // posted and not yet handled

    const core::State& state() const { return state_; }
    const ClockSource& clock() const { return clock_; }
    services::DemoControls* demo() const { return backends_.demo; }

    void post(core::Event event) override { queue_.push(std::move(event)); }
    void schedule(core::Duration delay, std::function<void()> job) override;

private:
    void run(const core::Effect& effect);

    core::State state_;
    const ClockSource& clock_;
    EventQueue queue_;
    Timers timers_;
    std::function<void()> wake_;
    Backends backends_;
    services::SpeechCues* speech_ = nullptr;
    Observer observer_;
};

} // namespace kiosk::runtime
