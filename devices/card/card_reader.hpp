#pragma once
// The kiosk's card reader, for staff badges. The reader reports what it sees to a listener on the
// reader's own thread: a card's identifier (its UID through the PC/SC "get UID" command, or its ATR when
// it has none), the card leaving, and the reader itself going away or coming back. The identifier may
// belong to a resident's bank or library card: the listener must neither keep nor log it.
#include "kiosk/core/secure_memory.hpp"

#include <optional>

namespace devices {

struct CardSeen {
    int slot = 0;          // which reader; a removal names the same slot
    kiosk::core::Bytes id; // zeroed when freed
    bool is_uid = true;    // false: the card gave no UID and this is its ATR
};

class CardListener {
public:
    virtual ~CardListener() = default;
    virtual void card_inserted(const CardSeen& card) = 0;
    virtual void card_removed(int slot) = 0;
    virtual void reader_changed(bool working) = 0; // a reader is there and pcscd answers
};

class CardReader {
public:
    virtual ~CardReader() = default;
    virtual bool working() const = 0;
};

} // namespace devices
