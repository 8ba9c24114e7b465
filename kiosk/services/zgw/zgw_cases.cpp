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

ZgwCases::ZgwCases(Outbox& outbox, zgw::ZgwSettings settings, SandboxSettings sandbox)
    : outbox_(outbox), client_(settings, unix_seconds),
      cache_(settings.catalogue_ttl, [] { return std::chrono::steady_clock::now(); }),
      sandbox_(std::move(sandbox)), loader_(client_, cache_, sandbox_) {}

ZgwCases::~ZgwCases() = default;

void ZgwCases::enqueue(Work work, Failed failed) {
    auto on_exception = [this, failed](const plumbing::SerialWorker::VoidNow& void_now) {
        if (!void_now()) outbox_.post(failed(core::FetchError::invalid_answer));
    };
    worker_.post(
        [this, work = std::move(work),
         failed = std::move(failed)](const plumbing::SerialWorker::VoidNow& void_now) {
            std::optional<core::Event> result;
            try {
                result = work(loader_, void_now);
            } catch (const zgw::ZgwFailure& f) {
                if (!void_now()) log::warning(std::string("ZGW: ") + f.what());
                result = failed(f.kind);
            } catch (const std::exception& e) { // a malformed answer that slipped past the parsers
                log::error(std::string("ZGW: unexpected failure: ") + e.what());
                result = failed(core::FetchError::invalid_answer);
            }
            if (!void_now())
                outbox_.post(std::move(*result));
            else
                core::wipe(*result);
        },
        std::move(on_exception));
}

void ZgwCases::fetch_cases(std::uint64_t generation, const core::Secret& bsn) {
    enqueue(
        [generation, bsn](zgw::CaseLoader& loader, const zgw::Cancelled& cancelled) -> core::Event {
            auto list = loader.cases(bsn.reveal(), cancelled);
            return core::CasesLoaded{generation, std::move(list.cases), list.newest_only};
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
    worker_.drop(); // the queued jobs' captured BSNs are Secrets: they zero themselves as they go
    // Not voided by a later wipe: the connections of this session go, whatever comes next.
    worker_.post([this](const plumbing::SerialWorker::VoidNow&) { client_.forget_connections(); });
}

} // namespace kiosk::services
