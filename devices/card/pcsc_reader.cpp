#include "devices/card/pcsc_reader.hpp"

#include "kiosk/util/log.hpp"

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace devices {
namespace {

constexpr const char* plug_and_play = "\\\\?PnP?\\Notification";
// PC/SC part 3: "get data" for the UID; a contact card answers with an error status.
constexpr std::array<BYTE, 5> get_uid{0xFF, 0xCA, 0x00, 0x00, 0x00};

// Reader names from pcscd, filtered by the configured part of a name.
std::optional<std::vector<std::string>> list_readers(SCARDCONTEXT context, const std::string& wanted,
                                                     LONG& error) {
    DWORD size = 0;
    error = SCardListReaders(context, nullptr, nullptr, &size);
    if (error == SCARD_E_NO_READERS_AVAILABLE) return std::vector<std::string>{};
    if (error != SCARD_S_SUCCESS) return std::nullopt;
    std::string names(size, '\0');
    error = SCardListReaders(context, nullptr, names.data(), &size);
    if (error == SCARD_E_NO_READERS_AVAILABLE) return std::vector<std::string>{};
    if (error != SCARD_S_SUCCESS) return std::nullopt;
    std::vector<std::string> readers;
    for (std::size_t at = 0; at < names.size() && names[at] != '\0';) {
        std::string name(names.c_str() + at);
        at += name.size() + 1;
        if (wanted.empty() || name.find(wanted) != std::string::npos) readers.push_back(std::move(name));
    }
    return readers;
}

// The UID, or the ATR when the card has none; nothing when the card went before it could be read.
std::optional<CardSeen> read_card(SCARDCONTEXT context, const std::string& reader, int slot) {
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    if (SCardConnect(context, reader.c_str(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                     &card, &protocol) != SCARD_S_SUCCESS)
        return std::nullopt;
    CardSeen seen;
    seen.slot = slot;
    kiosk::core::Bytes answer(258, 0); // zeroed when freed, like everything read from a card
    DWORD length = static_cast<DWORD>(answer.size());
    const SCARD_IO_REQUEST* pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    LONG sent = SCardTransmit(card, pci, get_uid.data(), get_uid.size(), nullptr, answer.data(), &length);
    auto byte = [&](DWORD i) { return static_cast<unsigned char>(answer[i]); };
    if (sent == SCARD_S_SUCCESS && length > 2 && byte(length - 2) == 0x90 && byte(length - 1) == 0x00) {
        seen.id.assign(answer.begin(), answer.begin() + length - 2);
    } else if (sent == SCARD_S_SUCCESS && length == 2 && byte(0) != 0x90) {
        // The card itself answered with an error status: a card without a UID, its ATR identifies it.
        kiosk::core::Bytes atr(MAX_ATR_SIZE, 0);
        DWORD atr_length = static_cast<DWORD>(atr.size());
        DWORD state = 0;
        DWORD name_length = 0;
        if (SCardStatus(card, nullptr, &name_length, &state, &protocol, atr.data(), &atr_length) ==
                SCARD_S_SUCCESS &&
            atr_length > 0) {
            seen.id.assign(atr.begin(), atr.begin() + atr_length);
            seen.is_uid = false;
        }
    }
    SCardDisconnect(card, SCARD_LEAVE_CARD);
    if (seen.id.empty()) return std::nullopt; // removed mid-read, or a card that says nothing
    return seen;
}

bool service_gone(LONG error) {
    return error == SCARD_E_NO_SERVICE || error == SCARD_F_COMM_ERROR || error == SCARD_E_SERVICE_STOPPED ||
           error == SCARD_E_INVALID_HANDLE || error == SCARD_F_INTERNAL_ERROR;
}

} // namespace

PcscReader::PcscReader(CardListener& listener, PcscSettings settings)
    : listener_(listener), settings_(std::move(settings)), thread_([this] { run(); }) {}

PcscReader::~PcscReader() {
    {
        std::unique_lock lock(mutex_);
        stopping_ = true;
        wake_.notify_all();
        // pcsc-lite drops a cancel that comes before the thread has entered SCardGetStatusChange, and
        // the thread may be just about to: cancel again until it has finished.
        while (!finished_) {
            if (has_context_) SCardCancel(context_);
            wake_.wait_for(lock, std::chrono::milliseconds(50), [this] { return finished_; });
        }
    }
    thread_.join();
}

void PcscReader::set_working(bool working) {
    if (reported_ && working_ == working) return;
    reported_ = true;
    working_ = working;
    kiosk::log::info(working ? "card reader: working"
                             : "card reader: not working (no reader, or pcscd is not running)");
    listener_.reader_changed(working);
}

bool PcscReader::pause(std::chrono::milliseconds pause) {
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, pause, [this] { return stopping_.load(); });
    return !stopping_;
}

void PcscReader::run() {
    run_until_stopped();
    std::lock_guard lock(mutex_);
    finished_ = true;
    wake_.notify_all();
}

void PcscReader::run_until_stopped() {
    auto retry = settings_.first_retry;
    while (!stopping_) {
        SCARDCONTEXT context = 0;
        LONG established = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
        if (established == SCARD_S_SUCCESS) {
            {
                std::lock_guard lock(mutex_);
                context_ = context;
                has_context_ = true;
            }
            if (!stopping_) watch(context);
            {
                std::lock_guard lock(mutex_);
                has_context_ = false;
            }
            SCardReleaseContext(context);
        }
        if (stopping_) break;
        if (working_) retry = settings_.first_retry; // it worked until now: try again soon
        set_working(false);
        if (!pause(retry)) break;
        retry = std::min(retry * 2, settings_.longest_retry);
    }
}

void PcscReader::watch(long context) {
    std::vector<bool> present;  // a card on the reader, as pcscd says
    std::vector<bool> reported; // ... that was read and told to the listener
    std::vector<DWORD> counts;  // pcscd's count of card events per reader
    std::vector<std::string> readers;
    std::vector<SCARD_READERSTATE> states;
    auto card_went = [&](std::size_t i) {
        present[i] = false;
        if (reported[i]) listener_.card_removed(static_cast<int>(i));
        reported[i] = false;
    };
    auto forget_cards = [&] {
        for (std::size_t i = 0; i < present.size(); ++i)
            card_went(i);
    };
    for (;;) { // each round watches the readers pcscd has now
        LONG error = SCARD_S_SUCCESS;
        auto listed = list_readers(context, settings_.reader, error);
        if (!listed) {
            forget_cards();
            return; // pcscd went away: the caller pauses and connects again
        }
        if (*listed != readers) {
            forget_cards();
            readers = std::move(*listed);
            present.assign(readers.size(), false);
            reported.assign(readers.size(), false);
            counts.assign(readers.size(), 0);
            states.assign(readers.size() + 1, SCARD_READERSTATE{});
            for (std::size_t i = 0; i < readers.size(); ++i) {
                states[i].szReader = readers[i].c_str();
                states[i].dwCurrentState = SCARD_STATE_UNAWARE;
            }
            states.back().szReader = plug_and_play;
            states.back().dwCurrentState = SCARD_STATE_UNAWARE;
        }
        set_working(!readers.empty());
        bool relist = false;
        while (!relist) {
            error = SCardGetStatusChange(context, INFINITE, states.data(), static_cast<DWORD>(states.size()));
            if (stopping_ || error == SCARD_E_CANCELLED) return;
            if (error == SCARD_E_TIMEOUT) continue;
            if (error != SCARD_S_SUCCESS) {
                if (!service_gone(error))
                    kiosk::log::warning("card reader: pcscd answered " + std::to_string(error));
                forget_cards();
                return;
            }
            for (std::size_t i = 0; i < states.size(); ++i) {
                auto& state = states[i];
                if (!(state.dwEventState & SCARD_STATE_CHANGED)) continue;
                state.dwCurrentState = state.dwEventState & ~SCARD_STATE_CHANGED;
                if (i == readers.size()) { // plugged in or out: read the list again
                    relist = true;
                    continue;
                }
                if (state.dwEventState &
                    (SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE | SCARD_STATE_IGNORE)) {
                    relist = true;
                    continue;
                }
                bool now =
                    (state.dwEventState & SCARD_STATE_PRESENT) && !(state.dwEventState & SCARD_STATE_MUTE);
                // pcscd counts insertions and removals in the high word: a card swapped for another
                // between two waits shows as "present" both times, with a new count.
                DWORD count = state.dwEventState >> 16;
                if (now && present[i] && count != counts[i]) card_went(i);
                counts[i] = count;
                if (now && !present[i]) {
                    present[i] = true;
                    // A card pulled mid-read is not reported at all, nor is its removal.
                    if (auto card = read_card(context, readers[i], static_cast<int>(i))) {
                        reported[i] = true;
                        listener_.card_inserted(*card);
                    }
                } else if (!now && present[i]) {
                    card_went(i);
                }
            }
        }
    }
}

} // namespace devices
