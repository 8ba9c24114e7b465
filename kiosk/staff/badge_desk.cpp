#include "kiosk/staff/badge_desk.hpp"

#include "kiosk/util/log.hpp"

namespace kiosk::staff {

BadgeDesk::BadgeDesk(plumbing::Outbox& outbox, StaffSettings settings)
    : outbox_(outbox), settings_(std::move(settings)) {}

void BadgeDesk::card_inserted(const devices::CardSeen& card) {
    const Badge* badge = find_badge(settings_.badges, badge_hash(card, settings_.salt));
    if (!badge) return; // not ours to know about
    {
        std::lock_guard lock(mutex_);
        badge_slots_.insert(card.slot);
    }
    log::info(std::string("staff badge: ") + role_name(badge->role));
    outbox_.post(core::BadgePresented{badge->role, badge->name});
}

void BadgeDesk::card_removed(int slot) {
    {
        std::lock_guard lock(mutex_);
        if (badge_slots_.erase(slot) == 0) return;
    }
    log::info("staff badge removed");
    outbox_.post(core::BadgeRemoved{});
}

void BadgeDesk::reader_changed(bool working) {
    outbox_.post(core::CardReaderChanged{working});
}

} // namespace kiosk::staff
