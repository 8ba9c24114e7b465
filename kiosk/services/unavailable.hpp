#pragma once
// Backends for a kiosk that has no real service configured yet: every request fails plainly and the
// health probe says "not healthy", so residents see the out-of-order screen instead of a broken journey.
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/services/backends.hpp"

namespace kiosk::services {

class Unavailable final : public AuthService,
                          public CaseService,
                          public CallSessionService,
                          public devices::Phone,
                          public HealthProbe,
                          public devices::Printer {
public:
    explicit Unavailable(Outbox& outbox) : outbox_(outbox) {}
    void start_login(std::uint64_t a) override {
        outbox_.post(core::LoginFailed{a, core::LoginFailure::unreachable});
    }
    void cancel_login(std::uint64_t) override {}
    void fetch_cases(std::uint64_t g, const core::Secret&) override {
        outbox_.post(core::CasesFailed{g, core::FetchError::unreachable});
    }
    void fetch_case(std::uint64_t g, const std::string& id, const core::Secret&) override {
        outbox_.post(core::CaseFailed{g, id, core::FetchError::unreachable});
    }
    void fetch_document(std::uint64_t g, const std::string&, const std::string& id,
                        const core::Secret&) override {
        outbox_.post(core::DocumentFailed{g, id, core::FetchError::unreachable});
    }
    void request(std::uint64_t g, std::uint64_t call, const std::string&) override {
        outbox_.post(core::CallSessionFailed{g, call, core::CallSessionFailure::unavailable});
    }
    void end(const std::string&) override {}
    void dial(std::uint64_t g, std::uint64_t call, const std::string&) override {
        outbox_.post(core::CallFinished{g, call, core::CallEndReason::phone_unavailable});
    }
    void send_code(std::uint64_t, std::uint64_t, const core::Secret&) override {}
    void hang_up(std::uint64_t) override {}
    void print(std::uint64_t g, const std::string&, const kiosk::core::Bytes&, int) override {
        outbox_.post(core::PrintFailed{g, core::PrintFailure::printer_offline});
    }
    void check_ready(std::uint64_t g) override {
        outbox_.post(core::PrinterChecked{g, core::PrintFailure::printer_offline});
    }
    void cancel(std::uint64_t) override {}
    void check() override { outbox_.post(core::HealthChecked{false}); }
    void wipe() override {}

private:
    Outbox& outbox_;
};

} // namespace kiosk::services
