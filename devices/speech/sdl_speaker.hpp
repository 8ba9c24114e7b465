#pragma once
// Speech through the sound device: espeak-ng synthesises on the speaker's own thread and hands the
// audio to SDL's queue piece by piece, so the first word sounds while the rest is still being made.
// The device is open only while there is something to say (and a little after): an open device keeps
// SDL's audio thread turning, and an idle kiosk should use no CPU at all.
// Without a sound device (or espeak-ng's data) the speaker says nothing and reports !working().
#include "devices/speech/speaker.hpp"

#include <SDL.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

namespace devices {

class EspeakSynth;

class SdlSpeaker final : public Speaker {
public:
    SdlSpeaker() = default; // silent until start()
    ~SdlSpeaker() override;
    // Loads espeak-ng and finds the sound device: about 200 ms, so the windowed kiosk calls it after
    // its first frame, not before. Once.
    void start();
    SdlSpeaker(const SdlSpeaker&) = delete;
    SdlSpeaker& operator=(const SdlSpeaker&) = delete;

    void say(Utterance utterance) override;
    void stop() override;
    void pause(bool paused) override;
    bool working() const override { return working_; }

    // When the last say() put its first audio into the sound device's queue (the benchmark's figure).
    std::optional<std::chrono::steady_clock::time_point> sounded_at() const;
    // Audio handed to the sound device and not yet played, in samples (tests wait on it).
    std::size_t queued_samples() const;

private:
    void run(std::stop_token stop);
    void speak(Utterance& utterance, unsigned generation);
    bool queue(const std::int16_t* samples, std::size_t count, unsigned generation);
    SDL_AudioDeviceID open_device() const; // without mutex_ held: opening can take a while
    void cut_off();                        // with mutex_ held: what is said and queued stops

    std::shared_ptr<EspeakSynth> synth_;
    bool working_ = false;
    bool paused_ = false;
    SDL_AudioDeviceID device_ = 0; // open while speaking; guarded by mutex_, opened and closed outside it
    mutable std::mutex mutex_;
    std::condition_variable_any wake_;
    std::optional<Utterance> pending_; // only the newest utterance counts
    std::atomic<unsigned> generation_{0};
    std::optional<std::chrono::steady_clock::time_point> sounded_at_;
    std::jthread thread_;
};

} // namespace devices
