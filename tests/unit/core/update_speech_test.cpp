// Speech in the pure core: switching it on, pause and repeat, the volume and its reset after a visit,
// the headset rule for personal data, and the spoken hint on an untouched Welcome.
#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

namespace {
bool says(const Effects& effects, SpeechCue cue) {
    return contains(effects, Say{cue});
}
} // namespace

TEST_CASE("the footer's button switches speech on with touch-to-hear, and off again") {
    State s = started_state();
    auto effects = update(s, SpeechToggled{});
    CHECK(s.settings.speech.on);
    CHECK(s.settings.speech.touch_to_hear);
    CHECK(says(effects, SpeechCue::switched_on));
    update(s, TouchToHearToggled{}); // a sighted resident who only wants to listen
    CHECK_FALSE(s.settings.speech.touch_to_hear);
    effects = update(s, SpeechToggled{});
    CHECK_FALSE(s.settings.speech.on);
    CHECK(effects.empty());
}

TEST_CASE("pause holds until the resident goes on, hears an item, or the screen changes") {
    State s = started_state();
    update(s, SpeechToggled{});
    update(s, SpeechPauseToggled{});
    CHECK(s.speech_paused);
    update(s, SpeechPauseToggled{});
    CHECK_FALSE(s.speech_paused);

    update(s, SpeechPauseToggled{});
    update(s, ItemHeard{});
    CHECK_FALSE(s.speech_paused);

    update(s, SpeechPauseToggled{});
    update(s, BeginPressed{});
    CHECK(s.screen == Screen::start);
    CHECK_FALSE(s.speech_paused);

    update(s, SpeechPauseToggled{});
    auto effects = update(s, SpeechRepeatPressed{});
    CHECK_FALSE(s.speech_paused);
    CHECK(says(effects, SpeechCue::repeat));
}

TEST_CASE("speech off: nothing to pause and nothing to repeat") {
    State s = started_state();
    update(s, SpeechPauseToggled{});
    CHECK_FALSE(s.speech_paused);
    CHECK(update(s, SpeechRepeatPressed{}).empty());
}

TEST_CASE("the volume stays within its steps and is back to the default for the next resident") {
    State s = signed_in_state();
    update(s, SpeechToggled{});
    const int start = s.settings.speech.volume;
    for (int i = 0; i < 10; ++i)
        update(s, SpeechVolumeChanged{+1});
    CHECK(s.settings.speech.volume == speech_volume_max);
    auto effects = update(s, SpeechVolumeChanged{-1});
    CHECK(s.settings.speech.volume == speech_volume_max - 1);
    CHECK(says(effects, SpeechCue::volume));
    for (int i = 0; i < 10; ++i)
        update(s, SpeechVolumeChanged{-1});
    CHECK(s.settings.speech.volume == speech_volume_min);

    update(s, StopPressed{});
    update(s, DonePressed{});
    CHECK(s.screen == Screen::welcome);
    CHECK(s.settings.speech.volume == start);
    CHECK_FALSE(s.settings.speech.on);
}

TEST_CASE("personal data is read aloud only by choice and only while a headset is in") {
    State s = signed_in_state();
    update(s, SpeechToggled{});
    update(s, PersonalAloudToggled{}); // no headset: the choice does not take
    CHECK_FALSE(s.settings.speech.personal_aloud);
    CHECK_FALSE(personal_aloud(s));

    update(s, HeadsetChanged{true});
    CHECK_FALSE(personal_aloud(s)); // a headset alone is not a choice
    update(s, PersonalAloudToggled{});
    CHECK(personal_aloud(s));

    update(s, HeadsetChanged{false}); // pulled: the loudspeaker must not go on reading
    CHECK_FALSE(s.settings.speech.personal_aloud);
    CHECK_FALSE(personal_aloud(s));
    update(s, HeadsetChanged{true});
    CHECK_FALSE(personal_aloud(s)); // plugged in again: asked again

    update(s, PersonalAloudToggled{});
    update(s, SpeechToggled{}); // speech off: nothing is read at all
    CHECK_FALSE(personal_aloud(s));
}

TEST_CASE("an untouched Welcome says how to switch speech on, once, and again after a touch") {
    State s;
    s.policy.speech_hint_after = seconds(5);
    update(s, KioskStarted{t0});
    REQUIRE(s.speech_hint_at);
    REQUIRE(next_deadline(s));
    CHECK(*next_deadline(s) <= t0 + seconds(5)); // the loop wakes for it
    CHECK_FALSE(says(update(s, ClockTicked{t0 + seconds(4)}), SpeechCue::welcome_hint));
    CHECK(says(update(s, ClockTicked{t0 + seconds(5)}), SpeechCue::welcome_hint));
    CHECK_FALSE(says(update(s, ClockTicked{t0 + seconds(60)}), SpeechCue::welcome_hint)); // once

    update(s, ScreenTouched{t0 + seconds(61)}); // someone feels around on the screen
    CHECK_FALSE(says(update(s, ClockTicked{t0 + seconds(65)}), SpeechCue::welcome_hint));
    CHECK(says(update(s, ClockTicked{t0 + seconds(66)}), SpeechCue::welcome_hint));
}

TEST_CASE("no hint once speech is on or the resident has moved on") {
    State s;
    update(s, KioskStarted{t0});
    update(s, SpeechToggled{});
    CHECK_FALSE(s.speech_hint_at);
    CHECK_FALSE(says(update(s, ClockTicked{t0 + seconds(30)}), SpeechCue::welcome_hint));

    State t;
    update(t, KioskStarted{t0});
    update(t, BeginPressed{});
    CHECK_FALSE(t.speech_hint_at);
    CHECK_FALSE(says(update(t, ClockTicked{t0 + seconds(30)}), SpeechCue::welcome_hint));
    update(t, BackPressed{}); // Welcome again: armed again
    CHECK(t.speech_hint_at);
}

TEST_CASE(
    "Welcome starts waiting again when the volunteer's pages close, but not when speech is switched off") {
    State s;
    s.badge = StaffRole::volunteer;
    s.staff_page = StaffPage::tools;
    update(s, KioskStarted{t0});
    CHECK_FALSE(s.speech_hint_at); // the volunteer is there
    update(s, StaffPagesClosed{});
    REQUIRE_FALSE(s.staff_page);
    CHECK(s.speech_hint_at);

    State t;
    update(t, KioskStarted{t0});
    update(t, SpeechToggled{});
    update(t, SpeechToggled{}); // the resident chose: no hint follows
    CHECK_FALSE(t.speech_hint_at);
    CHECK_FALSE(says(update(t, ClockTicked{t0 + seconds(30)}), SpeechCue::welcome_hint));
}
