#pragma once
// Between the card reader and the core: a card that matches a configured badge becomes BadgePresented
// (role and name only), its removal BadgeRemoved, and the reader's state CardReaderChanged. Any other
// card (a resident's bank or library card) does nothing at all: no event, no log line, and its
// identifier is zeroed with the CardSeen that carried it.
#include "devices/card/card_reader.hpp"
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/staff/badges.hpp"

#include <mutex>
#include <set>

namespace kiosk::staff {

class BadgeDesk final : public devices::CardListener {
public:
    BadgeDesk(plumbing::Outbox& outbox, StaffSettings settings);

    void card_inserted(const devices::CardSeen& card) override;
    void card_removed(int slot) override;
    void reader_changed(bool working) override;

private:
    plumbing::Outbox& outbox_;
    const StaffSettings settings_;
    std::mutex mutex_;
    std::set<int> badge_slots_; // readers that hold a badge now
};

} // namespace kiosk::staff
