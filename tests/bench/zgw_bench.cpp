// "Mijn aanvragen" from token to list drawn: the fixture ZGW server with 50 ms added to every request
// and a resident with 25 cases; the real core, case service and screen. Prints, for a first visit (empty
// catalogue cache) and a later one (warm cache), with and without `expand` on the server: the time from
// the login's success to the list drawn, the requests sent and the sequential rounds. Figures, not a
// pass/fail test.
//
//   zgw_bench --peers tests/peers --content content [--latency-ms 50] [--cases 25] [--runs 5]
#include "inbox.hpp"
#include "kiosk/app/offscreen_canvas.hpp"
#include "kiosk/app/wiring.hpp"
#include "kiosk/core/update.hpp"
#include "kiosk/services/zgw/zgw_cases.hpp"
#include "peer.hpp"
#include "ui/ui_host.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <string>

using namespace kiosk;
using Clock = std::chrono::steady_clock;

namespace {

struct Figures {
    double ms;
    std::size_t requests, rounds;
};

// One visit: login succeeds, the resident taps "Mijn aanvragen" at once, the list is drawn.
Figures visit(const app::Setup& setup, ui::UiHost& host, services::ZgwCases& cases, bench::Inbox& inbox,
              std::size_t expected) {
    core::State s = setup.initial;
    core::update(s, core::KioskStarted{});
    core::update(s, core::HealthChecked{true});
    core::update(s, core::BeginPressed{});
    core::update(s, core::LoginChosen{});
    core::update(
        s, core::LoginCodeReceived{s.login_attempt, {"https://x/d", "x/d", "ABCD", core::seconds(300)}});
    auto before = cases.counts();
    auto start = Clock::now();
    for (auto& effect :
         core::update(s, core::LoginSucceeded{s.login_attempt, {core::Secret("999993653"), "Jan"}}))
        if (auto* fetch = std::get_if<core::FetchCases>(&effect))
            cases.fetch_cases(fetch->generation, fetch->bsn);
    core::update(s, core::MyCasesPressed{});
    host.frame(s, {}, 0, 0.1f); // the spinner
    auto event = inbox.next();
    core::update(s, event);
    host.frame(s, {}, 0.1, 0.1f);
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    const auto* loaded = std::get_if<core::CasesLoaded>(&event);
    if (!loaded || loaded->cases.size() != expected)
        throw std::runtime_error("the list did not load as expected (" +
                                 std::to_string(loaded ? loaded->cases.size() : 0) + " cases)");
    auto after = cases.counts();
    core::update(s, core::StopPressed{});
    return {ms, after.requests - before.requests, after.rounds - before.rounds};
}

void run(const app::Setup& setup, const std::string& label, const std::vector<std::string>& peer_args,
         int runs, std::size_t expected) {
    testing_peers::Peer peer("zgw/start.mjs", peer_args);
    const auto& d = peer.details();
    services::zgw::ZgwSettings settings;
    settings.roots = {d.at(1), d.at(2), d.at(3)};
    settings.credentials = {"zuil-kiosk", "fixture-secret-for-tests-only-0123", "zuil-bench"};
    app::OffscreenCanvas canvas(1920, 1080);
    ui::UiHost host(canvas.renderer(), setup.content, ui::Rect{0, 0, 1920, 1080});
    bench::Inbox inbox;
    services::ZgwCases cases(inbox, settings, setup.sandbox);
    auto cold = visit(setup, host, cases, inbox, expected);
    std::vector<Figures> warm;
    for (int i = 0; i < runs; ++i)
        warm.push_back(visit(setup, host, cases, inbox, expected));
    std::sort(warm.begin(), warm.end(), [](const Figures& a, const Figures& b) { return a.ms < b.ms; });
    const auto& median = warm[warm.size() / 2];
    std::printf("| %-22s | first visit | %7.0f ms | %3zu | %2zu |\n", label.c_str(), cold.ms, cold.requests,
                cold.rounds);
    std::printf("| %-22s | later visit | %7.0f ms | %3zu | %2zu |\n", label.c_str(), median.ms,
                median.requests, median.rounds);
}

} // namespace

int main(int argc, char** argv) {
    std::string content = "content", latency = "50", cases = "25";
    int runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--content")
            content = argv[i + 1];
        else if (flag == "--latency-ms")
            latency = argv[i + 1];
        else if (flag == "--cases")
            cases = argv[i + 1];
        else if (flag == "--runs")
            runs = std::max(1, std::atoi(argv[i + 1]));
    }
    try {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
        app::Options options;
        options.content_dir = content;
        options.pdf_helper = KIOSK_PDF_HELPER;
        auto setup = app::load_setup(options);
        std::vector<std::string> common{"--direct",   "--latency-ms", latency,
                                        "--cases",    cases,          "--client-id",
                                        "zuil-kiosk", "--secret",     "fixture-secret-for-tests-only-0123"};
        auto expected = static_cast<std::size_t>(std::stoul(cases));
        std::printf(
            "Token to list drawn: %s cases, %s ms added to every request, fixture ZGW server direct\n\n",
            cases.c_str(), latency.c_str());
        std::printf("| server                 | visit       | time       | requests | rounds |\n");
        std::printf("|---|---|---|---|---|\n");
        run(setup, "with expand", common, runs, expected);
        auto no_expand = common;
        no_expand.push_back("--no-expand");
        run(setup, "without expand", no_expand, runs, expected);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "zgw_bench: %s\n", e.what());
        return 1;
    }
}
