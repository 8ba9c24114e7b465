#pragma once
// What the kiosk says aloud while speech is on: each new screen (its heading and instruction, then its
// choices), the item a touch-to-hear tap asks for, and the core's cues (the hint on Welcome, repeat,
// a new volume). It stops talking at every new touch. Codes are never said, the resident's own data
// only into a headset (ui/speech_script.hpp). Used by the windowed loop and the headless player alike.
#include "devices/speech/speaker.hpp"
#include "kiosk/core/state.hpp"
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/services/backends.hpp"
#include "ui/semantic_tree.hpp"
#include "ui/text.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::app {

class Narrator final : public services::SpeechCues {
public:
    // `outbox` takes the speech self-test's report (maintenance); null where nobody asks for one.
    Narrator(devices::Speaker& speaker, const ui::Texts& texts, plumbing::Outbox* outbox = nullptr);

    void cue(core::SpeechCue cue) override; // said with the next frame, when the screen is known
    // After every drawn frame. `heard`: the id of the item a touch-to-hear tap asked for, if any.
    void frame_drawn(const core::State& state, const ui::SemanticTree& tree, const std::string& heard);
    // New input: speech stops, unless the finger is on one of the speech bar's own controls (pause
    // must hold the sentence where it is; repeat and volume say something of their own).
    void touched(const ui::SemanticTree& tree, float x, float y);

private:
    void say(const core::State& state, std::vector<std::string> lines);
    std::string voice(const std::string& language) const;

    devices::Speaker& speaker_;
    const ui::Texts& texts_;
    plumbing::Outbox* outbox_;
    std::vector<core::SpeechCue> cues_;
    std::optional<std::uint64_t> screen_; // the identity of the screen last read
    bool paused_ = false;
    bool personal_ = false; // personal data was being read aloud (into a headset)
};

// espeak-ng's volume (0-200) for the resident's level (speech_volume_min to speech_volume_max).
int espeak_volume(int level);

} // namespace kiosk::app
