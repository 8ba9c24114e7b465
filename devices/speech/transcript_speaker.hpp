#pragma once
// The headless player's speaker: what would have been said, kept as text for a journey to check
// ("hear", "hear_not") and for the step's dump. No sound.
#include "devices/speech/speaker.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace devices {

class TranscriptSpeaker final : public Speaker {
public:
    void say(Utterance utterance) override {
        for (auto& phrase : utterance.phrases)
            lines_.push_back(std::move(phrase));
        ++utterances_;
        if (utterance.chime_first) ++chimes_;
    }
    void stop() override { ++stops_; }
    void pause(bool paused) override { paused_ = paused; }
    bool working() const override { return true; }

    const std::vector<Phrase>& lines() const { return lines_; } // everything said, in order
    std::size_t utterances() const { return utterances_; }
    std::size_t chimes() const { return chimes_; }
    std::size_t stops() const { return stops_; }
    bool paused() const { return paused_; }

private:
    std::vector<Phrase> lines_;
    std::size_t utterances_ = 0;
    std::size_t chimes_ = 0;
    std::size_t stops_ = 0;
    bool paused_ = false;
};

} // namespace devices
