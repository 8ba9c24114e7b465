#pragma once
// In-process demo backends: the whole journey works offline with realistic delays and failures.
// Delays run on the runtime's clock, so headless journeys are exact and fast.
#include "devices/printer/printer_demo.hpp"
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/services/backends.hpp"
#include "kiosk/services/demo/demo_data.hpp"

#include <memory>

namespace kiosk::services {

struct DemoTimings {
    core::Duration code_issued{400};
    core::Duration phone_approves{800}; // after the demo button is tapped
    core::Duration auto_approve{15000}; // the "phone" logs in by itself after this long
    core::Duration fetch{600};
    core::Duration unreachable{3000}; // how long a failing backend takes to fail
    core::Duration call_code_issued{500};
    core::Duration call_code_valid{10 * 60 * 1000};
    core::Duration call_rings{1200};
    core::Duration call_answered{4000};
    core::Duration call_key{240}; // one telephone key on the wire
    core::Duration call_kcc_hangs_up{180000};
};

class DemoAuth final : public AuthService {
public:
    DemoAuth(Outbox& outbox, const DemoData& data, const DemoTimings& t, const bool& down)
        : outbox_(outbox), data_(data), timings_(t), down_(down) {}
    void start_login(std::uint64_t attempt) override;
    void cancel_login(std::uint64_t attempt) override;
    void wipe() override {}
    void approve(std::uint64_t attempt, core::Duration after);

private:
    Outbox& outbox_;
    const DemoData& data_;
    const DemoTimings& timings_;
    const bool& down_;
    std::uint64_t active_ = 0; // attempt being "polled"; 0 when none
};

class DemoCases final : public CaseService {
public:
    DemoCases(Outbox& outbox, const DemoData& data, const DemoTimings& t, const bool& down)
        : outbox_(outbox), data_(data), timings_(t), down_(down) {}
    void fetch_cases(std::uint64_t generation, const core::Secret& bsn) override;
    void fetch_case(std::uint64_t generation, const std::string& case_id, const core::Secret& bsn) override;
    void fetch_document(std::uint64_t generation, const std::string& case_id, const std::string& document_id,
                        const core::Secret& bsn) override;
    void wipe() override {}
    void set_no_cases(bool none) { no_cases_ = none; } // shows the empty list

private:
    Outbox& outbox_;
    const DemoData& data_;
    const DemoTimings& timings_;
    const bool& down_;
    bool no_cases_ = false;
};

// The demo ID-bellen service and the demo handset in one: the service hands out the demo code, the
// contact centre answers after a while and hangs up after three minutes.
class DemoCalls final : public CallSessionService, public devices::Phone {
public:
    DemoCalls(Outbox& outbox, const DemoData& data, const DemoTimings& t, const bool& down)
        : outbox_(outbox), data_(data), timings_(t), down_(down) {}
    void request(std::uint64_t generation, std::uint64_t call,
                 const std::string& case_identification) override;
    void end(const std::string&) override {}
    void dial(std::uint64_t generation, std::uint64_t call, const std::string& sip_address) override;
    void send_code(std::uint64_t generation, std::uint64_t call, const core::Secret& code) override;
    void hang_up(std::uint64_t generation) override;
    void wipe() override { ++epoch_; }
    void set_kcc(DemoKcc kcc) { kcc_ = kcc; }

private:
    Outbox& outbox_;
    const DemoData& data_;
    const DemoTimings& timings_;
    const bool& down_;
    DemoKcc kcc_ = DemoKcc::answers;
    std::uint64_t epoch_ = 0; // steps scheduled before a hang-up or wipe see another number and stop
    std::uint64_t tickets_ = 0;
    std::uint64_t call_ = 0; // the call a hang-up ends
};

class DemoHealth final : public HealthProbe {
public:
    DemoHealth(Outbox& outbox, const bool& down) : outbox_(outbox), down_(down) {}
    void check() override;

private:
    Outbox& outbox_;
    const bool& down_;
};

// Owns the demo backends and the switches a journey or presenter uses to show failures.
class DemoWorld final : public DemoControls {
public:
    DemoWorld(Outbox& outbox, DemoData data, DemoTimings timings = {});
    void approve_login(std::uint64_t attempt) override { auth.approve(attempt, timings_.phone_approves); }
    void set_backends_down(bool down) override { backends_down_ = down; }
    void set_printer_out_of_paper(bool empty) override { printer.set_out_of_paper(empty); }
    void set_no_cases(bool none) override { cases.set_no_cases(none); }
    void set_kcc(DemoKcc kcc) override { calls.set_kcc(kcc); }
    bool backends_down() const { return backends_down_; }

private:
    DemoData data_;
    DemoTimings timings_;
    bool backends_down_ = false;

public:
    DemoAuth auth;
    DemoCases cases;
    DemoCalls calls;
    DemoHealth health;
    devices::DemoPrinter printer;
};

} // namespace kiosk::services
