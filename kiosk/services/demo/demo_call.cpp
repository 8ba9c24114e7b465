#include "kiosk/services/demo/demo_services.hpp"

namespace kiosk::services {

void DemoCalls::request(std::uint64_t generation, std::uint64_t call, const std::string&) {
    if (down_) {
        outbox_.schedule(timings_.unreachable, [this, generation, call] {
            outbox_.post(core::CallSessionFailed{generation, call, core::CallSessionFailure::unavailable});
        });
        return;
    }
    core::CallTicket ticket{.ref = "demo-" + std::to_string(++tickets_),
                            .sip_address = "sip:kcc@demo.invalid",
                            .number = data_.call_number,
                            .code = core::Secret(data_.call_code),
                            .valid_for = timings_.call_code_valid};
    outbox_.schedule(timings_.call_code_issued, [this, generation, call, ticket] {
        outbox_.post(core::CallSessionCreated{generation, call, ticket});
    });
}

void DemoCalls::dial(std::uint64_t generation, std::uint64_t call, const std::string&) {
    call_ = call;
    auto epoch = epoch_;
    auto step = [this, epoch](core::Duration after, core::Event event) {
        outbox_.schedule(after, [this, epoch, event = std::move(event)] {
            if (epoch == epoch_) outbox_.post(event);
        });
    };
    step(timings_.call_rings, core::CallStartedRinging{generation, call});
    if (kcc_ == DemoKcc::silent) return; // the kiosk's own timeout ends it
    step(timings_.call_answered, core::CallAnswered{generation, call, kcc_ != DemoKcc::answers_without_keys});
    step(timings_.call_kcc_hangs_up,
         core::CallFinished{generation, call, core::CallEndReason::hung_up_by_kcc});
}

void DemoCalls::send_code(std::uint64_t generation, std::uint64_t call, const core::Secret& code) {
    auto epoch = epoch_;
    auto keys = static_cast<int>(code.reveal().size());
    outbox_.schedule(timings_.call_key * keys, [this, epoch, generation, call] {
        if (epoch == epoch_) outbox_.post(core::CodeSent{generation, call});
    });
}

void DemoCalls::hang_up(std::uint64_t generation) {
    auto epoch = ++epoch_;
    auto call = call_;
    outbox_.schedule(core::Duration{500}, [this, epoch, generation, call] {
        if (epoch == epoch_)
            outbox_.post(core::CallFinished{generation, call, core::CallEndReason::hung_up_by_resident});
    });
}

void DemoHealth::check() {
    outbox_.post(core::HealthChecked{!down_});
}

DemoWorld::DemoWorld(Outbox& outbox, DemoData data, DemoTimings timings)
    : data_(std::move(data)), timings_(timings), auth(outbox, data_, timings_, backends_down_),
      cases(outbox, data_, timings_, backends_down_), calls(outbox, data_, timings_, backends_down_),
      health(outbox, backends_down_), printer(outbox) {}

} // namespace kiosk::services
