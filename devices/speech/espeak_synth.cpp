#include "devices/speech/espeak_synth.hpp"

#include "devices/speech/speech_guard.hpp"
#include "kiosk/core/secret.hpp"

#include <espeak-ng/speak_lib.h>

#include <mutex>

namespace devices {
namespace {

constexpr int chunk_ms = 40;          // espeak-ng hands over audio in pieces this long: a quick start
constexpr int words_per_minute = 150; // espeak-ng's default is 175: too quick for a first listen
std::mutex engine;                    // espeak-ng's global state: one synthesis at a time

struct Job {
    const EspeakSynth::AudioSink* sink;
    const std::string* text;
    std::vector<std::string>* words;
    std::vector<std::size_t> byte_of_char; // espeak-ng counts characters; callers think in bytes
    bool stopped = false;
};

// Byte offset of every UTF-8 character in `text`, plus one past the end.
std::vector<std::size_t> character_offsets(const std::string& text) {
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
    offsets.push_back(text.size());
    return offsets;
}

int on_synth(short* wav, int samples, espeak_EVENT* events) {
    // Every call's event list, even an empty one (just its terminator), carries the synthesis's job.
    Job* job = events ? static_cast<Job*>(events->user_data) : nullptr;
    for (auto* e = events; job && e->type != espeakEVENT_LIST_TERMINATED; ++e) {
        if (!job->words || e->type != espeakEVENT_WORD || e->length <= 0) continue;
        // Positions are 1-based characters.
        if (e->text_position < 1) continue;
        auto first = static_cast<std::size_t>(e->text_position - 1);
        auto last = first + static_cast<std::size_t>(e->length);
        const auto& at = job->byte_of_char;
        if (first < at.size() && last < at.size())
            job->words->push_back(job->text->substr(at[first], at[last] - at[first]));
    }
    if (!job) return 0;
    if (wav && samples > 0 &&
        !(*job->sink)(std::span<const std::int16_t>(wav, static_cast<std::size_t>(samples))))
        job->stopped = true;
    return job->stopped ? 1 : 0; // 1: abort the synthesis
}

} // namespace

std::shared_ptr<EspeakSynth> EspeakSynth::shared() {
    static std::mutex guard;
    static std::weak_ptr<EspeakSynth> current;
    std::lock_guard lock(guard);
    auto synth = current.lock();
    if (!synth) {
        synth.reset(new EspeakSynth()); // private constructor: no make_shared
        current = synth;
    }
    return synth;
}

EspeakSynth::EspeakSynth() {
    std::lock_guard lock(engine);
    // DONT_EXIT: without it espeak-ng ends the process when its data is missing.
    sample_rate_ = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, chunk_ms, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (sample_rate_ <= 0) throw std::runtime_error("espeak-ng cannot start (is espeak-ng-data installed?)");
    espeak_SetSynthCallback(on_synth);
    espeak_SetParameter(espeakRATE, words_per_minute, 0);
}

EspeakSynth::~EspeakSynth() {
    std::lock_guard lock(engine);
    espeak_Terminate();
}

bool EspeakSynth::speak(const std::string& text, const std::string& voice, int volume, const AudioSink& sink,
                        std::vector<std::string>* words) {
    std::lock_guard lock(engine);
    if (espeak_SetVoiceByName(voice.c_str()) != EE_OK) return false;
    espeak_SetParameter(espeakVOLUME, volume, 0);
    // The last gate before sound: a BSN never gets through, whatever the caller let pass.
    std::string guarded = without_bsn(text);
    Job job{&sink, &guarded, words, words ? character_offsets(guarded) : std::vector<std::size_t>{}};
    auto result = espeak_Synth(guarded.c_str(), guarded.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                               nullptr, &job);
    kiosk::core::wipe(guarded);
    return result == EE_OK && !job.stopped;
}

std::string EspeakSynth::phonemes(const std::string& text, const std::string& voice) {
    std::lock_guard lock(engine);
    if (espeak_SetVoiceByName(voice.c_str()) != EE_OK) return {};
    std::string out;
    const void* rest = text.c_str();
    while (rest) { // one clause per call
        const char* clause = espeak_TextToPhonemes(&rest, espeakCHARS_UTF8, 0);
        if (!clause) break;
        if (!out.empty()) out += ' ';
        out += clause;
    }
    return out;
}

std::string EspeakSynth::current_language() const {
    std::lock_guard lock(engine);
    const espeak_VOICE* voice = espeak_GetCurrentVoice();
    // `languages` starts with a priority byte, then the language name.
    if (!voice || !voice->languages || !voice->languages[0]) return {};
    return std::string(voice->languages + 1);
}

} // namespace devices
