#include "devices/printer/printer_demo.hpp"

namespace devices {
namespace {
constexpr kiosk::core::Duration page_time{1500};
}

void DemoPrinter::print(std::uint64_t generation, const std::string&, const kiosk::core::Bytes&, int pages) {
    using namespace kiosk::core;
    auto job = ++job_;
    if (out_of_paper_) {
        outbox_.schedule(Duration{2000}, [this, job, generation] {
            if (job == job_) outbox_.post(PrintFailed{generation, PrintFailure::out_of_paper});
        });
        return;
    }
    for (int page = 1; page <= pages; ++page) {
        outbox_.schedule(page_time * page, [this, job, generation, page, pages] {
            if (job == job_) outbox_.post(PrintProgressed{generation, page, pages});
        });
    }
    outbox_.schedule(page_time * (pages + 1), [this, job, generation] {
        if (job == job_) outbox_.post(PrintDone{generation});
    });
}

// Empty paper shows before the question, as a real printer's state would.
void DemoPrinter::check_ready(std::uint64_t generation) {
    using namespace kiosk::core;
    std::optional<PrintFailure> problem;
    if (out_of_paper_) problem = PrintFailure::out_of_paper;
    outbox_.schedule(Duration{300}, [this, job = job_, generation, problem] {
        if (job == job_) outbox_.post(PrinterChecked{generation, problem});
    });
}

void DemoPrinter::cancel(std::uint64_t) {
    ++job_;
}

} // namespace devices
