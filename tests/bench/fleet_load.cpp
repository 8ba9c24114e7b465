// The fleet's load on one broker: N simulated kiosks, each with the kiosk's own MQTT link (its own
// thread, last will, queue), publishing state once and health and usage every interval, as a real
// kiosk does every minute (a shorter interval stands for a larger fleet). One subscriber reads
// everything, as a fleet dashboard would. Prints messages per second and the broker's CPU and memory.
// Figures, not a pass/fail test: tests/long/fleet_load.sh starts the broker and runs it.
// libmosquitto's loop uses select(), so one process holds at most ~300 links (3 descriptors each,
// below 1024); the script runs several, and --first K numbers this one's kiosks from K. A kiosk holds
// one link, so this is a limit of the load generator only.
//   fleet_load --port P --broker-pid PID [--kiosks N] [--first K] [--seconds S] [--interval-ms MS]
#include "kiosk/fleet/mqtt_link.hpp"
#include "kiosk/fleet/usage.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace std::chrono;
using kiosk::fleet::MqttLink;

namespace {

struct BrokerSample {
    double cpu_s = 0; // user + system
    long rss_kb = 0;
};

BrokerSample sample(int pid) {
    BrokerSample s;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    auto close = text.rfind(')');
    if (close != std::string::npos) {
        std::istringstream rest(text.substr(close + 2));
        std::string field;
        long utime = 0, stime = 0;
        for (int i = 3; i <= 15 && rest >> field; ++i) {
            if (i == 14) utime = std::stol(field);
            if (i == 15) stime = std::stol(field);
        }
        s.cpu_s = double(utime + stime) / double(sysconf(_SC_CLK_TCK));
    }
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmRSS:")) s.rss_kb = std::stol(line.substr(6));
    return s;
}

std::string health(const std::string& id, long at) {
    return nlohmann::json{{"kiosk", id},
                          {"screen", "welcome"},
                          {"in_use", false},
                          {"maintenance", false},
                          {"backends", "reachable"},
                          {"printer", "ready"},
                          {"phone", "connected"},
                          {"software", "0.1.0"},
                          {"bundle", 12},
                          {"started_at", 1796000000},
                          {"commands", {{"accepted", 0}, {"refused", 0}}},
                          {"telemetry_dropped", 0},
                          {"at", at}}
        .dump();
}

} // namespace

int main(int argc, char** argv) {
    int port = 0, broker_pid = 0, kiosks = 100, first = 0, seconds_to_run = 30, interval_ms = 1000;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        int v = std::atoi(argv[i + 1]);
        if (a == "--port")
            port = v;
        else if (a == "--broker-pid")
            broker_pid = v;
        else if (a == "--kiosks")
            kiosks = v;
        else if (a == "--first")
            first = v;
        else if (a == "--seconds")
            seconds_to_run = v;
        else if (a == "--interval-ms")
            interval_ms = v;
    }
    if (port <= 0 || broker_pid <= 0) {
        std::fprintf(
            stderr,
            "usage: fleet_load --port P --broker-pid PID [--kiosks N] [--seconds S] [--interval-ms MS]\n");
        return 2;
    }
    kiosk::fleet::TelemetrySettings settings;
    settings.host = "127.0.0.1";
    settings.port = port;

    std::atomic<long> received{0};
    // The first process is also the dashboard that reads every kiosk's messages.
    std::unique_ptr<MqttLink> dashboard;
    if (first == 0)
        dashboard = std::make_unique<MqttLink>(
            settings, "dashboard", MqttLink::Message{"dashboard/state", "gone", false},
            std::vector<std::string>{"zuil/#"},
            [&](const std::string&, const std::string&, bool) { ++received; });
    std::vector<std::unique_ptr<MqttLink>> links;
    for (int k = 0; k < kiosks; ++k) {
        auto id = "kiosk-" + std::to_string(first + k);
        links.push_back(std::make_unique<MqttLink>(
            settings, "zuil-" + id,
            MqttLink::Message{"zuil/" + id + "/state", R"({"online":false,"reason":"lost"})", true},
            std::vector<std::string>{"zuil/" + id + "/commands"},
            [](const std::string&, const std::string&, bool) {}));
        links.back()->publish_latest(
            {"zuil/" + id + "/state", R"({"online":true,"since":1796000000})", true});
        // Kiosks in the field do not all connect in the same instant: 200 a second at most here.
        std::this_thread::sleep_for(milliseconds(5));
    }
    auto connect_deadline = steady_clock::now() + seconds(60);
    auto connected = [&] {
        int n = 0;
        for (const auto& l : links)
            n += l->connected();
        return n;
    };
    while (connected() < kiosks && steady_clock::now() < connect_deadline)
        std::this_thread::sleep_for(milliseconds(50));
    std::printf("fleet_load: %d of %d kiosks connected\n", connected(), kiosks);

    kiosk::fleet::Usage usage;
    usage.visits = 42;
    usage.logins_succeeded = 30;
    auto usage_text =
        nlohmann::json{{"since", 1796000000}, {"usage", kiosk::fleet::usage_json(usage)}}.dump();
    auto health_size = health("kiosk-0", 0).size();
    auto start_sample = sample(broker_pid);
    long received_before = received;
    long published_before = 0;
    for (const auto& l : links)
        published_before += static_cast<long>(l->published());
    auto start = steady_clock::now();
    auto end = start + seconds(seconds_to_run);
    // Spread each interval's reports over the interval, as kiosks that started at different times do.
    for (auto next = start; next < end; next += milliseconds(interval_ms)) {
        for (int k = 0; k < kiosks; ++k) {
            auto slot = next + milliseconds(interval_ms) * k / kiosks;
            std::this_thread::sleep_until(slot);
            auto id = "kiosk-" + std::to_string(first + k);
            long at = duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
            links[static_cast<std::size_t>(k)]->publish_latest(
                {"zuil/" + id + "/health", health(id, at), true});
            links[static_cast<std::size_t>(k)]->publish_latest({"zuil/" + id + "/usage", usage_text, true});
        }
    }
    std::this_thread::sleep_for(milliseconds(500)); // the last ones on their way
    double elapsed = duration<double>(steady_clock::now() - start).count();
    auto end_sample = sample(broker_pid);
    long published = -published_before;
    for (const auto& l : links)
        published += static_cast<long>(l->published());
    long got = received - received_before;
    std::printf("fleet_load: %d kiosks, a report every %d ms each, %.0f s\n", kiosks, interval_ms, elapsed);
    std::printf("fleet_load: published %.0f messages/s\n", double(published) / elapsed);
    if (dashboard) std::printf("fleet_load: the dashboard received %.0f messages/s\n", double(got) / elapsed);
    std::printf("fleet_load: message sizes: health %zu bytes, usage %zu bytes\n", health_size,
                usage_text.size());
    if (dashboard)
        std::printf("fleet_load: broker CPU %.1f %% of one core, memory %ld KiB (RSS)\n",
                    100 * (end_sample.cpu_s - start_sample.cpu_s) / elapsed, end_sample.rss_kb);
    return 0;
}
