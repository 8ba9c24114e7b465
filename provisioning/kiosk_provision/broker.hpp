#pragma once
// kiosk-provision's own short visits to the fleet's broker (libmosquitto, on the calling thread): read
// the retained messages under some topics, or publish one message.
#include "kiosk/fleet/telemetry_settings.hpp"

#include <chrono>
#include <map>
#include <string>
#include <vector>

struct mosquitto;

namespace provision {

class Arguments;

// --host, --port, --ca-file, --cert-file, --key-file and --prefix, as kiosk.json's "telemetry" has them.
kiosk::fleet::TelemetrySettings broker_settings(const Arguments& a);

class BrokerVisit {
public:
    explicit BrokerVisit(const kiosk::fleet::TelemetrySettings& settings); // NetworkError when unreachable
    ~BrokerVisit();
    BrokerVisit(const BrokerVisit&) = delete;

    // Every retained message on `filters`, gathered until none came for `quiet` (at most `limit`).
    std::map<std::string, std::string> retained(const std::vector<std::string>& filters,
                                                std::chrono::milliseconds quiet,
                                                std::chrono::milliseconds limit);
    void publish(const std::string& topic, const std::string& payload); // QoS 1, waits for the broker's ack

private:
    mosquitto* mosq_ = nullptr;
    std::map<std::string, std::string> received_;
    int acked_mid_ = -1;
    int subscribed_ = 0;
    std::chrono::steady_clock::time_point last_message_;
};

} // namespace provision
