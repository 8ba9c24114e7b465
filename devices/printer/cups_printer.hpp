#pragma once
// The kiosk's printer through CUPS (libcups, IPP). One worker thread does everything: it asks the queue
// whether it can print, streams the document from memory into the job (never a file of ours), follows
// the job to its end, and cancels the job itself on any failure, on timeout, on cancel() and on wipe(),
// so that nothing comes out later for the next person. Job and document carry a neutral name only:
// cupsd keeps job names in its control files.
#include "devices/printer/cups_settings.hpp"
#include "devices/printer/printer.hpp"
#include "kiosk/services/outbox.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

namespace devices {

class CupsPrinter final : public Printer {
public:
    CupsPrinter(kiosk::services::Outbox& outbox, CupsSettings settings);
    ~CupsPrinter() override;

    void check_ready(std::uint64_t generation) override;
    void print(std::uint64_t generation, const std::string& mime_type,
               const std::vector<unsigned char>& content, int pages) override;
    void cancel(std::uint64_t generation) override;
    void wipe() override;

private:
    struct Job {
        std::uint64_t epoch;
        std::function<void(const std::function<bool()>& cancelled)> run;
    };
    void enqueue(std::function<void(const std::function<bool()>&)> run);
    void work(std::stop_token stop);
    void post_unless(std::uint64_t epoch, kiosk::core::Event event);

    kiosk::services::Outbox& outbox_;
    CupsSettings settings_;
    std::atomic<std::uint64_t> epoch_{0}; // bumped by cancel() and wipe(): older jobs stop and stay silent
    std::mutex mutex_;
    std::condition_variable_any wake_;
    std::deque<Job> jobs_;
    std::vector<int> orphans_; // jobs whose cancel cupsd did not take yet; worker thread only
    std::jthread worker_;      // last: starts after everything it uses exists
};

} // namespace devices
