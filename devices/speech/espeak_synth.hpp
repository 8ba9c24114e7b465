#pragma once
// espeak-ng, the kiosk's synthesiser. espeak-ng keeps one global state per process, so there is one
// EspeakSynth, shared, and speak() lets one caller in at a time.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace devices {

class EspeakSynth {
public:
    // The process's synthesiser, started on first use and stopped with its last user. Throws
    // std::runtime_error when espeak-ng or its data cannot be loaded.
    static std::shared_ptr<EspeakSynth> shared();
    ~EspeakSynth();
    EspeakSynth(const EspeakSynth&) = delete;
    EspeakSynth& operator=(const EspeakSynth&) = delete;

    int sample_rate() const { return sample_rate_; }

    // Receives mono 16-bit samples as espeak-ng makes them; returning false stops the synthesis.
    using AudioSink = std::function<bool(std::span<const std::int16_t>)>;
    // Says `text` in `voice` at `volume` (0-200), without any BSN in it (speech_guard.hpp). Returns
    // false when the voice does not exist or the sink stopped it. `words`, when given, gets each word
    // espeak-ng spoke, in order (for tests).
    bool speak(const std::string& text, const std::string& voice, int volume, const AudioSink& sink,
               std::vector<std::string>* words = nullptr);
    // How espeak-ng would pronounce `text` (its ASCII phoneme notation), for tests.
    std::string phonemes(const std::string& text, const std::string& voice);
    // The language the voice now in use speaks ("nl", "ar", ...).
    std::string current_language() const;

private:
    EspeakSynth();
    int sample_rate_ = 0;
};

} // namespace devices
