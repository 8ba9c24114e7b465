#pragma once
// Where the kiosk reports to: the fleet's MQTT broker (kiosk.json "telemetry"). TLS with a client
// certificate to any broker but one on this machine; plain MQTT only on loopback (the tests).
#include <chrono>
#include <string>

namespace kiosk::fleet {

struct TelemetrySettings {
    std::string host;
    int port = 8883;
    std::string ca_file;   // the broker's CA; empty on loopback: plain MQTT
    std::string cert_file; // the kiosk's client certificate and key
    std::string key_file;
    std::string topic_prefix = "zuil";
    std::chrono::seconds health_interval{60};
    std::size_t queue_cap = 200; // events waiting while the broker is away; the oldest go first
    // Where a "reload" command fetches the newest bundle ("{kiosk}" becomes the kiosk's id): any HTTPS
    // host or CDN will do, the bundle is signed. Empty: a reload takes what waits in the fleet directory.
    std::string bundle_url;
    std::string bundle_ca_file; // that host's CA when it is not a public one
    bool tls() const { return !ca_file.empty(); }
};

inline bool loopback_host(const std::string& host) {
    return host == "127.0.0.1" || host == "::1" || host == "localhost";
}

} // namespace kiosk::fleet
