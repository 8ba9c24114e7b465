// The kiosk as the appliance runs it: under cage (wlroots' headless backend here, no screen or GPU),
// as an unprivileged user, through SDL's Wayland driver. Welcome must really be on the output (a
// screenshot with grim that is not blank), and a request to close the window must not end it.
#include "../../integration/skip.hpp"
#include "kiosk_process.hpp"

#include <SDL.h>
#include <SDL_image.h>
#include <doctest/doctest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <pwd.h>
#include <set>
#include <unistd.h>

using namespace kiosk::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

constexpr const char* test_user = "zuil-cagetest";

uid_t unprivileged_user() {
    if (geteuid() != 0) testing_peers::skip_test("needs root to run cage as a user of its own");
    for (const char* tool : {"cage", "grim", "runuser"})
        if (run_to_end({"sh", "-c", std::string("command -v ") + tool + " >/dev/null"}) != 0)
            testing_peers::skip_test(std::string(tool) +
                                     " is not installed (provisioning/setup.sh installs it)");
    if (!getpwnam(test_user))
        REQUIRE(run_to_end({"useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                            test_user}) == 0);
    auto* entry = getpwnam(test_user);
    REQUIRE(entry);
    return entry->pw_uid;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

struct Picture {
    double dark_share = 1;   // share of pixels that are (nearly) black
    std::size_t colours = 0; // distinct colours
};

Picture look_at(const fs::path& png) {
    SDL_Surface* loaded = IMG_Load(png.c_str());
    REQUIRE(loaded);
    SDL_Surface* image = SDL_ConvertSurfaceFormat(loaded, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_FreeSurface(loaded);
    REQUIRE(image);
    std::set<Uint32> colours;
    std::size_t dark = 0, total = std::size_t(image->w) * std::size_t(image->h);
    for (int y = 0; y < image->h; ++y) {
        auto* row = reinterpret_cast<const Uint8*>(image->pixels) + y * image->pitch;
        for (int x = 0; x < image->w; ++x) {
            const Uint8* p = row + x * 4;
            if (p[0] < 16 && p[1] < 16 && p[2] < 16) ++dark;
            if (colours.size() < 1000) colours.insert(Uint32(p[0]) << 16 | Uint32(p[1]) << 8 | p[2]);
        }
    }
    SDL_FreeSurface(image);
    return {double(dark) / double(total), colours.size()};
}

} // namespace

TEST_CASE("under cage as an unprivileged user the kiosk shows Welcome and refuses to be closed") {
    const uid_t uid = unprivileged_user();
    char pattern[] = "/tmp/cage-run-XXXXXX";
    REQUIRE(mkdtemp(pattern));
    const fs::path runtime_dir = pattern; // XDG_RUNTIME_DIR: 0700, the user's own
    REQUIRE(chown(runtime_dir.c_str(), uid, static_cast<gid_t>(-1)) == 0);
    NotifySocket systemd;
    systemd.allow(uid);

    // -r -r turns the output upside down (grim turns it back): without it cage shows the kiosk's buffer
    // directly on the output, and grim gets the frame cage itself drew last, which is black.
    KioskProcess cage(KioskProcess::Command{{"runuser",
                                             "-u",
                                             test_user,
                                             "--",
                                             "env",
                                             "XDG_RUNTIME_DIR=" + runtime_dir.string(),
                                             "WLR_BACKENDS=headless",
                                             "WLR_LIBINPUT_NO_DEVICES=1",
                                             "WLR_RENDERER=pixman",
                                             "NOTIFY_SOCKET=" + systemd.path(),
                                             "WATCHDOG_USEC=1000000",
                                             "cage",
                                             "-r",
                                             "-r",
                                             "--",
                                             "env",
                                             "SDL_VIDEODRIVER=wayland",
                                             std::string("LD_PRELOAD=") + KIOSK_LOOP_HOOKS,
                                             KIOSK_BINARY,
                                             "--demo",
                                             "--size",
                                             "1280x720"}},
                      {});
    // The status line comes with the first frame, READY right after it.
    CHECK(systemd.receive_containing("STATUS=showing welcome", 60s));
    REQUIRE(systemd.receive_containing("READY=1", 5s));
    REQUIRE(cage.wait_for_log("first frame presented", 5s));
    // wlroots' headless output is 1280x720: the screens are laid out at 1920x1080 and scaled down.
    CHECK(cage.wait_for_log("the panel is 1280x720: laid out at 1920x1080 and scaled down", 1s));
    REQUIRE(cage.wait_for_log("loop hook: in pid ", 1s));
    auto pid_at = cage.log().find("loop hook: in pid ") + std::string("loop hook: in pid ").size();
    const pid_t kiosk_pid = std::stoi(cage.log().substr(pid_at));

    // The output settles when two screenshots in a row are the same.
    const fs::path out = fs::path(KIOSK_UI_OUT) / "cage";
    fs::create_directories(out);
    REQUIRE(chown(out.c_str(), uid, static_cast<gid_t>(-1)) == 0);
    std::string previous;
    bool settled = false;
    for (int shot = 0; shot < 50 && !settled; ++shot) {
        auto status =
            run_to_end({"runuser", "-u", test_user, "--", "env", "XDG_RUNTIME_DIR=" + runtime_dir.string(),
                        "WAYLAND_DISPLAY=wayland-0", "grim", (out / "welcome.png").string()});
        REQUIRE(status == 0);
        auto current = read_file(out / "welcome.png");
        settled = !current.empty() && current == previous;
        previous = std::move(current);
    }
    REQUIRE(settled);
    auto picture = look_at(out / "welcome.png");
    MESSAGE("screenshot under cage: " << picture.dark_share * 100 << " % dark, " << picture.colours
                                      << " colours (" << (out / "welcome.png").string() << ")");
    CHECK(picture.dark_share < 0.5);
    CHECK(picture.colours > 8);

    // A close request (what SDL_QUIT is) must not end the kiosk; its main loop goes on.
    kill(kiosk_pid, SIGUSR2);
    REQUIRE(cage.wait_for_log("kiosk mode: a request to close the window was refused", 10s));
    systemd.drain();
    CHECK(systemd.receive_containing("WATCHDOG=1", 3s));
    CHECK(cage.running());

    // systemd stops the kiosk with SIGTERM; cage ends with its client.
    kill(kiosk_pid, SIGTERM);
    auto status = cage.wait_exit(30s);
    REQUIRE(status);
    CHECK(cage.log().find("kiosk info: stopped") != std::string::npos);
    std::error_code ignored;
    fs::remove_all(runtime_dir, ignored);
}
