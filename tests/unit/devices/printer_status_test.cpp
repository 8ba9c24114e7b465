#include "devices/printer/printer_status.hpp"

#include <doctest/doctest.h>

using devices::JobStatus;
using devices::JobVerdict;
using devices::PrinterStatus;
using kiosk::core::PrintFailure;

namespace {
PrinterStatus printer(std::vector<std::string> reasons,
                      PrinterStatus::State state = PrinterStatus::State::idle, bool accepting = true) {
    return {state, accepting, std::move(reasons)};
}
} // namespace

TEST_CASE("a printer is ready when it is idle or busy, accepts jobs and reports no error") {
    CHECK_FALSE(devices::printer_problem(printer({"none"})));
    CHECK_FALSE(devices::printer_problem(printer({}, PrinterStatus::State::processing)));
    // Warnings and reports do not stop a job.
    CHECK_FALSE(devices::printer_problem(printer({"toner-low-report", "media-low-warning"})));
    CHECK_FALSE(devices::printer_problem(printer({"cups-waiting-for-job-completed"})));
}

TEST_CASE("each printer error becomes the reason a resident and a volunteer understand") {
    CHECK(devices::printer_problem(printer({"media-empty-error"})) == PrintFailure::out_of_paper);
    CHECK(devices::printer_problem(printer({"media-needed"})) == PrintFailure::out_of_paper);
    CHECK(devices::printer_problem(printer({"media-jam-error"})) == PrintFailure::paper_jam);
    CHECK(devices::printer_problem(printer({"toner-empty-error"})) == PrintFailure::toner_empty);
    CHECK(devices::printer_problem(printer({"marker-supply-empty-error"})) == PrintFailure::toner_empty);
    CHECK(devices::printer_problem(printer({"door-open"})) == PrintFailure::cover_open);
    CHECK(devices::printer_problem(printer({"offline-report", "offline"})) == PrintFailure::printer_offline);
    // A reason without a severity is an error (RFC 8011); one we have no words for still stops printing.
    CHECK(devices::printer_problem(printer({"spool-area-full"})) == PrintFailure::printer_offline);
    CHECK(devices::printer_problem(printer({"cups-missing-filter"})) == PrintFailure::printer_offline);
}

TEST_CASE("a specific reason wins over a general one, whatever the order") {
    CHECK(devices::printer_problem(printer({"paused", "media-empty-error"}, PrinterStatus::State::stopped)) ==
          PrintFailure::out_of_paper);
    CHECK(devices::printer_problem(printer({"media-jam-error", "paused"}, PrinterStatus::State::stopped)) ==
          PrintFailure::paper_jam);
}

TEST_CASE("a stopped printer or one that refuses jobs cannot print") {
    CHECK(devices::printer_problem(printer({"paused"}, PrinterStatus::State::stopped)) ==
          PrintFailure::printer_offline);
    CHECK(devices::printer_problem(printer({"none"}, PrinterStatus::State::stopped)) ==
          PrintFailure::printer_offline);
    CHECK(devices::printer_problem(printer({"none"}, PrinterStatus::State::idle, false)) ==
          PrintFailure::printer_offline);
}

TEST_CASE("a job is followed until it ends; one that cannot go on fails at once") {
    using S = JobStatus::State;
    auto ready = printer({"none"});
    CHECK(devices::judge_job({S::pending, 0}, ready) == JobVerdict{JobVerdict::Kind::waiting});
    CHECK(devices::judge_job({S::processing, 1}, ready) == JobVerdict{JobVerdict::Kind::waiting});
    CHECK(devices::judge_job({S::completed, 2}, ready).kind == JobVerdict::Kind::done);
    // Pending on a paused queue would print later, for the next person.
    CHECK(devices::judge_job({S::pending, 0}, printer({"paused"}, PrinterStatus::State::stopped)) ==
          JobVerdict{JobVerdict::Kind::failed, PrintFailure::printer_offline});
    CHECK(devices::judge_job({S::processing, 0}, printer({"media-empty-error"})) ==
          JobVerdict{JobVerdict::Kind::failed, PrintFailure::out_of_paper});
    CHECK(devices::judge_job({S::aborted, 0}, printer({"media-empty-error"})) ==
          JobVerdict{JobVerdict::Kind::failed, PrintFailure::out_of_paper});
    CHECK(devices::judge_job({S::aborted, 0}, ready) ==
          JobVerdict{JobVerdict::Kind::failed, PrintFailure::job_failed});
    CHECK(devices::judge_job({S::canceled, 0}, ready).kind == JobVerdict::Kind::failed);
    CHECK(devices::judge_job({S::held, 0}, ready).kind == JobVerdict::Kind::failed);
    CHECK(devices::judge_job({S::processing_stopped, 0}, ready) ==
          JobVerdict{JobVerdict::Kind::failed, PrintFailure::printer_offline});
}

TEST_CASE("IPP enum values outside the standard are refused") {
    CHECK(devices::parse_printer_state(3) == PrinterStatus::State::idle);
    CHECK(devices::parse_printer_state(5) == PrinterStatus::State::stopped);
    CHECK_FALSE(devices::parse_printer_state(2));
    CHECK_FALSE(devices::parse_printer_state(6));
    CHECK(devices::parse_job_state(9) == JobStatus::State::completed);
    CHECK_FALSE(devices::parse_job_state(0));
    CHECK_FALSE(devices::parse_job_state(10));
}
