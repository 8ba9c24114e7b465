#include "devices/speech/headset_jack.hpp"

#include "kiosk/util/log.hpp"

#include <alsa/asoundlib.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace devices {
namespace {

struct CtlClose {
    void operator()(snd_ctl_t* ctl) const { snd_ctl_close(ctl); }
};
using Ctl = std::unique_ptr<snd_ctl_t, CtlClose>;

// One card's control device with its headset jacks.
struct JackCard {
    Ctl ctl;
    std::string name;
    std::vector<std::unique_ptr<snd_ctl_elem_id_t, decltype(&snd_ctl_elem_id_free)>> jacks;
};

JackCard open_card(const std::string& name) {
    JackCard card{nullptr, name, {}};
    snd_ctl_t* ctl = nullptr;
    if (snd_ctl_open(&ctl, name.c_str(), SND_CTL_NONBLOCK) < 0) return card;
    card.ctl.reset(ctl);
    snd_ctl_elem_list_t* list = nullptr;
    if (snd_ctl_elem_list_malloc(&list) < 0) return card;
    std::unique_ptr<snd_ctl_elem_list_t, decltype(&snd_ctl_elem_list_free)> owned(list,
                                                                                  snd_ctl_elem_list_free);
    if (snd_ctl_elem_list(ctl, list) < 0) return card;
    const unsigned count = snd_ctl_elem_list_get_count(list);
    if (snd_ctl_elem_list_alloc_space(list, count) < 0) return card;
    if (snd_ctl_elem_list(ctl, list) < 0) {
        snd_ctl_elem_list_free_space(list);
        return card;
    }
    // Subscribed before the first read: a plug between the read and the subscription is not missed.
    if (snd_ctl_subscribe_events(ctl, 1) < 0) return card;
    for (unsigned i = 0; i < snd_ctl_elem_list_get_used(list); ++i) {
        if (snd_ctl_elem_list_get_interface(list, i) != SND_CTL_ELEM_IFACE_CARD) continue;
        if (!is_headset_jack(snd_ctl_elem_list_get_name(list, i))) continue;
        snd_ctl_elem_id_t* id = nullptr;
        if (snd_ctl_elem_id_malloc(&id) < 0) break;
        snd_ctl_elem_list_get_id(list, i, id);
        card.jacks.emplace_back(id, snd_ctl_elem_id_free);
    }
    snd_ctl_elem_list_free_space(list);
    return card;
}

// The configured control, or the first sound card that has a headset jack.
JackCard find_card(const std::string& control) {
    if (!control.empty()) return open_card(control);
    for (int index = -1; snd_card_next(&index) >= 0 && index >= 0;) {
        auto card = open_card("hw:" + std::to_string(index));
        if (!card.jacks.empty()) return card;
    }
    return {};
}

// Plugged when any headset jack says so; nullopt when the card cannot be read (it went away).
std::optional<bool> read_plugged(const JackCard& card) {
    snd_ctl_elem_value_t* value = nullptr;
    if (snd_ctl_elem_value_malloc(&value) < 0) return std::nullopt;
    std::unique_ptr<snd_ctl_elem_value_t, decltype(&snd_ctl_elem_value_free)> owned(value,
                                                                                    snd_ctl_elem_value_free);
    bool plugged = false;
    for (const auto& jack : card.jacks) {
        snd_ctl_elem_value_set_id(value, jack.get());
        if (snd_ctl_elem_read(card.ctl.get(), value) < 0) return std::nullopt;
        plugged = plugged || snd_ctl_elem_value_get_boolean(value, 0);
    }
    return plugged;
}

// Reads every event waiting; true when one of them changed a value (a jack or anything else: the jacks
// are read again either way, which is cheap).
bool drain_events(snd_ctl_t* ctl) {
    snd_ctl_event_t* event = nullptr;
    if (snd_ctl_event_malloc(&event) < 0) return true;
    std::unique_ptr<snd_ctl_event_t, decltype(&snd_ctl_event_free)> owned(event, snd_ctl_event_free);
    bool changed = false;
    while (snd_ctl_read(ctl, event) > 0)
        if (snd_ctl_event_get_type(event) == SND_CTL_EVENT_ELEM &&
            (snd_ctl_event_elem_get_mask(event) & SND_CTL_EVENT_MASK_VALUE))
            changed = true;
    return changed;
}

// Follows the card's jack, reporting each reading, until the card stops answering (false) or the stop
// descriptor is signalled (true).
bool follow_jack(const JackCard& card, int stop_fd, std::chrono::milliseconds recheck,
                 const std::function<void(bool)>& report) {
    snd_ctl_t* ctl = card.ctl.get();
    const int count = snd_ctl_poll_descriptors_count(ctl);
    std::vector<pollfd> fds(static_cast<std::size_t>(std::max(count, 0)) + 1);
    fds[0] = {stop_fd, POLLIN, 0};
    snd_ctl_poll_descriptors(ctl, fds.data() + 1, static_cast<unsigned>(fds.size() - 1));
    for (;;) {
        for (auto& fd : fds)
            fd.revents = 0;
        const int ready = poll(fds.data(), fds.size(), static_cast<int>(recheck.count()));
        if (ready < 0 && errno != EINTR) return false;
        if (fds[0].revents) return true;
        if (ready > 0) {
            unsigned short revents = 0;
            snd_ctl_poll_descriptors_revents(ctl, fds.data() + 1, static_cast<unsigned>(fds.size() - 1),
                                             &revents);
            if (revents & (POLLERR | POLLHUP | POLLNVAL)) return false; // the card went away
            if (revents & POLLIN) drain_events(ctl);
        }
        const auto plugged = read_plugged(card); // after events, and on every recheck
        if (!plugged) return false;
        report(*plugged);
    }
}

} // namespace

