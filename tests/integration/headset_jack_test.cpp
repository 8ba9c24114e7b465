// The headset jack watcher against alsa-lib, with a sound card played by the fixture plugin in
// tests/peers/alsa_jack (this machine, like CI, has no sound card).
#include "devices/speech/headset_jack.hpp"
#include "event_sink.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using namespace std::chrono_literals;
using kiosk::core::HeadsetChanged;

// A private ALSA configuration that defines `ctl.zuil_jack`, the plugin, and the FIFO that plugs it.
class TestCard {
public:
    TestCard() {
        char tmpl[] = "/tmp/zuil-jack-XXXXXX";
        REQUIRE(mkdtemp(tmpl));
        dir_ = tmpl;
        fifo_ = dir_ / "jack";
        REQUIRE(mkfifo(fifo_.c_str(), 0600) == 0);
        std::ofstream conf(dir_ / "asound.conf");
        conf << "ctl_type.zuil_jack { lib \"" << KIOSK_JACK_PLUGIN
             << "\" open \"_snd_ctl_zuil_jack_open\" }\n"
             << "ctl.zuil_jack { type zuil_jack fifo \"" << fifo_.string() << "\" }\n";
        conf.close();
        // alsa-lib reads its configuration again when this changes (snd_config_update).
        setenv("ALSA_CONFIG_PATH", (dir_ / "asound.conf").c_str(), 1);
    }
    ~TestCard() {
        unsetenv("ALSA_CONFIG_PATH");
        std::filesystem::remove_all(dir_);
    }
    void set_plugged(bool plugged) {
        const int fd = open(fifo_.c_str(), O_WRONLY | O_NONBLOCK);
        REQUIRE(fd >= 0); // the plugin holds the FIFO open while the watcher has the card
        const char byte = plugged ? '1' : '0';
        CHECK(write(fd, &byte, 1) == 1);
        close(fd);
    }

private:
    std::filesystem::path dir_, fifo_;
};

bool plugged(const HeadsetChanged& e) {
    return e.plugged;
}

} // namespace

TEST_CASE("the headset jack is read from the sound card's controls, and each plug and pull is reported") {
    TestCard card;
    testing_peers::EventSink sink;
    devices::HeadsetJack jack(sink, {.control = "zuil_jack", .recheck = 60s});
    auto first = sink.wait_for<HeadsetChanged>(10s);
    REQUIRE(first);
    // The fixture's headphone jack starts empty; its microphone and phantom jack read "in" and do not count.
    CHECK_FALSE(first->plugged);
    CHECK(jack.found());

    card.set_plugged(true);
    REQUIRE(sink.wait_for_if<HeadsetChanged>(plugged, 10s)); // an event, not the minute's recheck
    card.set_plugged(false);
    REQUIRE(sink.wait_for_count<HeadsetChanged>(3, 10s));
    card.set_plugged(false); // no change: not reported again
    card.set_plugged(true);
    REQUIRE(sink.wait_for_count<HeadsetChanged>(4, 10s));
    CHECK(sink.count_of<HeadsetChanged>() == 4);
    CHECK(sink.nth<HeadsetChanged>(3).plugged); // false, true, false, then true: the repeat was dropped
}

TEST_CASE("without a sound card the jack counts as empty, and stopping does not wait for the next search") {
    TestCard card; // the configuration has no such control
    testing_peers::EventSink sink;
    const auto started = std::chrono::steady_clock::now();
    {
        devices::HeadsetJack jack(sink, {.control = "zuil_missing", .search_again = 3600s});
        auto first = sink.wait_for<HeadsetChanged>(10s);
        REQUIRE(first);
        CHECK_FALSE(first->plugged);
        CHECK_FALSE(jack.found());
    }
    CHECK(std::chrono::steady_clock::now() - started < 10s);
}

TEST_CASE("only the jacks of headphones and headsets count, not a microphone or a screen") {
    CHECK(devices::is_headset_jack("Headphone Jack"));
    CHECK(devices::is_headset_jack("Front Headphone Jack"));
    CHECK(devices::is_headset_jack("Headset Mic Jack"));
    CHECK_FALSE(devices::is_headset_jack("Mic Jack"));
    CHECK_FALSE(devices::is_headset_jack("Line Out Jack"));
    CHECK_FALSE(devices::is_headset_jack("HDMI/DP,pcm=3 Jack"));
    CHECK_FALSE(devices::is_headset_jack("Headphone Playback Switch"));
    CHECK_FALSE(devices::is_headset_jack("Headphone Phantom Jack")); // cannot sense a plug: always "in"
    CHECK_FALSE(devices::is_headset_jack(" Jack"));
}
