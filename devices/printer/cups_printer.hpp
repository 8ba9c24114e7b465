#pragma once
// The kiosk's printer through CUPS (libcups, IPP). One worker thread does everything: it asks the queue
// whether it can print, streams the document from memory into the job (never a file of ours), follows
// the job to its end, and cancels the job itself on any failure, on timeout, on cancel() and on wipe(),
// so that nothing comes out later for the next person. Job and document carry a neutral name only:
// cupsd keeps job names in its control files.
#include "devices/printer/cups_settings.hpp"
#include "devices/printer/printer.hpp"
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/plumbing/serial_worker.hpp"

#include <atomic>
#include <vector>

typedef struct _http_s http_t;

namespace devices {

class CupsPrinter final : public Printer {
public:
    CupsPrinter(kiosk::plumbing::Outbox& outbox, CupsSettings settings);
    ~CupsPrinter() override;

    void check_ready(std::uint64_t generation) override;
    void print(std::uint64_t generation, const std::string& mime_type, const kiosk::core::Bytes& content,
               int pages) override;
    void cancel(std::uint64_t generation) override;
    void wipe() override;
    std::size_t orphaned_jobs() const { return orphan_count_; } // for tests and the health log

private:
    // Cancels the jobs cupsd did not let go of yet (worker thread), and asks to try again later while
    // any remain: nothing may come out for the next resident, whether or not anyone prints again.
    void cancel_orphans(http_t* http);
    void retry_cancels_later();

    kiosk::plumbing::Outbox& outbox_;
    CupsSettings settings_;
    std::vector<int> orphans_; // jobs whose cancel cupsd did not take yet; worker thread only
    std::atomic<bool> retry_pending_{false};
    std::atomic<std::size_t> orphan_count_{0};
    kiosk::plumbing::SerialWorker worker_; // last: its tasks use everything above
};

} // namespace devices
