#pragma once
// The demo's card reader: a journey step or a key in the demo window puts a card on it or takes it off.
#include "devices/card/card_reader.hpp"

namespace devices {

class DemoCardReader final : public CardReader {
public:
    explicit DemoCardReader(CardListener& listener) : listener_(listener) { listener_.reader_changed(true); }
    bool working() const override { return true; }

    void insert(const CardSeen& card); // takes off a card still on it first
    void remove();

private:
    CardListener& listener_;
    bool present_ = false;
};

} // namespace devices
