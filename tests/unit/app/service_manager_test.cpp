#include "kiosk/app/install_paths.hpp"
#include "kiosk/app/service_manager.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace kiosk;
using namespace std::chrono_literals;

TEST_CASE("the watchdog is fed from the turns of the loop, at most three quarters of an interval apart") {
    app::WatchdogSchedule schedule(core::Duration(10'000));
    CHECK(schedule.longest_sleep() == core::Duration(5'000));
    core::Time start{};
    CHECK(schedule.due(start)); // the first turn says so at once
    CHECK_FALSE(schedule.due(start + 1s));
    CHECK_FALSE(schedule.due(start + 2499ms));
    CHECK(schedule.due(start + 4999ms)); // a timer that woke the loop a little early still pings
    CHECK_FALSE(schedule.due(start + 6s));
    CHECK(schedule.due(start + 7500ms));
    // A loop that was stuck says nothing for the time it was stuck, then pings on its first turn.
    CHECK(schedule.due(start + 60s));
    CHECK_FALSE(schedule.due(start + 60s + 1ms));
}

TEST_CASE("the watchdog interval comes from systemd's WATCHDOG_USEC or there is none") {
    unsetenv("WATCHDOG_USEC");
    CHECK_FALSE(app::watchdog_interval_from_environment());
    setenv("WATCHDOG_USEC", "10000000", 1);
    CHECK(app::watchdog_interval_from_environment() == core::Duration(10'000));
    for (const char* bad : {"", "ten", "10s", "-5", "1000", "99999999999999999999999"}) {
        CAPTURE(bad);
        setenv("WATCHDOG_USEC", bad, 1);
        CHECK_FALSE(app::watchdog_interval_from_environment());
    }
    unsetenv("WATCHDOG_USEC");
}

TEST_CASE("outside systemd the service manager says nothing and never limits the loop's sleep") {
    unsetenv("NOTIFY_SOCKET");
    setenv("WATCHDOG_USEC", "1000000", 1);
    app::ServiceManager manager;
    CHECK_FALSE(manager.longest_sleep());
    manager.ready();
    manager.showing(core::Screen::welcome);
    manager.loop_turned(core::Time{});
    unsetenv("WATCHDOG_USEC");
}

TEST_CASE("screen names for the status line") {
    CHECK(std::string(core::screen_name(core::Screen::welcome)) == "welcome");
    CHECK(std::string(core::screen_name(core::Screen::case_detail)) == "case_detail");
    CHECK(std::string(core::screen_name(core::Screen::out_of_order)) == "out_of_order");
}

TEST_CASE("an installed kiosk finds its content and helper beside itself and a build tree its own") {
    namespace fs = std::filesystem;
    auto root = fs::temp_directory_path() / ("install-paths-" + std::to_string(::getpid()));
    fs::create_directories(root / "usr/bin");
    fs::create_directories(root / "usr/share/zuil/content");
    fs::create_directories(root / "usr/libexec/zuil");
    const app::InstallPaths relative{"../share/zuil/content", "../libexec/zuil/kiosk-pdf-helper"};
    const app::InstallPaths build_tree{"/src/content", "/build/kiosk-pdf-helper"};

    // The helper is missing: a half-installed tree is not trusted.
    CHECK(app::find_install_paths(root / "usr/bin/kiosk", relative, build_tree).content_dir ==
          "/src/content");
    std::ofstream(root / "usr/libexec/zuil/kiosk-pdf-helper") << "helper";
    auto found = app::find_install_paths(root / "usr/bin/kiosk", relative, build_tree);
    CHECK(found.content_dir == root / "usr/share/zuil/content");
    CHECK(found.pdf_helper == root / "usr/libexec/zuil/kiosk-pdf-helper");
    CHECK(app::find_install_paths(root / "build/kiosk", relative, build_tree).pdf_helper ==
          "/build/kiosk-pdf-helper");
    fs::remove_all(root);
}
