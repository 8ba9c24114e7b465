#include "kiosk/services/demo/demo_services.hpp"

namespace kiosk::services {

void DemoAuth::start_login(std::uint64_t attempt) {
    active_ = attempt;
    if (down_) {
        outbox_.schedule(timings_.unreachable, [this, attempt] {
            if (active_ == attempt) outbox_.post(core::LoginFailed{attempt, core::LoginFailure::unreachable});
        });
        return;
    }
    // The code looks like a real broker's: eight letters without vowels, in two groups (RFC 8628 §6.1).
    core::LoginCode code{"https://inloggen.demo.example/device?user_code=WDJB-MJHT",
                         "https://inloggen.demo.example/device", "WDJB-MJHT", core::seconds(300),
                         "inloggen.demo.example"};
    outbox_.schedule(timings_.code_issued, [this, attempt, code] {
        if (active_ == attempt) outbox_.post(core::LoginCodeReceived{attempt, code});
    });
    approve(attempt, timings_.auto_approve);
}

void DemoAuth::approve(std::uint64_t attempt, core::Duration after) {
    outbox_.schedule(after, [this, attempt] {
        if (active_ != attempt) return;
        active_ = 0;
        outbox_.post(core::LoginSucceeded{attempt, {core::Secret(data_.resident_bsn), data_.resident_name}});
    });
}

void DemoAuth::cancel_login(std::uint64_t attempt) {
    if (active_ == attempt) active_ = 0;
}

} // namespace kiosk::services
