#pragma once
// The kiosk's handset through baresip. One thread owns everything: the sidecar (when the kiosk runs
// baresip itself), the ctrl_tcp connection (made again whenever baresip restarts), and the one call.
// It dials, asks `callstat` after the answer whether telephone keys were negotiated, sends the code
// with sndcode, hangs up, and turns baresip's events into the core's. A baresip that stops mid-call
// ends the call as connection_lost. Every command has a timeout. The code is never logged.
#include "devices/phone/baresip_settings.hpp"
#include "devices/phone/phone.hpp"
#include "kiosk/plumbing/outbox.hpp"

#include <atomic>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace devices {

class BaresipPhone final : public Phone {
public:
    BaresipPhone(kiosk::plumbing::Outbox& outbox, BaresipSettings settings);
    ~BaresipPhone() override;

    void dial(std::uint64_t generation, std::uint64_t call, const std::string& sip_address) override;
    void send_code(std::uint64_t generation, std::uint64_t call, const kiosk::core::Secret& code) override;
    void hang_up(std::uint64_t generation) override;
    void wipe() override;

    bool connected() const { return connected_; }    // to baresip's ctrl_tcp; for tests and health
    int sidecar_pid() const { return sidecar_pid_; } // the baresip the kiosk runs; -1 when none
    std::uint64_t turns() const { return turns_; }   // times the loop woke up; idle must mean few
    std::uint64_t refused_peers() const { return refused_peers_; } // control ports found in wrong hands

private:
    struct Loop;
    void post(std::function<void(Loop&)> job);
    void run(std::stop_token stop);

    kiosk::plumbing::Outbox& outbox_;
    BaresipSettings settings_;
    std::mutex mutex_;
    std::deque<std::function<void(Loop&)>> jobs_;
    int wake_[2] = {-1, -1};
    std::atomic<bool> connected_{false};
    std::atomic<int> sidecar_pid_{-1};
    std::atomic<std::uint64_t> turns_{0};
    std::atomic<std::uint64_t> refused_peers_{0};
    std::jthread thread_; // last: it uses everything above
};

} // namespace devices
