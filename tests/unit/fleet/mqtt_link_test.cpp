// The kiosk's link to the broker while the broker is away: nothing waits, and what waits is bounded.
#include "kiosk/fleet/keys.hpp"
#include "kiosk/fleet/mqtt_link.hpp"

#include <doctest/doctest.h>

#include <chrono>

using kiosk::fleet::MqttLink;

TEST_CASE("with the broker away, publishing returns at once and the oldest events go past the cap") {
    kiosk::fleet::TelemetrySettings settings;
    settings.host = "127.0.0.1";
    settings.port = 1; // nothing listens there
    settings.queue_cap = 200;
    MqttLink link(settings, "zuil-test", {"zuil/test/state", R"({"online":false})", true}, {},
                  [](const std::string&, const std::string&, bool) {});
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 250; ++i)
        link.publish_event({"zuil/test/events", R"({"event":"x"})", false});
    for (int i = 0; i < 1000; ++i)
        link.publish_latest({"zuil/test/health", R"({"screen":"welcome"})", true});
    auto took = std::chrono::steady_clock::now() - start;
    CHECK_FALSE(link.connected());
    CHECK(link.dropped() == 50);
    CHECK(link.published() == 0);
    CHECK(took < std::chrono::milliseconds(500)); // 1250 messages put aside, none waited on the network
}

TEST_CASE("plain MQTT only to a broker on this machine") {
    kiosk::fleet::TelemetrySettings settings;
    settings.host = "mqtt.gemeente.nl";
    auto make = [&] {
        MqttLink link(settings, "zuil-test", {"t", "p", true}, {},
                      [](const std::string&, const std::string&, bool) {});
    };
    CHECK_THROWS_AS(make(), kiosk::fleet::FleetError);
}
