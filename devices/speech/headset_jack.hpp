#pragma once
// Whether a headset is plugged into the kiosk's audio jack, read from the sound card's jack controls
// (ALSA's "Headphone Jack", "Headset Mic Jack", ...). Only with a headset in may speech read the
// resident's own data aloud (kiosk/core/update_speech.cpp); without a card or a jack control the kiosk
// treats the jack as empty, which is the safe side.
//
// One thread waits in poll() on the card's control events and on a stop signal; it also reads the jack
// again every `recheck` in case a driver misses an event, and looks for a card again every
// `search_again` while none has a jack (a USB card plugged in later).
#include "kiosk/plumbing/outbox.hpp"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace devices {

struct HeadsetJackSettings {
    std::string control; // an ALSA control device such as "hw:0"; empty: every sound card is searched
    std::chrono::milliseconds recheck{2'000};
    std::chrono::milliseconds search_again{10'000};
};

class HeadsetJack {
public:
    // Posts core::HeadsetChanged to `outbox` for the first state found and for every change after it.
    HeadsetJack(kiosk::plumbing::Outbox& outbox, HeadsetJackSettings settings);
    ~HeadsetJack();
    HeadsetJack(const HeadsetJack&) = delete;
    HeadsetJack& operator=(const HeadsetJack&) = delete;

    bool found() const { return found_.load(); } // a jack control is being watched

private:
    void run();
    void report(bool plugged);
    bool wait_for_stop(std::chrono::milliseconds pause); // true: stopping

    kiosk::plumbing::Outbox& outbox_;
    HeadsetJackSettings settings_;
    int stop_fd_ = -1; // an eventfd: poll() wakes on it when the watcher is destroyed
    std::atomic<bool> found_{false};
    int last_reported_ = -1; // thread only: -1 nothing yet, else 0 or 1
    std::thread thread_;     // last: starts after everything it uses
};

// The jack controls' names that mean a headset or headphones (not a microphone or a line output).
bool is_headset_jack(const std::string& control_name);

} // namespace devices
