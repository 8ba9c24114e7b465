#include "kiosk/services/demo/demo_services.hpp"

namespace kiosk::services {

void DemoCalls::start_call(std::uint64_t generation, const std::string&) {
    auto call = ++call_;
    outbox_.schedule(timings_.call_rings, [this, call, generation] {
        if (call == call_) outbox_.post(core::CallStartedRinging{generation});
    });
    outbox_.schedule(timings_.call_answered, [this, call, generation] {
        if (call == call_) outbox_.post(core::CallAnswered{generation, data_.call_code});
    });
    outbox_.schedule(timings_.call_kcc_hangs_up, [this, call, generation] {
        if (call == call_) outbox_.post(core::CallFinished{generation, core::CallEndReason::hung_up_by_kcc});
    });
}

void DemoCalls::hang_up(std::uint64_t generation) {
    auto call = ++call_;
    outbox_.schedule(core::Duration{500}, [this, call, generation] {
        if (call == call_)
            outbox_.post(core::CallFinished{generation, core::CallEndReason::hung_up_by_resident});
    });
}

void DemoHealth::check() {
    outbox_.post(core::HealthChecked{!down_});
}

DemoWorld::DemoWorld(Outbox& outbox, DemoData data, DemoTimings timings)
    : data_(std::move(data)), timings_(timings), auth(outbox, data_, timings_, backends_down_),
      cases(outbox, data_, timings_, backends_down_), calls(outbox, data_, timings_),
      health(outbox, backends_down_), printer(outbox) {}

} // namespace kiosk::services
