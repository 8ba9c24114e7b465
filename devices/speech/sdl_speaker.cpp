#include "devices/speech/sdl_speaker.hpp"

#include "devices/speech/espeak_synth.hpp"
#include "kiosk/core/secret.hpp"
#include "kiosk/util/log.hpp"

#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

namespace devices {
namespace {

constexpr int pause_between_phrases_ms = 300;
constexpr Uint16 device_buffer_samples = 1024; // about 46 ms at 22 kHz: short, so speech starts quickly
constexpr auto close_after_silence = std::chrono::seconds(3);
constexpr auto drain_check = std::chrono::milliseconds(250);

// Two soft rising tones: "the kiosk can talk". Made here rather than shipped as a sound file.
std::vector<std::int16_t> chime_samples(int rate, int volume) {
    std::vector<std::int16_t> out;
    const double amplitude = 6000.0 * volume / 100.0;
    for (double frequency : {660.0, 880.0}) {
        const int n = rate * 150 / 1000;
        for (int i = 0; i < n; ++i) {
            double envelope = std::sin(std::numbers::pi * i / n); // no clicks at either end
            out.push_back(static_cast<std::int16_t>(amplitude * envelope *
                                                    std::sin(2 * std::numbers::pi * frequency * i / rate)));
        }
    }
    return out;
}

void wipe(std::optional<Utterance>& utterance) {
    if (!utterance) return;
    for (auto& phrase : utterance->phrases)
        kiosk::core::wipe(phrase.text);
    utterance.reset();
}

} // namespace

void SdlSpeaker::start() {
    if (synth_) return;
    try {
        synth_ = EspeakSynth::shared();
    } catch (const std::exception& e) {
        kiosk::log::warning(std::string("speech: ") + e.what() + "; the kiosk goes on without speech");
        return;
    }
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        kiosk::log::warning(std::string("speech: no sound (") + SDL_GetError() +
                            "); the kiosk goes on without speech");
        return;
    }
    // Is there a device at all? It is opened again when there is something to say.
    if (SDL_AudioDeviceID probe = open_device(); probe != 0) {
        working_ = true;
        SDL_CloseAudioDevice(probe);
    }
    if (!working_) {
        kiosk::log::warning(std::string("speech: cannot open the sound device (") + SDL_GetError() +
                            "); the kiosk goes on without speech");
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return;
    }
    thread_ = std::jthread([this](std::stop_token stop) { run(stop); });
    kiosk::log::info("speech: ready");
}

SdlSpeaker::~SdlSpeaker() {
    if (!working_) return;
    ++generation_; // a synthesis under way stops at its next piece
    thread_.request_stop();
    wake_.notify_all();
    thread_.join();
    if (device_ != 0) SDL_CloseAudioDevice(device_); // the thread is gone: nobody else touches it
    device_ = 0;
    wipe(pending_);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

SDL_AudioDeviceID SdlSpeaker::open_device() const {
    SDL_AudioSpec want{};
    want.freq = synth_->sample_rate();
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = device_buffer_samples;
    return SDL_OpenAudioDevice(nullptr, 0, &want, nullptr, 0); // SDL converts if the device differs
}

void SdlSpeaker::cut_off() {
    ++generation_; // a synthesis under way stops at its next piece
    if (device_ != 0) SDL_ClearQueuedAudio(device_);
    wipe(pending_);
}

void SdlSpeaker::say(Utterance utterance) {
    if (!working_) return;
    {
        std::lock_guard lock(mutex_);
        cut_off();
        pending_ = std::move(utterance);
        sounded_at_.reset();
    }
    wake_.notify_all();
}

void SdlSpeaker::stop() {
    if (!working_) return;
    std::lock_guard lock(mutex_);
    cut_off();
}

void SdlSpeaker::pause(bool paused) {
    std::lock_guard lock(mutex_);
    paused_ = paused;
    if (device_ != 0) SDL_PauseAudioDevice(device_, paused ? 1 : 0);
}

std::optional<std::chrono::steady_clock::time_point> SdlSpeaker::sounded_at() const {
    std::lock_guard lock(mutex_);
    return sounded_at_;
}

std::size_t SdlSpeaker::queued_samples() const {
    std::lock_guard lock(mutex_);
    return device_ == 0 ? 0 : SDL_GetQueuedAudioSize(device_) / sizeof(std::int16_t);
}

void SdlSpeaker::run(std::stop_token stop) {
    auto silent_since = std::chrono::steady_clock::now();
    while (!stop.stop_requested()) {
        std::optional<Utterance> next;
        unsigned generation = 0;
        SDL_AudioDeviceID to_close = 0;
        bool to_open = false;
        {
            std::unique_lock lock(mutex_);
            if (device_ == 0) {
                wake_.wait(lock, stop, [&] { return pending_.has_value(); });
            } else {
                // Speaking: look now and then whether the queue has run dry, to close the device.
                wake_.wait_for(lock, stop, drain_check, [&] { return pending_.has_value(); });
                auto now = std::chrono::steady_clock::now();
                if (paused_ || SDL_GetQueuedAudioSize(device_) > 0) silent_since = now;
                if (!pending_ && now - silent_since > close_after_silence)
                    to_close = std::exchange(device_, 0);
            }
            if (pending_ && !stop.stop_requested()) {
                next = std::move(pending_);
                pending_.reset();
                generation = generation_;
                to_open = device_ == 0;
            }
        }
        // Opening and closing take a while with PulseAudio: never under the lock the main thread
        // takes on every touch.
        if (to_close != 0) SDL_CloseAudioDevice(to_close);
        if (!next) continue;
        if (to_open) {
            SDL_AudioDeviceID opened = open_device();
            if (opened == 0) {
                kiosk::log::warning(std::string("speech: the sound device is gone (") + SDL_GetError() + ")");
                wipe(next);
                continue;
            }
            std::lock_guard lock(mutex_);
            device_ = opened;
            SDL_PauseAudioDevice(device_, paused_ ? 1 : 0);
        }
        speak(*next, generation);
        wipe(next);
        silent_since = std::chrono::steady_clock::now();
    }
}

bool SdlSpeaker::queue(const std::int16_t* samples, std::size_t count, unsigned generation) {
    std::lock_guard lock(mutex_); // say() clears the queue under the same lock: no stale piece slips in
    if (generation != generation_ || device_ == 0 || thread_.get_stop_token().stop_requested()) return false;
    SDL_QueueAudio(device_, samples, static_cast<Uint32>(count * sizeof(std::int16_t)));
    if (!sounded_at_) sounded_at_ = std::chrono::steady_clock::now();
    return true;
}

void SdlSpeaker::speak(Utterance& utterance, unsigned generation) {
    const int rate = synth_->sample_rate();
    if (utterance.chime_first) {
        auto chime = chime_samples(rate, utterance.volume);
        std::vector<std::int16_t> silence(static_cast<std::size_t>(rate / 5));
        if (!queue(chime.data(), chime.size(), generation) ||
            !queue(silence.data(), silence.size(), generation))
            return;
    }
    const std::vector<std::int16_t> pause(static_cast<std::size_t>(rate * pause_between_phrases_ms / 1000));
    bool first = true;
    for (const auto& phrase : utterance.phrases) {
        if (!first && !queue(pause.data(), pause.size(), generation)) return;
        first = false;
        bool spoken = synth_->speak(phrase.text, phrase.voice, utterance.volume,
                                    [&](std::span<const std::int16_t> audio) {
                                        return queue(audio.data(), audio.size(), generation);
                                    });
        if (!spoken && generation != generation_) return;
    }
}

} // namespace devices
