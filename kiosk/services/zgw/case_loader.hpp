#pragma once
// The three things a resident asks of the ZGW APIs, each in as few rounds as the data allows:
//   cases:    2 rounds (with expand and a warm catalogue) to 3 (without), plus one per extra page;
//             newest first, and the resident's role on every listed case is checked (one list of
//             their roles; case by case only for what a capped list did not reach);
//   one case: 2-3 rounds; the resident's role on it is checked before anything is shown;
//   document: 2 rounds; role, link to the case and visibility re-checked before the download.
// Visibility follows Open Inwoner (see visibility.hpp). Blocking: runs on the service's worker.
#include "kiosk/core/model.hpp"
#include "kiosk/services/documents/pdf_sandbox.hpp"
#include "kiosk/services/zgw/catalogue_cache.hpp"
#include "kiosk/services/zgw/zgw_client.hpp"

namespace kiosk::services::zgw {

// A resident's cases, newest first. `newest_only`: the page cap left older ones unread.
struct CaseList {
    std::vector<core::CaseSummary> cases;
    bool newest_only = false;
};

class CaseLoader {
public:
    // `sandbox` counts the pages of downloaded documents, out of this process.
    CaseLoader(ZgwClient& client, CatalogueCache& cache, const PdfSandbox& sandbox)
        : client_(client), cache_(cache), sandbox_(sandbox) {}

    // All throw ZgwFailure; not_found also covers "not yours" and "not shown to residents".
    CaseList cases(const std::string& bsn, const Cancelled& cancelled);
    core::CaseDetail one_case(const std::string& case_id, const std::string& bsn, const Cancelled& cancelled);
    core::Document document(const std::string& case_id, const std::string& document_id,
                            const std::string& bsn, const Cancelled& cancelled);

private:
    struct Personal; // statuses and results of this request only: never cached
    std::string with_expand(const std::string& url) const;
    bool expanding() const;
    void expand_refused();
    // GETs the URL asking for embedded objects; drops `expand` for good if the server refuses it.
    SecureJson get_expanded(const std::string& url, const Cancelled& cancelled);
    void take_embedded(const SecureJson& item, Personal& personal);
    void take(Zaaktype t);
    void take(Statustype t);
    void take(Resultaattype t);
    void take_object(const std::string& url, const SecureJson& answer, Personal& personal);
    // What these zaken refer to that neither the catalogue nor `personal` holds yet.
    std::vector<std::string> missing_objects(const std::vector<Zaak>& zaken, const Personal& personal);
    std::vector<std::string> missing_types(const Personal& personal);
    // One round: files the answers for `urls` and returns those for `extra`, in order.
    std::vector<SecureJson> fetch_objects(const std::vector<std::string>& urls,
                                          const std::vector<std::string>& extra, Personal& personal,
                                          const Cancelled& cancelled);
    std::optional<core::CaseSummary> summary(const Zaak& zaak, const Personal& personal);
    std::vector<Rol> parse_roles(std::vector<SecureJson> list); // scrubs the answers it read
    void require_role(std::vector<SecureJson> roles, const std::string& zaak_url, const std::string& bsn);
    std::string residents_roles_query(const std::string& bsn) const; // every role of the resident
    std::string roles_query(const std::string& zaak_url, const std::string& bsn) const;
    std::vector<ZaakInformatieObject> parse_links(const SecureJson& list);

    ZgwClient& client_;
    CatalogueCache& cache_;
    const PdfSandbox& sandbox_;
    bool expand_ = true;
};

} // namespace kiosk::services::zgw
