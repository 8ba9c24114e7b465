// The narrator between the semantic tree and the speaker: a new screen is read once, a touch-to-hear
// tap reads one item, the core's cues are said, and speech off is silence (but for the hint).
#include "devices/speech/transcript_speaker.hpp"
#include "kiosk/app/narrator.hpp"
#include "kiosk/core/update.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace kiosk;
using ui::Role;
using ui::operator""_tk;

namespace {

const ui::Texts& texts() {
    static const auto loaded = ui::Texts::load(std::filesystem::path(KIOSK_SOURCE_DIR) / "content");
    return loaded;
}

ui::SemanticNode node(Role role, std::string id, std::string label, float y, bool tappable = false) {
    ui::Rect r{100, y, 600, 90};
    ui::SemanticNode n{role, std::move(id), std::move(label), r, r};
    n.tappable = tappable;
    return n;
}

ui::SemanticTree welcome() {
    ui::SemanticTree tree;
    tree.add(node(Role::heading, "", "Welkom", 100));
    tree.add(node(Role::button, "welcome.begin", "Beginnen", 500, true));
    return tree;
}

ui::SemanticTree home(const std::string& name) {
    ui::SemanticTree tree;
    auto heading = node(Role::heading, "", "Welkom, " + name, 100);
    heading.personal = true;
    tree.add(heading);
    tree.add(node(Role::code, "", "WDJB-MJHT", 200));
    tree.add(node(Role::button, "home.cases", "Mijn aanvragen", 500, true));
    return tree;
}

struct Fixture {
    devices::TranscriptSpeaker speaker;
    app::Narrator narrator{speaker, texts()};
    core::State state;

    std::vector<std::string> said() const {
        std::vector<std::string> out;
        for (const auto& line : speaker.lines())
            out.push_back(line.text);
        return out;
    }
};

} // namespace

TEST_CASE("speech off: silent, except for the hint on Welcome, in Dutch and English after a chime") {
    Fixture f;
    f.narrator.frame_drawn(f.state, welcome(), "");
    CHECK(f.said().empty());
    f.narrator.cue(core::SpeechCue::welcome_hint);
    f.narrator.frame_drawn(f.state, welcome(), "");
    REQUIRE(f.speaker.lines().size() == 2);
    CHECK(f.speaker.chimes() == 1);
    CHECK(f.speaker.lines()[0].voice == "nl");
    CHECK(f.speaker.lines()[0].text == texts().get("nl", "speech.hint"_tk));
    CHECK(f.speaker.lines()[1].voice == "en");
}

TEST_CASE("switched on: how it works, then the screen; the same screen is not read twice") {
    Fixture f;
    core::update(f.state, core::SpeechToggled{});
    f.narrator.cue(core::SpeechCue::switched_on);
    f.narrator.frame_drawn(f.state, welcome(), "");
    auto said = f.said();
    REQUIRE(said.size() == 3);
    CHECK(said[0] == texts().get("nl", "speech.switched_on"_tk));
    CHECK(said[1] == "Welkom");
    CHECK(said[2] == "Beginnen");
    f.narrator.frame_drawn(f.state, welcome(), "");
    CHECK(f.said().size() == 3);

    f.narrator.cue(core::SpeechCue::repeat);
    f.narrator.frame_drawn(f.state, welcome(), "");
    CHECK(f.said().size() == 5);
}

TEST_CASE("a touch-to-hear tap reads only that item") {
    Fixture f;
    core::update(f.state, core::SpeechToggled{});
    f.narrator.frame_drawn(f.state, welcome(), "");
    auto before = f.said().size();
    f.narrator.frame_drawn(f.state, welcome(), "welcome.begin");
    REQUIRE(f.said().size() == before + 1);
    CHECK(f.said().back() == "Beginnen");
}

TEST_CASE("a name is read only into a headset the resident chose; a code never") {
    Fixture f;
    core::update(f.state, core::SpeechToggled{});
    f.narrator.frame_drawn(f.state, home("Jan de Vries"), "");
    for (const auto& line : f.said()) {
        CHECK(line.find("Jan") == std::string::npos);
        CHECK(line.find("WDJB") == std::string::npos);
    }
    CHECK(f.said().front() == texts().get("nl", "speech.personal_hidden"_tk));

    core::update(f.state, core::HeadsetChanged{true});
    core::update(f.state, core::PersonalAloudToggled{});
    f.narrator.cue(core::SpeechCue::repeat);
    f.narrator.frame_drawn(f.state, home("Jan de Vries"), "");
    CHECK(f.said().back() == "Mijn aanvragen");
    bool named = false;
    for (const auto& line : f.said()) {
        named = named || line == "Welkom, Jan de Vries";
        CHECK(line.find("WDJB") == std::string::npos);
    }
    CHECK(named);
}

TEST_CASE("pause reaches the speaker, and the volume steps map onto espeak-ng's scale") {
    Fixture f;
    core::update(f.state, core::SpeechToggled{});
    core::update(f.state, core::SpeechPauseToggled{});
    f.narrator.frame_drawn(f.state, welcome(), "");
    CHECK(f.speaker.paused());
    core::update(f.state, core::SpeechPauseToggled{});
    f.narrator.frame_drawn(f.state, welcome(), "");
    CHECK_FALSE(f.speaker.paused());
    CHECK(app::espeak_volume(core::speech_volume_min) < app::espeak_volume(3));
    CHECK(app::espeak_volume(3) == 100);
    CHECK(app::espeak_volume(core::speech_volume_max) <= 200);
}

TEST_CASE("the headset pulled out: speech stops at once and the screen is read again without the name") {
    Fixture f;
    core::update(f.state, core::SpeechToggled{});
    core::update(f.state, core::HeadsetChanged{true});
    core::update(f.state, core::PersonalAloudToggled{});
    f.narrator.frame_drawn(f.state, home("Jan de Vries"), "");
    REQUIRE(f.said().front() == "Welkom, Jan de Vries");
    auto stops = f.speaker.stops();
    auto said = f.said().size();

    core::update(f.state, core::HeadsetChanged{false});
    f.narrator.frame_drawn(f.state, home("Jan de Vries"), "");
    CHECK(f.speaker.stops() == stops + 1); // what was queued for the headset never reaches the room
    REQUIRE(f.said().size() > said);
    CHECK(f.said()[said] == texts().get("nl", "speech.personal_hidden"_tk));
    for (std::size_t i = said; i < f.said().size(); ++i)
        CHECK(f.said()[i].find("Jan") == std::string::npos);
}

TEST_CASE("a touch stops speech, except on the speech bar's pause, repeat and volume buttons") {
    Fixture f;
    ui::SemanticTree tree = welcome();
    auto pause = node(Role::button, "speech.pause", "Pauze", 800, true);
    tree.add(pause);
    f.narrator.touched(tree, 150, 820); // on "Pauze": the sentence must wait where it is
    CHECK(f.speaker.stops() == 0);
    f.narrator.touched(tree, 150, 520); // on "Beginnen"
    CHECK(f.speaker.stops() == 1);
    f.narrator.touched(tree, 1500, 20); // on nothing at all
    CHECK(f.speaker.stops() == 2);
}
