#pragma once
// The resident's cases from the municipality's ZGW APIs (Zaken, Catalogi, Documenten). Requests run
// one after another on a worker thread that owns the HTTP connections and the catalogue cache; results
// come back as events. wipe() drops queued requests and aborts the running one, whose result is then
// never posted. Personal data lives only in the request being handled.
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/plumbing/serial_worker.hpp"
#include "kiosk/services/backends.hpp"
#include "kiosk/services/zgw/case_loader.hpp"

namespace kiosk::services {

class ZgwCases final : public CaseService {
public:
    ZgwCases(Outbox& outbox, zgw::ZgwSettings settings, SandboxSettings sandbox);
    ~ZgwCases() override;

    void fetch_cases(std::uint64_t generation, const core::Secret& bsn) override;
    void fetch_case(std::uint64_t generation, const std::string& case_id, const core::Secret& bsn) override;
    void fetch_document(std::uint64_t generation, const std::string& case_id, const std::string& document_id,
                        const core::Secret& bsn) override;
    void wipe() override;

    HttpMulti::Counts counts() const { return client_.counts(); } // for the benchmark

private:
    // Does the work and returns the event to post (…Loaded, or …Failed built from the failure).
    using Work = std::function<core::Event(zgw::CaseLoader&, const zgw::Cancelled&)>;
    using Failed = std::function<core::Event(core::FetchError)>;
    void enqueue(Work work, Failed failed);

    Outbox& outbox_;
    zgw::ZgwClient client_;
    zgw::CatalogueCache cache_;
    PdfSandbox sandbox_;
    zgw::CaseLoader loader_;
    plumbing::SerialWorker worker_; // last: its tasks use everything above
};

} // namespace kiosk::services
