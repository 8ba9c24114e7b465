#pragma once
// The card reader through pcsc-lite. One thread waits in SCardGetStatusChange on every reader and on
// pcscd's plug-and-play notification, so it sleeps until something happens; stopping cancels the wait.
// When pcscd goes away or the last reader is unplugged the thread reports the reader as not working
// and tries again with a growing pause (backoff), never crashing the kiosk.
#include "devices/card/card_reader.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace devices {

struct PcscSettings {
    std::string reader;                         // a part of the reader's name; empty: every reader
    std::chrono::milliseconds first_retry{500}; // after pcscd or the reader went away
    std::chrono::milliseconds longest_retry{10'000};
};

class PcscReader final : public CardReader {
public:
    PcscReader(CardListener& listener, PcscSettings settings);
    ~PcscReader() override;
    PcscReader(const PcscReader&) = delete;
    PcscReader& operator=(const PcscReader&) = delete;

    bool working() const override { return working_.load(); }

private:
    void run();
    void run_until_stopped();
    // One connection to pcscd, until it fails or the reader stops; returns whether to retry.
    void watch(long context);
    void set_working(bool working);
    bool pause(std::chrono::milliseconds pause); // false when stopping

    CardListener& listener_;
    PcscSettings settings_;
    std::atomic<bool> working_{false};
    std::atomic<bool> reported_{false}; // the first state is always reported
    std::atomic<bool> stopping_{false};
    std::mutex mutex_;
    std::condition_variable wake_;
    long context_ = 0; // guarded by mutex_: SCardCancel from the destructor
    bool has_context_ = false;
    bool finished_ = false; // guarded by mutex_: run() has returned
    std::thread thread_;    // last: starts after everything it uses
};

} // namespace devices
