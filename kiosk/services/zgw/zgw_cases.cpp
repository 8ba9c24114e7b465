#include "kiosk/services/zgw/zgw_cases.hpp"

#include "kiosk/core/update.hpp"
#include "kiosk/util/log.hpp"

#include <chrono>

namespace kiosk::services {
namespace {

long long unix_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

ZgwCases::ZgwCases(Outbox& outbox, zgw::ZgwSettings settings)
    : outbox_(outbox), client_(settings, unix_seconds),
      cache_(settings.catalogue_ttl, [] { return std::chrono::steady_clock::now(); }),
      loader_(client_, cache_), worker_([this](std::stop_token stop) { run(stop); }) {}

ZgwCases::~ZgwCases() {
    worker_.request_stop();
    wake_.notify_all();
}

void ZgwCases::enqueue(Work work, Failed failed) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back({epoch_.load(), std::move(work), std::move(failed)});
    }
    wake_.notify_all();
}

void ZgwCases::fetch_cases(std::uint64_t generation, const core::Secret& bsn) {
    enqueue(
        [generation, bsn](zgw::CaseLoader& loader, const zgw::Cancelled& cancelled) -> core::Event {
            return core::CasesLoaded{generation, loader.cases(bsn.reveal(), cancelled)};
        },
        [generation](core::FetchError e) -> core::Event {
            return core::CasesFailed{generation, e};
        });
}

void ZgwCases::fetch_case(std::uint64_t generation, const std::string& case_id, const core::Secret& bsn) {
    enqueue(
        [generation, case_id, bsn](zgw::CaseLoader& loader, const zgw::Cancelled& cancelled) -> core::Event {
            return core::CaseLoaded{generation, loader.one_case(case_id, bsn.reveal(), cancelled)};
        },
        [generation, case_id](core::FetchError e) -> core::Event {
            return core::CaseFailed{generation, case_id, e};
        });
}

void ZgwCases::fetch_document(std::uint64_t generation, const std::string& case_id,
                              const std::string& document_id, const core::Secret& bsn) {
    enqueue(
        [generation, case_id, document_id, bsn](zgw::CaseLoader& loader,
                                                const zgw::Cancelled& cancelled) -> core::Event {
            return core::DocumentLoaded{generation,
                                        loader.document(case_id, document_id, bsn.reveal(), cancelled)};
        },
        [generation, document_id](core::FetchError e) -> core::Event {
            return core::DocumentFailed{generation, document_id, e};
        });
}

void ZgwCases::wipe() {
    std::deque<Job> dropped;
    {
        std::lock_guard lock(mutex_);
        ++epoch_;
        dropped.swap(jobs_);
    }
    // The jobs' captured BSNs are Secrets: they zero themselves as `dropped` goes.
}

void ZgwCases::run(std::stop_token stop) {
    while (!stop.stop_requested()) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, stop, [&] { return !jobs_.empty(); });
            if (stop.stop_requested()) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        auto void_now = [&] { return stop.stop_requested() || epoch_.load() != job.epoch; };
        std::optional<core::Event> result;
        try {
            result = job.work(loader_, void_now);
        } catch (const zgw::ZgwFailure& f) {
            if (!void_now()) log::warning(std::string("ZGW: ") + f.what());
            result = job.failed(f.kind);
        } catch (const std::exception& e) { // a malformed answer that slipped past the parsers
            log::error(std::string("ZGW: unexpected failure: ") + e.what());
            result = job.failed(core::FetchError::invalid_answer);
        }
        if (!void_now())
            outbox_.post(std::move(*result));
        else
            core::wipe(*result);
    }
}

} // namespace kiosk::services
