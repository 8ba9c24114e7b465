#pragma once
// The kiosk's reports to the fleet's broker and the commands it takes from there. Topics, for kiosk id
// K under the configured prefix (default "zuil"), all JSON but the commands:
//   zuil/K/state     retained  {"online": true, "since": …} / the last will {"online": false, …}
//   zuil/K/health    retained  screen, printer and paper, phone, backends, versions, "at"
//   zuil/K/usage     retained  the usage figures since the kiosk started (kiosk/fleet/usage.hpp)
//   zuil/K/events              command results, bundle refusals
//   zuil/K/commands  (in)      signed commands (kiosk/fleet/command.hpp)
// Nothing it sends can hold personal data: it sees State only through glimpses.
#include "kiosk/fleet/backend_probe.hpp"
#include "kiosk/fleet/command.hpp"
#include "kiosk/fleet/identity.hpp"
#include "kiosk/fleet/mqtt_link.hpp"
#include "kiosk/fleet/usage.hpp"
#include "kiosk/runtime/runtime.hpp"

#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace kiosk::app {

struct KioskFacts {
    std::filesystem::path fleet_dir; // where a fetched bundle waits for the reload
    std::string software;
    std::int64_t bundle_version = 0;
    std::int64_t started_at = 0; // Unix seconds
};

// How the telemetry looks at devices; an empty function: the kiosk has no such device.
struct DeviceProbes {
    std::function<void()> check_printer;                  // posts PrinterChecked (generation 0)
    std::function<std::optional<bool>()> phone_connected; // nullopt: no phone
    std::vector<fleet::ProbeTarget> backends;             // asked on a thread of the telemetry's own
    bool card_reader = false;                             // staff badges are configured: a reader is expected
};

class FleetTelemetry {
public:
    FleetTelemetry(runtime::Runtime& runtime, const fleet::TelemetrySettings& settings,
                   const fleet::KioskIdentity& kiosk, const fleet::PublicKey& fleet_key, KioskFacts facts,
                   DeviceProbes probes);
    ~FleetTelemetry(); // "offline, stopped" as the retained state, then disconnects
    FleetTelemetry(const FleetTelemetry&) = delete;

    void observe(const core::Glimpse& before, const core::Event& event, const core::Glimpse& after);
    void report(const std::string& event, nlohmann::json details); // on the events topic

private:
    std::string topic(const char* leaf) const;
    void every_interval();
    void publish_health(bool even_if_unchanged);
    void publish_usage();
    void on_command(const std::string& payload, bool retained);          // on the link's thread
    void republish_health_counters();                                    // on the link's thread
    void republish_health_with(const char* field, nlohmann::json value); // health_mutex_ held
    void fetch_bundle();                                                 // on the link's thread
    void probe_backends();                                               // on the prober's thread

    runtime::Runtime& runtime_;
    fleet::TelemetrySettings settings_;
    std::string kiosk_id_;
    KioskFacts facts_;
    DeviceProbes probes_;
    fleet::PublicKey fleet_key_;
    fleet::CommandGate gate_;
    core::Glimpse glimpse_;
    std::string printer_ = "unknown";
    fleet::Usage usage_;
    std::string last_health_; // without its time: published again only when something changed
    std::mutex health_mutex_;
    std::string health_for_link_; // the newest health, for a health_report command
    std::atomic<std::uint64_t> accepted_{0};
    std::atomic<std::uint64_t> refused_{0};
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true); // scheduled jobs check it
    std::map<std::string, std::string> each_backend_;            // under health_mutex_
    std::mutex prober_mutex_;
    std::condition_variable prober_wake_;
    bool stopping_ = false;
    std::thread prober_;
    std::unique_ptr<fleet::MqttLink> link_; // last: its thread calls into the members above
};

} // namespace kiosk::app
