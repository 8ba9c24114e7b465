#include "devices/card/card_demo.hpp"

namespace devices {

void DemoCardReader::insert(const CardSeen& card) {
    remove();
    present_ = true;
    listener_.card_inserted(card);
}

void DemoCardReader::remove() {
    if (!present_) return;
    present_ = false;
    listener_.card_removed(0);
}

} // namespace devices
