#pragma once
// The kiosk's phone as a test machine runs it: baresip with a sine tone for a microphone and no
// loudspeaker (no sound card here), on free loopback ports. Shared by the call tests and call_bench.
#include "devices/phone/baresip_phone.hpp"

#include <chrono>
#include <string>

namespace testing_peers {

int free_loopback_port(); // nobody listens there right now, on TCP or UDP
std::string this_user();
devices::BaresipSettings test_phone_settings();
// Polls until the phone is connected to its baresip; false after `limit`.
bool wait_until_connected(const devices::BaresipPhone& phone,
                          std::chrono::milliseconds limit = std::chrono::seconds(10));

} // namespace testing_peers