bool is_headset_jack(const std::string& control_name) {
    const auto has = [&](const char* word) { return control_name.find(word) != std::string::npos; };
    // A "Phantom Jack" stands for an output that cannot sense a plug: it always reads "in".
    const bool jack = control_name.size() > 5 && control_name.ends_with(" Jack") && !has("Phantom");
    return jack && (has("Headphone") || has("Headset"));
}

HeadsetJack::HeadsetJack(kiosk::plumbing::Outbox& outbox, HeadsetJackSettings settings)
    : outbox_(outbox), settings_(std::move(settings)), stop_fd_(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
    if (stop_fd_ < 0) throw std::runtime_error("headset jack: no eventfd");
    try {
        thread_ = std::thread([this] { run(); });
    } catch (...) {
        close(stop_fd_);
        throw;
    }
}

HeadsetJack::~HeadsetJack() {
    const std::uint64_t one = 1;
    [[maybe_unused]] auto written = write(stop_fd_, &one, sizeof one);
    thread_.join();
    close(stop_fd_);
}

void HeadsetJack::report(bool plugged) {
    if (last_reported_ == static_cast<int>(plugged)) return;
    last_reported_ = plugged;
    outbox_.post(kiosk::core::HeadsetChanged{plugged});
}

bool HeadsetJack::wait_for_stop(std::chrono::milliseconds pause) {
    pollfd stop{stop_fd_, POLLIN, 0};
    return poll(&stop, 1, static_cast<int>(pause.count())) > 0;
}

void HeadsetJack::run() {
    bool told_missing = false;
    for (;;) {
        {
            auto card = find_card(settings_.control);
            auto plugged = card.ctl && !card.jacks.empty() ? read_plugged(card) : std::nullopt;
            if (plugged) {
                found_ = true;
                told_missing = false;
                kiosk::log::info("headset: watching the jack of " + card.name);
                report(*plugged);
                if (follow_jack(card, stop_fd_, settings_.recheck, [this](bool in) { report(in); })) return;
            } else if (!told_missing) {
                kiosk::log::info("headset: no sound card with a headphone jack control" +
                                 (settings_.control.empty() ? std::string() : " at " + settings_.control) +
                                 "; speech treats the jack as empty");
                told_missing = true;
            }
        } // the card is closed before the wait: a USB card pulled out is freed at once
        found_ = false;
        report(false); // no jack to trust: the room may hear the loudspeaker
        if (wait_for_stop(settings_.search_again)) return;
    }
}

} // namespace devices
