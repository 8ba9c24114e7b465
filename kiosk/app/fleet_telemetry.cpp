#include "kiosk/app/fleet_telemetry.hpp"

#include "kiosk/fleet/bundle_intake.hpp"
#include "kiosk/fleet/files.hpp"
#include "kiosk/fleet/unix_time.hpp"
#include "kiosk/services/http/http_client.hpp"
#include "kiosk/util/log.hpp"

#include <chrono>

namespace kiosk::app {
namespace {

const char* printer_word(const std::optional<core::PrintFailure>& problem) {
    if (!problem) return "ready";
    using P = core::PrintFailure;
    switch (*problem) {
    case P::out_of_paper:
        return "out_of_paper";
    case P::paper_jam:
        return "paper_jam";
    case P::toner_empty:
        return "toner_empty";
    case P::cover_open:
        return "cover_open";
    case P::printer_offline:
        return "offline";
    case P::job_failed:
    case P::timed_out:
    case P::too_many_pages:
        return "ready"; // a job's trouble, not the printer's
    }
    return "unknown";
}

bool in_use(const core::Glimpse& g) {
    return g.signed_in || !core::resting(g.screen);
}

} // namespace

FleetTelemetry::FleetTelemetry(runtime::Runtime& runtime, const fleet::TelemetrySettings& settings,
                               const fleet::KioskIdentity& kiosk, const fleet::PublicKey& fleet_key,
                               KioskFacts facts, DeviceProbes probes)
    : runtime_(runtime), settings_(settings), kiosk_id_(kiosk.id), facts_(std::move(facts)),
      probes_(std::move(probes)), fleet_key_(fleet_key), gate_(kiosk.id, fleet_key, facts_.started_at),
      glimpse_(core::glimpse(runtime.state())) {
    if (!probes_.check_printer) printer_ = "none";
    nlohmann::json will{{"online", false}, {"reason", "lost"}};
    link_ = std::make_unique<fleet::MqttLink>(
        settings_, "zuil-" + kiosk_id_, fleet::MqttLink::Message{topic("state"), will.dump(), true},
        std::vector<std::string>{topic("commands")},
        [this](const std::string&, const std::string& payload, bool retained) {
            on_command(payload, retained);
        },
        [](bool) {});
    nlohmann::json online{{"online", true}, {"since", facts_.started_at}, {"software", facts_.software}};
    link_->publish_latest({topic("state"), online.dump(), true});
    runtime_.observe(
        [this](const core::Glimpse& b, const core::Event& e, const core::Glimpse& a) { observe(b, e, a); });
    every_interval();
    if (!probes_.backends.empty()) prober_ = std::thread([this] { probe_backends(); });
}

FleetTelemetry::~FleetTelemetry() {
    {
        std::lock_guard lock(prober_mutex_);
        stopping_ = true;
    }
    prober_wake_.notify_all();
    if (prober_.joinable()) prober_.join();
    runtime_.observe({});
    nlohmann::json offline{{"online", false}, {"reason", "stopped"}, {"at", fleet::unix_now()}};
    link_->goodbye({topic("state"), offline.dump(), true}, std::chrono::milliseconds(1000));
}

std::string FleetTelemetry::topic(const char* leaf) const {
    return settings_.topic_prefix + "/" + kiosk_id_ + "/" + leaf;
}

void FleetTelemetry::every_interval() {
    if (probes_.check_printer) probes_.check_printer(); // its answer arrives as an event, observed below
    publish_health(true);
    publish_usage();
    runtime_.schedule(settings_.health_interval, [this, alive = std::weak_ptr<bool>(alive_)] {
        if (alive.lock()) every_interval(); // the runtime may outlive the telemetry (a reload)
    });
}

void FleetTelemetry::observe(const core::Glimpse& before, const core::Event& event,
                             const core::Glimpse& after) {
    auto usage_before = usage_;
    fleet::count(usage_, before, event, after);
    glimpse_ = after;
    if (const auto* checked = std::get_if<core::PrinterChecked>(&event))
        printer_ = printer_word(checked->problem);
    if (const auto* failed = std::get_if<core::PrintFailed>(&event)) printer_ = printer_word(failed->reason);
    if (std::holds_alternative<core::PrintDone>(event)) printer_ = "ready";
    // A resident asked for a staff member: the library's staff may see it on their fleet dashboard.
    if (std::holds_alternative<core::StaffHelpRequested>(event) && !before.assisted)
        report("staff_help_requested", nlohmann::json::object());
    publish_health(false);
    // A visit that ended is news for the figures at once; in between they wait for the interval.
    if (!(usage_ == usage_before) && !in_use(after)) publish_usage();
}

void FleetTelemetry::publish_usage() {
    nlohmann::json usage{
        {"since", facts_.started_at}, {"at", fleet::unix_now()}, {"usage", fleet::usage_json(usage_)}};
    link_->publish_latest({topic("usage"), usage.dump(), true});
}

void FleetTelemetry::publish_health(bool even_if_unchanged) {
    nlohmann::json health{{"kiosk", kiosk_id_},
                          {"screen", core::screen_name(glimpse_.screen)},
                          {"in_use", in_use(glimpse_)},
                          {"maintenance", glimpse_.maintenance},
                          {"backends", glimpse_.backends_healthy ? "reachable" : "unreachable"},
                          {"printer", printer_},
                          {"software", facts_.software},
                          {"bundle", facts_.bundle_version},
                          {"started_at", facts_.started_at},
                          {"commands", {{"accepted", accepted_.load()}, {"refused", refused_.load()}}},
                          {"telemetry_dropped", link_ ? link_->dropped() : 0}};
    {
        std::lock_guard lock(health_mutex_);
        health["each_backend"] = each_backend_;
    }
    auto phone = probes_.phone_connected ? probes_.phone_connected() : std::nullopt;
    health["phone"] = !probes_.phone_connected ? "none" : phone && *phone ? "connected" : "not_connected";
    health["card_reader"] = !probes_.card_reader           ? "none"
                            : glimpse_.card_reader_working ? "working"
                                                           : "not_working";
    health["assisted"] = glimpse_.assisted;
    auto unchanged = health.dump();
    if (unchanged == last_health_ && !even_if_unchanged) return;
    last_health_ = unchanged;
    health["at"] = fleet::unix_now();
    auto text = health.dump();
    {
        std::lock_guard lock(health_mutex_);
        health_for_link_ = text;
    }
    link_->publish_latest({topic("health"), std::move(text), true});
}

void FleetTelemetry::report(const std::string& event, nlohmann::json details) {
    details["event"] = event;
    details["at"] = fleet::unix_now();
    link_->publish_event({topic("events"), details.dump(), false});
}

void FleetTelemetry::on_command(const std::string& payload, bool retained) {
    try {
        // A retained command would run again at every reconnect: commands are never kept by the broker.
        if (retained) throw fleet::FleetError("command refused: it was retained by the broker");
        auto command = gate_.admit(payload, fleet::unix_now());
        ++accepted_;
        using C = fleet::CommandName;
        switch (command.name) {
        case C::maintenance_on:
            runtime_.post(core::MaintenanceSwitched{true});
            break;
        case C::maintenance_off:
            runtime_.post(core::MaintenanceSwitched{false});
            break;
        case C::identify:
            runtime_.post(core::IdentifyRequested{});
            break;
        case C::reload:
            fetch_bundle(); // first: the reload between visits takes it in
            runtime_.post(core::FleetActionRequested{core::FleetAction::reload});
            break;
        case C::restart:
            runtime_.post(core::FleetActionRequested{core::FleetAction::restart});
            break;
        case C::health_report:
            break; // the health below is the report
        }
        log::info(std::string("fleet: command ") + fleet::command_name(command.name) + " accepted");
        report("command", {{"command", fleet::command_name(command.name)}, {"result", "accepted"}});
    } catch (const fleet::FleetError& e) {
        ++refused_;
        log::warning(std::string("fleet: ") + e.what());
        report("command", {{"result", "refused"}, {"reason", e.what()}});
    }
    republish_health_counters();
}

void FleetTelemetry::fetch_bundle() {
    if (settings_.bundle_url.empty()) return;
    auto url = settings_.bundle_url;
    if (auto at = url.find("{kiosk}"); at != std::string::npos) url.replace(at, 7, kiosk_id_);
    services::HttpRequest request;
    request.url = url;
    request.timeout_ms = 20'000;
    request.max_response_bytes = fleet::max_bundle_bytes;
    auto response = services::HttpClient({settings_.bundle_ca_file}).send(request);
    std::string reason;
    if (!response.arrived())
        reason = "cannot fetch the bundle: " + response.error;
    else if (response.status != 200)
        reason = "the bundle host answered " + std::to_string(response.status);
    if (reason.empty()) {
        std::string bytes(response.body.begin(), response.body.end());
        try {
            fleet::open_bundle(bytes, fleet_key_); // not kept unless signed with the fleet key
            fleet::write_file_atomically(facts_.fleet_dir / "incoming.bundle", bytes, 0600);
            log::info("fleet: a bundle was fetched for the reload");
            return;
        } catch (const fleet::FleetError& e) {
            reason = e.what();
        }
    }
    log::warning("fleet: " + reason);
    report("bundle_fetch_failed", {{"reason", reason}});
}

// Every interval, each backend once; a change is published at once, with the rest of the newest health.
void FleetTelemetry::probe_backends() {
    for (;;) {
        auto found = fleet::probe_backends(probes_.backends, std::chrono::seconds(3));
        {
            std::lock_guard lock(health_mutex_);
            if (found != each_backend_) {
                each_backend_ = found;
                republish_health_with("each_backend", found);
            }
        }
        std::unique_lock lock(prober_mutex_);
        if (prober_wake_.wait_for(lock, settings_.health_interval, [this] { return stopping_; })) return;
    }
}

void FleetTelemetry::republish_health_counters() {
    std::lock_guard lock(health_mutex_);
    republish_health_with("commands", {{"accepted", accepted_.load()}, {"refused", refused_.load()}});
}

// The newest health with one field changed by a thread other than the main loop's, which owns the rest.
void FleetTelemetry::republish_health_with(const char* field, nlohmann::json value) {
    auto health = nlohmann::json::parse(health_for_link_, nullptr, false);
    if (!health.is_object()) return; // nothing published yet: the first health report carries it
    health[field] = std::move(value);
    health["at"] = fleet::unix_now();
    link_->publish_latest({topic("health"), health.dump(), true});
}

} // namespace kiosk::app
