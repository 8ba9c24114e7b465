#include "kiosk/app/narrator.hpp"

#include "ui/speech_script.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace kiosk::app {

using ui::operator""_tk;

int espeak_volume(int level) {
    constexpr std::array volumes{40, 70, 100, 140, 180};
    auto index =
        std::clamp(level, core::speech_volume_min, core::speech_volume_max) - core::speech_volume_min;
    return volumes[static_cast<std::size_t>(index)];
}

Narrator::Narrator(devices::Speaker& speaker, const ui::Texts& texts, plumbing::Outbox* outbox)
    : speaker_(speaker), texts_(texts), outbox_(outbox) {}

void Narrator::cue(core::SpeechCue cue) {
    cues_.push_back(cue);
}

void Narrator::touched(const ui::SemanticTree& tree, float x, float y) {
    for (const auto& node : tree.nodes())
        if (node.tappable && ui::speech_control(node.id) && node.visible.contains(x, y)) return;
    speaker_.stop();
}

std::string Narrator::voice(const std::string& language) const {
    const auto* found = texts_.language(language);
    if (found && !found->speech_voice.empty()) return found->speech_voice;
    return "nl";
}

void Narrator::say(const core::State& state, std::vector<std::string> lines) {
    devices::Utterance utterance{.volume = espeak_volume(state.settings.speech.volume)};
    auto spoken_in = voice(state.settings.language);
    for (auto& line : lines) {
        utterance.phrases.push_back({spoken_in, line});
        core::wipe(line); // the speaker wipes its copy once it is said
    }
    speaker_.say(std::move(utterance));
}

void Narrator::frame_drawn(const core::State& state, const ui::SemanticTree& tree, const std::string& heard) {
    const auto& speech = state.settings.speech;
    auto cues = std::exchange(cues_, {});
    auto cued = [&](core::SpeechCue cue) { return std::find(cues.begin(), cues.end(), cue) != cues.end(); };
    // The speaker is paused only while speech is on and the resident paused it: never left paused
    // for the hint, the self-test or the next resident.
    if (const bool pause = speech.on && state.speech_paused; pause != paused_) {
        paused_ = pause;
        speaker_.pause(paused_);
    }
    if (cued(core::SpeechCue::self_test)) { // whether speech is on or not: the technician listens
        say(state, {texts_.get(state.settings.language, "speech.self_test"_tk)});
        if (outbox_)
            outbox_->post(core::SelfTestReported{
                {"speech", speaker_.working() ? core::TestOutcome::passed : core::TestOutcome::failed,
                 speaker_.working() ? std::string() : std::string("no_sound")}});
    }
    if (!speech.on) {
        if (screen_) speaker_.stop(); // just switched off
        screen_.reset();
        personal_ = false;
        if (cued(core::SpeechCue::welcome_hint)) {
            // In the kiosk's language and in English: whoever stands there may read neither.
            devices::Utterance hint{.volume = espeak_volume(speech.volume), .chime_first = true};
            hint.phrases.push_back(
                {voice(state.settings.language), texts_.get(state.settings.language, "speech.hint"_tk)});
            if (state.settings.language != "en" && texts_.language("en"))
                hint.phrases.push_back({voice("en"), texts_.get("en", "speech.hint"_tk)});
            speaker_.say(std::move(hint));
        }
        return;
    }
    const auto& language = state.settings.language;
    // Looked up only when something is said: this runs after every frame.
    auto words = [&] {
        return ui::SpeechWords{texts_.get(language, "speech.on"_tk), texts_.get(language, "speech.off"_tk),
                               texts_.get(language, "speech.unavailable"_tk),
                               texts_.get(language, "speech.personal_hidden"_tk)};
    };
    const bool personal = core::personal_aloud(state);
    // The headset pulled out, or "Mijn gegevens" switched off: what is still queued for the headset
    // must not go on through the loudspeaker. The screen is read again without it.
    const bool personal_ended = personal_ && !personal;
    personal_ = personal;
    if (personal_ended) speaker_.stop();
    const auto identity = ui::screen_identity(tree);

    if (!heard.empty()) { // touch-to-hear: only the item
        screen_ = identity;
        if (const auto* node = tree.find_tappable_id(heard))
            say(state, {ui::item_script(*node, personal, words())});
        return;
    }
    std::vector<std::string> lines;
    if (cued(core::SpeechCue::volume)) lines.push_back(texts_.get(language, "speech.volume"_tk));
    if (cued(core::SpeechCue::switched_on)) lines.push_back(texts_.get(language, "speech.switched_on"_tk));
    bool read_screen = identity != screen_ || personal_ended || cued(core::SpeechCue::switched_on) ||
                       cued(core::SpeechCue::repeat);
    screen_ = identity;
    if (read_screen)
        for (auto& line : ui::screen_script(tree, personal, words()))
            lines.push_back(std::move(line));
    if (!lines.empty()) say(state, std::move(lines));
}

} // namespace kiosk::app
