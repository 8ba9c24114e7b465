#include "devices/printer/cups_printer.hpp"

#include "devices/printer/printer_status.hpp"
#include "kiosk/core/secret.hpp"
#include "kiosk/util/log.hpp"

#include <cups/cups.h>

#include <algorithm>
#include <chrono>
#include <initializer_list>
#include <memory>
#include <optional>

namespace devices {
namespace {

using kiosk::core::PrintFailure;
using Cancelled = std::function<bool()>;

constexpr std::size_t chunk_size =
    64 * 1024;                           // the document goes to cupsd in pieces; cancel is checked between
constexpr const char* job_name = "Zuil"; // cupsd writes job names into its control files
constexpr const char* document_name = "document";

bool ipp_ok() {
    return cupsLastError() <= IPP_STATUS_OK_CONFLICTING;
}

// Any wait for cupsd ends after the request timeout instead of retrying (libcups's default is to ask).
int give_up(http_t*, void*) {
    return 0;
}

struct HttpCloser {
    void operator()(http_t* http) const { httpClose(http); }
};
struct IppDeleter {
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using Http = std::unique_ptr<http_t, HttpCloser>;
using Ipp = std::unique_ptr<ipp_t, IppDeleter>;

Http connect(const CupsSettings& settings) {
    std::string where = settings.server.empty() ? cupsServer() : settings.server;
    auto server = parse_cups_server(where); // libcups's default comes from client.conf or CUPS_SERVER
    if (!server) {
        kiosk::log::error("printer: cupsd at " + where + " is not on this machine; not used");
        return nullptr;
    }
    auto msec = static_cast<int>(settings.request_timeout.count());
    Http http(httpConnect2(server->host.c_str(), server->socket ? 0 : server->port, nullptr, AF_UNSPEC,
                           HTTP_ENCRYPTION_IF_REQUESTED, 1, msec, nullptr));
    if (http) httpSetTimeout(http.get(), static_cast<double>(msec) / 1000.0, give_up, nullptr);
    return http;
}

std::string printer_uri(const std::string& queue) {
    return "ipp://localhost/printers/" + queue;
}

// An IPP request about `queue` that asks only for the attributes the kiosk reads.
Ipp request(ipp_op_t op, const std::string& queue, std::initializer_list<const char*> wanted) {
    Ipp req(ippNewRequest(op));
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 printer_uri(queue).c_str());
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddStrings(req.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  static_cast<int>(wanted.size()), nullptr, wanted.begin());
    return req;
}

Ipp send(http_t* http, Ipp req, const char* resource) {
    Ipp answer(cupsDoRequest(http, req.release(), resource)); // cupsDoRequest frees the request
    if (!answer || !ipp_ok()) return nullptr;
    return answer;
}

std::optional<PrinterStatus> read_printer(http_t* http, const std::string& queue) {
    auto req = request(IPP_OP_GET_PRINTER_ATTRIBUTES, queue,
                       {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs"});
    auto answer = send(http, std::move(req), "/");
    if (!answer) return std::nullopt;
    auto* state = ippFindAttribute(answer.get(), "printer-state", IPP_TAG_ENUM);
    auto parsed = state ? parse_printer_state(ippGetInteger(state, 0)) : std::nullopt;
    if (!parsed) return std::nullopt;
    PrinterStatus status;
    status.state = *parsed;
    if (auto* accepting = ippFindAttribute(answer.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        status.accepting_jobs = ippGetBoolean(accepting, 0) != 0;
    if (auto* reasons = ippFindAttribute(answer.get(), "printer-state-reasons", IPP_TAG_KEYWORD))
        for (int i = 0; i < ippGetCount(reasons); ++i)
            if (const char* reason = ippGetString(reasons, i, nullptr)) status.reasons.emplace_back(reason);
    return status;
}

std::optional<JobStatus> read_job(http_t* http, const std::string& queue, int job_id) {
    auto req = request(IPP_OP_GET_JOB_ATTRIBUTES, queue, {"job-state", "job-impressions-completed"});
    ippAddInteger(req.get(), IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job_id);
    auto answer = send(http, std::move(req), "/jobs/");
    if (!answer) return std::nullopt;
    auto* state = ippFindAttribute(answer.get(), "job-state", IPP_TAG_ENUM);
    auto parsed = state ? parse_job_state(ippGetInteger(state, 0)) : std::nullopt;
    if (!parsed) return std::nullopt;
    JobStatus job;
    job.state = *parsed;
    if (auto* done = ippFindAttribute(answer.get(), "job-impressions-completed", IPP_TAG_INTEGER))
        job.impressions_completed = std::max(0, ippGetInteger(done, 0));
    return job;
}

bool cancel_job(http_t* http, const std::string& queue, int job_id) {
    return cupsCancelJob2(http, queue.c_str(), job_id, 0) == 1 ||
           cupsLastError() == IPP_STATUS_ERROR_NOT_POSSIBLE;
}

const char* cups_format(const std::string& mime_type) {
    if (mime_type == "application/pdf") return CUPS_FORMAT_PDF;
    if (mime_type == "image/jpeg") return CUPS_FORMAT_JPEG;
    if (mime_type == "text/plain") return CUPS_FORMAT_TEXT;
    return nullptr;
}

struct DestDeleter {
    void operator()(cups_dest_t* dest) const { cupsFreeDests(1, dest); }
};
struct InfoDeleter {
    void operator()(cups_dinfo_t* info) const { cupsFreeDestInfo(info); }
};

// What a job run needs from its printer while it follows the job.
struct JobHooks {
    std::function<void(kiosk::core::Event)> report;       // progress, posted at once
    std::function<bool(std::chrono::milliseconds)> pause; // true when cancelled meanwhile
};

// One print job from start to end on one connection. Returns the event to post, or nothing when it was
// cancelled (cancel() and wipe() want silence).
class JobRun {
public:
    JobRun(const CupsSettings& settings, std::uint64_t generation, std::vector<int>& orphans, JobHooks hooks)
        : settings_(settings), generation_(generation), orphans_(orphans), hooks_(std::move(hooks)) {}

    std::optional<kiosk::core::Event> run(const std::string& mime_type, const kiosk::core::Bytes& content,
                                          int pages, const Cancelled& cancelled) {
        const char* format = cups_format(mime_type);
        if (!format) return failed(PrintFailure::job_failed, "the printer takes no " + mime_type);
        http_ = connect(settings_);
        if (!http_) return failed(PrintFailure::printer_offline, "cupsd does not answer");
        auto printer = read_printer(http_.get(), settings_.queue);
        if (!printer) return failed(PrintFailure::printer_offline, "the queue does not answer");
        if (auto problem = printer_problem(*printer)) return failed(*problem, "the queue cannot print");

        std::unique_ptr<cups_dest_t, DestDeleter> dest(
            cupsGetNamedDest(http_.get(), settings_.queue.c_str(), nullptr));
        if (!dest) return failed(PrintFailure::printer_offline, "the queue is unknown");
        std::unique_ptr<cups_dinfo_t, InfoDeleter> info(cupsCopyDestInfo(http_.get(), dest.get()));
        if (!info) return failed(PrintFailure::printer_offline, "the queue gives no details");
        auto created = cupsCreateDestJob(http_.get(), dest.get(), info.get(), &job_id_, job_name, 0, nullptr);
        if (created > IPP_STATUS_OK_CONFLICTING || job_id_ <= 0) {
            job_id_ = 0;
            return failed(created == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS ? PrintFailure::printer_offline
                                                                         : PrintFailure::job_failed,
                          "the queue refused the job");
        }
        if (cupsStartDestDocument(http_.get(), dest.get(), info.get(), job_id_, document_name, format, 0,
                                  nullptr, 1) != HTTP_STATUS_CONTINUE)
            return failed(PrintFailure::job_failed, "the document could not be started");
        for (std::size_t at = 0; at < content.size(); at += chunk_size) {
            if (cancelled()) return abandon();
            auto n = std::min(chunk_size, content.size() - at);
            if (cupsWriteRequestData(http_.get(), reinterpret_cast<const char*>(content.data() + at), n) !=
                HTTP_STATUS_CONTINUE)
                return failed(PrintFailure::job_failed, "the document could not be sent");
        }
        if (cupsFinishDestDocument(http_.get(), dest.get(), info.get()) > IPP_STATUS_OK_CONFLICTING)
            return failed(PrintFailure::job_failed, "the queue did not take the document");
        return follow(pages, cancelled);
    }

private:
    std::optional<kiosk::core::Event> follow(int pages, const Cancelled& cancelled) {
        auto deadline = std::chrono::steady_clock::now() + settings_.job_timeout;
        int reported = -1;
        while (std::chrono::steady_clock::now() < deadline) {
            if (cancelled()) return abandon();
            auto job = read_job(http_.get(), settings_.queue, job_id_);
            auto printer = read_printer(http_.get(), settings_.queue);
            if (!job || !printer) return failed(PrintFailure::printer_offline, "cupsd stopped answering");
            auto verdict = judge_job(*job, *printer);
            if (verdict.kind == JobVerdict::Kind::done) {
                job_id_ = 0;
                return kiosk::core::PrintDone{generation_};
            }
            if (verdict.kind == JobVerdict::Kind::failed)
                return failed(verdict.reason, "the job cannot go on");
            int page = std::min(job->impressions_completed, pages);
            if (page != reported) {
                reported = page;
                // Also the first sign of life: the core's deadline moves on with every report.
                hooks_.report(kiosk::core::PrintProgressed{generation_, page, pages});
            }
            if (hooks_.pause(settings_.poll_interval)) return abandon();
        }
        return failed(PrintFailure::timed_out, "the job took too long");
    }

    std::optional<kiosk::core::Event> failed(PrintFailure reason, const std::string& why) {
        kiosk::log::warning("printer: " + why + " (queue " + settings_.queue + ")");
        cancel_own_job();
        return kiosk::core::PrintFailed{generation_, reason};
    }

    std::optional<kiosk::core::Event> abandon() {
        cancel_own_job();
        return std::nullopt;
    }

    // Nothing may come out later for the next person: cancel now, or as soon as cupsd answers again.
    void cancel_own_job() {
        if (job_id_ <= 0) return;
        if (!http_ || !cancel_job(http_.get(), settings_.queue, job_id_)) orphans_.push_back(job_id_);
        job_id_ = 0;
    }

    const CupsSettings& settings_;
    std::uint64_t generation_;
    std::vector<int>& orphans_;
    JobHooks hooks_;
    Http http_;
    int job_id_ = 0;
};

} // namespace

CupsPrinter::CupsPrinter(kiosk::plumbing::Outbox& outbox, CupsSettings settings)
    : outbox_(outbox), settings_(std::move(settings)) {}

CupsPrinter::~CupsPrinter() = default;

void CupsPrinter::cancel_orphans(http_t* http) {
    for (auto it = orphans_.begin(); it != orphans_.end();)
        it = cancel_job(http, settings_.queue, *it) ? orphans_.erase(it) : std::next(it);
    orphan_count_ = orphans_.size();
    if (!orphans_.empty()) retry_cancels_later();
}

void CupsPrinter::retry_cancels_later() {
    orphan_count_ = orphans_.size();
    if (retry_pending_.exchange(true)) return; // one reminder at a time
    outbox_.schedule(settings_.cancel_retry, [this] {
        // Not voided by a wipe: cancelling is what a wipe wants.
        worker_.post([this](const Cancelled&) {
            retry_pending_ = false;
            if (orphans_.empty()) return;
            kiosk::log::info("printer: trying again to cancel " + std::to_string(orphans_.size()) +
                             " job(s)");
            auto http = connect(settings_);
            if (http)
                cancel_orphans(http.get());
            else
                retry_cancels_later();
        });
    });
}

void CupsPrinter::check_ready(std::uint64_t generation) {
    worker_.post(
        [this, generation](const Cancelled& void_now) {
            auto http = connect(settings_);
            std::optional<PrintFailure> problem = PrintFailure::printer_offline;
            if (http) {
                cancel_orphans(http.get());
                if (auto printer = read_printer(http.get(), settings_.queue))
                    problem = printer_problem(*printer);
            }
            if (problem) kiosk::log::info("printer: not ready (queue " + settings_.queue + ")");
            if (!void_now()) outbox_.post(kiosk::core::PrinterChecked{generation, problem});
        },
        [this, generation](const Cancelled& void_now) {
            if (!void_now())
                outbox_.post(kiosk::core::PrinterChecked{generation, PrintFailure::printer_offline});
        });
}

void CupsPrinter::print(std::uint64_t generation, const std::string& mime_type,
                        const kiosk::core::Bytes& content, int pages) {
    // The document is personal data: it lives in this task only and is zeroed when the task is dropped.
    auto document = std::make_shared<const kiosk::core::Bytes>(content);
    worker_.post(
        [this, generation, mime_type, document, pages](const Cancelled& void_now) {
            JobHooks hooks{[this, &void_now](kiosk::core::Event e) {
                               if (!void_now()) outbox_.post(std::move(e));
                           },
                           [this, &void_now](std::chrono::milliseconds pause) {
                               return worker_.pause(pause, void_now);
                           }};
            JobRun job(settings_, generation, orphans_, std::move(hooks));
            auto result = job.run(mime_type, *document, pages, void_now);
            if (!orphans_.empty()) retry_cancels_later();
            if (result && !void_now()) outbox_.post(std::move(*result));
        },
        [this, generation](const Cancelled& void_now) {
            if (!orphans_.empty()) retry_cancels_later();
            if (!void_now()) outbox_.post(kiosk::core::PrintFailed{generation, PrintFailure::job_failed});
        });
}

void CupsPrinter::cancel(std::uint64_t) {
    worker_.drop(); // one resident at a time: whatever runs or waits now is theirs
}

void CupsPrinter::wipe() {
    worker_.drop();
}

} // namespace devices
