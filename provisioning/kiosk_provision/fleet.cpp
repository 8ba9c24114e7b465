// fleet status and command: the fleet seen from the IT workstation, through the broker.
#include "arguments.hpp"
#include "broker.hpp"
#include "commands.hpp"
#include "kiosk/fleet/bundle.hpp"
#include "kiosk/fleet/command.hpp"
#include "kiosk/fleet/files.hpp"
#include "kiosk/fleet/signed_message.hpp"
#include "kiosk/fleet/unix_time.hpp"
#include "kiosk/util/bounded_json.hpp"

#include <chrono>
#include <cstdio>

namespace provision {
namespace {

const std::set<std::string> broker_options{"host", "port", "ca-file", "cert-file", "key-file", "prefix"};

std::set<std::string> with_broker(std::set<std::string> options) {
    options.insert(broker_options.begin(), broker_options.end());
    return options;
}

std::string ago(std::int64_t then, std::int64_t now) {
    if (then <= 0) return "-";
    auto s = std::max<std::int64_t>(0, now - then);
    if (s < 120) return std::to_string(s) + " s ago";
    if (s < 7200) return std::to_string(s / 60) + " min ago";
    return std::to_string(s / 3600) + " h ago";
}

// A field of a kiosk's retained JSON as a word for the table; "?" when it is not there.
std::string word(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end()) return "?";
    if (it->is_string()) return it->get<std::string>().substr(0, 24);
    if (it->is_boolean()) return *it ? "yes" : "no";
    if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
    return "?";
}

} // namespace

int fleet(const Args& args) {
    if (args.empty() || args[0] != "status") throw UsageError("fleet has one command: fleet status");
    Arguments a(Args(args.begin() + 1, args.end()), with_broker({"wait-ms"}), {"json"});
    auto settings = broker_settings(a);
    auto wait = std::chrono::milliseconds(a.number("wait-ms", 100, 60'000, 5000));
    BrokerVisit broker(settings);
    auto messages = broker.retained({settings.topic_prefix + "/+/state", settings.topic_prefix + "/+/health"},
                                    std::chrono::milliseconds(500), wait);
    std::map<std::string, std::pair<nlohmann::json, nlohmann::json>> kiosks; // id -> state, health
    for (const auto& [topic, payload] : messages) {
        auto first = topic.find('/'), second = topic.rfind('/');
        if (first == second) continue;
        auto id = topic.substr(first + 1, second - first - 1);
        auto parsed = kiosk::util::parse_json(payload, 4);
        if (!parsed.is_object()) continue;
        (topic.ends_with("/state") ? kiosks[id].first : kiosks[id].second) = parsed;
    }
    auto now = kiosk::fleet::unix_now();
    if (a.flag("json")) {
        nlohmann::json out = nlohmann::json::object();
        for (const auto& [id, pair] : kiosks)
            out[id] = {{"state", pair.first}, {"health", pair.second}};
        std::printf("%s\n", out.dump(2).c_str());
        return Exit::ok;
    }
    std::printf("%-20s %-8s %-13s %-13s %-14s %-12s %-9s %-7s %s\n", "KIOSK", "ONLINE", "SCREEN", "PRINTER",
                "PHONE", "BACKENDS", "SOFTWARE", "BUNDLE", "LAST SEEN");
    int online = 0;
    for (const auto& [id, pair] : kiosks) {
        const auto& [state, health] = pair;
        bool up = state.value("online", false);
        online += up;
        std::int64_t at =
            health.contains("at") && health["at"].is_number_integer() ? health["at"].get<std::int64_t>() : 0;
        std::string screen = word(health, "screen");
        // The kiosk's own check, or the backends that do not answer its probes.
        std::string backends = word(health, "backends"), down;
        if (health.contains("each_backend") && health["each_backend"].is_object())
            for (const auto& [name, answer] : health["each_backend"].items())
                if (answer != "reachable") down += (down.empty() ? "" : ",") + name;
        if (!down.empty()) backends = (down + " down").substr(0, 12);
        if (health.value("maintenance", false)) screen = "maintenance";
        std::printf("%-20s %-8s %-13s %-13s %-14s %-12s %-9s %-7s %s\n", id.substr(0, 20).c_str(),
                    up ? "yes" : (state.contains("reason") ? word(state, "reason").c_str() : "no"),
                    screen.c_str(), word(health, "printer").c_str(), word(health, "phone").c_str(),
                    backends.c_str(), word(health, "software").c_str(), word(health, "bundle").c_str(),
                    ago(at, now).c_str());
    }
    std::printf("%zu kiosks, %d online\n", kiosks.size(), online);
    return Exit::ok;
}

int command(const Args& args) {
    Arguments a(args, with_broker({"key", "kiosk", "expires-in-s", "out"}), {});
    if (a.positional().size() != 1)
        throw UsageError("name one command: reload, maintenance_on, maintenance_off, "
                         "restart, identify or health_report");
    auto name = kiosk::fleet::parse_command_name(a.positional()[0]);
    if (!name) throw UsageError("unknown command " + a.positional()[0]);
    auto key = kiosk::fleet::read_secret_key(a.need("key"));
    kiosk::fleet::Command c;
    c.name = *name;
    c.kiosk = a.need("kiosk");
    if (!kiosk::fleet::valid_name(c.kiosk)) throw UsageError("--kiosk: not a kiosk id");
    c.issued_at = kiosk::fleet::unix_now();
    c.expires_at = c.issued_at + a.number("expires-in-s", 10, kiosk::fleet::max_command_lifetime_s, 300);
    c.nonce = kiosk::fleet::new_nonce();
    auto message =
        kiosk::fleet::seal_message(kiosk::fleet::MessageKind::command, kiosk::fleet::command_payload(c), key);
    if (auto out = a.get("out")) { // signed here, sent by other means (an approval step, a script)
        kiosk::fleet::write_file_atomically(*out, message, 0600);
        std::printf("signed %s for %s into %s (valid for %lld s)\n", kiosk::fleet::command_name(c.name),
                    c.kiosk.c_str(), out->c_str(), static_cast<long long>(c.expires_at - c.issued_at));
        return Exit::ok;
    }
    auto settings = broker_settings(a);
    BrokerVisit broker(settings);
    broker.publish(settings.topic_prefix + "/" + c.kiosk + "/commands", message);
    std::printf("sent %s to %s (valid for %lld s); the kiosk reports the result on %s/%s/events\n",
                kiosk::fleet::command_name(c.name), c.kiosk.c_str(),
                static_cast<long long>(c.expires_at - c.issued_at), settings.topic_prefix.c_str(),
                c.kiosk.c_str());
    return Exit::ok;
}

} // namespace provision
