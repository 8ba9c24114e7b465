// "Voorlezen": the resident's speech settings, the pause, the headset, and the spoken hint on Welcome
// that tells a blind passer-by where speech is switched on.
#include "kiosk/core/update_parts.hpp"

#include <algorithm>

namespace kiosk::core {

bool personal_aloud(const State& s) {
    return s.settings.speech.on && s.settings.speech.personal_aloud && s.headset;
}

bool update_speech(State& s, const Event& e, Effects& out) {
    auto& speech = s.settings.speech;
    if (std::holds_alternative<SpeechToggled>(e)) {
        speech.on = !speech.on;
        s.speech_paused = false;
        if (speech.on) {
            // Switched on without sight: touch-to-hear is the way to find anything else on screen.
            speech.touch_to_hear = true;
            out.push_back(Say{SpeechCue::switched_on});
        }
        return true;
    }
    if (std::holds_alternative<SpeechRepeatPressed>(e)) {
        s.speech_paused = false;
        if (speech.on) out.push_back(Say{SpeechCue::repeat});
        return true;
    }
    if (std::holds_alternative<SpeechPauseToggled>(e)) {
        s.speech_paused = speech.on && !s.speech_paused;
        return true;
    }
    if (auto* volume = std::get_if<SpeechVolumeChanged>(&e)) {
        speech.volume = std::clamp(speech.volume + volume->step, speech_volume_min, speech_volume_max);
        s.speech_paused = false;
        if (speech.on) out.push_back(Say{SpeechCue::volume});
        return true;
    }
    if (std::holds_alternative<TouchToHearToggled>(e)) {
        speech.touch_to_hear = !speech.touch_to_hear;
        return true;
    }
    if (std::holds_alternative<PersonalAloudToggled>(e)) {
        // Only with a headset in: the loudspeaker is heard by everyone near the kiosk.
        speech.personal_aloud = s.headset && !speech.personal_aloud;
        return true;
    }
    if (std::holds_alternative<ItemHeard>(e)) {
        s.speech_paused = false;
        return true;
    }
    if (auto* headset = std::get_if<HeadsetChanged>(&e)) {
        s.headset = headset->plugged;
        if (!s.headset) speech.personal_aloud = false; // a pulled plug never leaves the loudspeaker reading
        return true;
    }
    return false;
}

bool waiting_for_speech(const State& s) {
    return s.screen == Screen::welcome && !s.settings.speech.on && !s.staff_page;
}

void settle_speech(State& s, const Before& before, const Event& e, Effects& out) {
    if (s.screen != before.screen) s.speech_paused = false;
    const bool waiting = waiting_for_speech(s);
    if (!waiting) {
        s.speech_hint_at.reset();
        return;
    }
    // Armed when Welcome starts waiting (it appears, the volunteer's pages close; not when the
    // resident has just switched speech off) and again by every touch; said once, then it waits for
    // a touch.
    const bool arrived = (!before.waiting_for_speech && !std::holds_alternative<SpeechToggled>(e)) ||
                         std::holds_alternative<KioskStarted>(e);
    if (arrived || std::holds_alternative<ScreenTouched>(e)) {
        s.speech_hint_at = s.now + s.policy.speech_hint_after;
        return;
    }
    if (s.speech_hint_at && s.now >= *s.speech_hint_at) {
        s.speech_hint_at.reset();
        out.push_back(Say{SpeechCue::welcome_hint});
    }
}

} // namespace kiosk::core
