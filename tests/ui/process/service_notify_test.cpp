// The kiosk process as systemd runs it, on SDL's dummy video driver, with this test as systemd's
// notify socket. The main loop is reached through a preloaded library (support/loop_hooks.cpp).
#include "kiosk_process.hpp"

#include <doctest/doctest.h>

#include <csignal>

using namespace kiosk::test;
using namespace std::chrono_literals;

namespace {

constexpr auto start_limit = 30s; // the first frame, on a busy CI machine, in a sanitizer build

std::vector<std::string> kiosk_environment(const NotifySocket& systemd, const char* watchdog_usec) {
    return {"SDL_VIDEODRIVER=dummy", std::string("LD_PRELOAD=") + KIOSK_LOOP_HOOKS,
            "NOTIFY_SOCKET=" + systemd.path(), std::string("WATCHDOG_USEC=") + watchdog_usec};
}

const std::vector<std::string> kiosk_mode_args{"--demo", "--size", "1280x720", "--software-renderer"};

// Time between two WATCHDOG=1 messages, or nothing when the next does not come within `limit`.
std::optional<std::chrono::milliseconds> next_ping(NotifySocket& systemd, std::chrono::milliseconds limit) {
    auto before = std::chrono::steady_clock::now();
    if (!systemd.receive_containing("WATCHDOG=1", limit)) return std::nullopt;
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - before);
}

} // namespace

TEST_CASE("READY once the first frame is on the screen and STATUS names the screen and WATCHDOG comes at the "
          "rate asked") {
    NotifySocket systemd;
    KioskProcess kiosk(kiosk_mode_args, kiosk_environment(systemd, "1000000"));
    auto status = systemd.receive_containing("STATUS=", start_limit);
    REQUIRE(status);
    CHECK(*status == "STATUS=showing welcome");
    REQUIRE(systemd.receive_containing("READY=1", start_limit));
    REQUIRE(kiosk.wait_for_log("first frame presented", 5s));

    // Half the interval between pings; systemd would act only after a whole one without.
    REQUIRE(systemd.receive_containing("WATCHDOG=1", 2s));
    std::chrono::milliseconds longest{0};
    for (int i = 0; i < 6; ++i) {
        auto gap = next_ping(systemd, 2s);
        REQUIRE(gap);
        longest = std::max(longest, *gap);
    }
    MESSAGE("longest gap between watchdog pings: " << longest.count() << " ms (interval 1000 ms)");
    CHECK(longest < 1000ms);
    CHECK(longest >= 250ms); // an idle kiosk does not spin: it pings at most every quarter interval
}

TEST_CASE("a stuck main loop starves the watchdog while the kiosk's other threads live on") {
    NotifySocket systemd;
    KioskProcess kiosk(kiosk_mode_args, kiosk_environment(systemd, "400000"));
    REQUIRE(systemd.receive_containing("READY=1", start_limit));
    REQUIRE(systemd.receive_containing("WATCHDOG=1", 2s));

    kiosk.signal(SIGUSR1);
    REQUIRE(kiosk.wait_for_log("loop hook: main loop stalled", 5s));
    systemd.drain(); // pings sent before the loop stopped are already in the socket
    CHECK_FALSE(systemd.receive_containing("WATCHDOG=1", 2000ms)); // five intervals
    CHECK(kiosk.running()); // systemd, not the kiosk, ends a hung kiosk (WatchdogSec)
}

TEST_CASE("in kiosk mode closing the window is refused and SIGTERM still stops the kiosk cleanly") {
    NotifySocket systemd;
    KioskProcess kiosk(kiosk_mode_args, kiosk_environment(systemd, "400000"));
    REQUIRE(systemd.receive_containing("READY=1", start_limit));

    kiosk.signal(SIGUSR2);
    REQUIRE(kiosk.wait_for_log("loop hook: SDL_QUIT posted", 5s));
    REQUIRE(kiosk.wait_for_log("kiosk mode: a request to close the window was refused", 5s));
    systemd.drain();
    CHECK(systemd.receive_containing("WATCHDOG=1", 2s)); // the loop goes on
    CHECK(kiosk.running());

    kiosk.signal(SIGTERM);
    auto status = kiosk.wait_exit(20s);
    REQUIRE(status);
    CHECK(*status == 0);
    CHECK(systemd.receive_containing("STOPPING=1", 1s));
    CHECK(kiosk.log().find("kiosk info: stopped") != std::string::npos);
}

TEST_CASE("in a window on a desktop closing the window ends the kiosk") {
    NotifySocket systemd;
    auto args = kiosk_mode_args;
    args.push_back("--windowed");
    KioskProcess kiosk(args, kiosk_environment(systemd, "400000"));
    REQUIRE(systemd.receive_containing("READY=1", start_limit));
    kiosk.signal(SIGUSR2);
    auto status = kiosk.wait_exit(20s);
    REQUIRE(status);
    CHECK(*status == 0);
    CHECK(kiosk.log().find("request to close the window was refused") == std::string::npos);
}
