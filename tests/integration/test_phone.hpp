#pragma once
// The kiosk's phone as a test machine runs it: baresip with a sine tone for a microphone and no
// loudspeaker (no sound card here), on free loopback ports. Shared by the call tests and call_bench.
#include "devices/phone/baresip_phone.hpp"
#include "devices/phone/baresip_sidecar.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace testing_peers {

int free_loopback_port(); // nobody listens there right now, on TCP or UDP
std::string this_user();
devices::BaresipSettings test_phone_settings();
int control_port(const devices::BaresipSettings& settings); // where baresip's ctrl_tcp listens
// Polls `done` (a phone's state, a port) until it holds; false after `limit`.
bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds limit);
// Polls until the phone is connected to its baresip; false after `limit`.
bool wait_until_connected(const devices::BaresipPhone& phone,
                          std::chrono::milliseconds limit = std::chrono::seconds(10));

// The kiosk's phone with a baresip of its own, connected to it. Its ports may be taken by a test
// running alongside before baresip binds them (baresip exits 98 again and again); then the phone is
// made again on new ports. Nothing after three tries. `adjust` changes the settings (an SRTP account).
std::unique_ptr<devices::BaresipPhone>
connected_phone(kiosk::plumbing::Outbox& outbox,
                const std::function<void(devices::BaresipSettings&)>& adjust = {});

// A baresip that runs apart from the kiosk, as systemd would run it, listening on its control port.
// Ports found free may be taken by a test running alongside before baresip binds them; then it is
// started again on new ones (`settings` changes with them). Nothing after three tries.
std::unique_ptr<devices::BaresipSidecar> systemd_baresip(devices::BaresipSettings& settings);

} // namespace testing_peers
