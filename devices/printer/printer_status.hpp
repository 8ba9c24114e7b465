#pragma once
// What the printer and the kiosk's job say, judged in plain terms. Pure: the CUPS device feeds it the
// IPP attributes it read, and the unit tests feed it every reason a printer may give.
#include "kiosk/core/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace devices {

// printer-state (RFC 8011 §5.4.11), printer-is-accepting-jobs, printer-state-reasons.
struct PrinterStatus {
    enum class State { idle = 3, processing = 4, stopped = 5 };
    State state = State::idle;
    bool accepting_jobs = true;
    std::vector<std::string> reasons; // "media-empty-error", "toner-low-report", "paused", …
};

// Why this printer cannot print now, or nothing when it can. Warnings and reports (toner low) do not
// stop a job; errors do, and a reason without a severity suffix counts as an error (RFC 8011 §5.4.12).
std::optional<kiosk::core::PrintFailure> printer_problem(const PrinterStatus& printer);

// job-state (RFC 8011 §5.3.7) and job-impressions-completed of the kiosk's own job.
struct JobStatus {
    enum class State {
        pending = 3,
        held = 4,
        processing = 5,
        processing_stopped = 6,
        canceled = 7,
        aborted = 8,
        completed = 9
    };
    State state = State::pending;
    int impressions_completed = 0;
};

struct JobVerdict {
    enum class Kind { waiting, done, failed };
    Kind kind = Kind::waiting;
    kiosk::core::PrintFailure reason = kiosk::core::PrintFailure::job_failed; // when failed
    bool operator==(const JobVerdict&) const = default;
};

// A job that cannot go on now is failed at once (and then cancelled by the device): a paused printer
// or one out of paper would otherwise print it later, for whoever stands at the kiosk then.
JobVerdict judge_job(const JobStatus& job, const PrinterStatus& printer);

std::optional<PrinterStatus::State> parse_printer_state(int value);
std::optional<JobStatus::State> parse_job_state(int value);

} // namespace devices
