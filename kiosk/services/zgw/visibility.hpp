#pragma once
// What a resident may see, after the rules of the Open Inwoner Platform (openzaak/utils.py): only
// external case types, only up to a confidentiality level, only their own cases, and only final
// documents whose content has not been withdrawn. "Their own" means a role of a configured kind: a
// neighbour who objected to a permit is belanghebbende on the applicant's case, and must not read it.
#include "kiosk/services/zgw/zgw_model.hpp"

#include <string>
#include <vector>

namespace kiosk::services::zgw {

struct VisibilityRules {
    Confidentiality max_zaak = Confidentiality::openbaar;
    Confidentiality max_document = Confidentiality::openbaar;
    bool show_without_status = false;
    std::vector<std::string> roles = {"initiator"}; // omschrijvingGeneriek values that make a case theirs
};

// The generic role types of the Zaken API (rol.omschrijvingGeneriek).
bool known_role_type(std::string_view type);

bool zaak_visible(const Zaak& zaak, const Zaaktype& type, const VisibilityRules& rules);
bool document_visible(const InformatieObject& document, const VisibilityRules& rules);
// Before a case is listed or shown: among `roles`, one on this zaak (by URL), of a natural person with
// this BSN, of a type the rules allow.
bool has_role(const std::vector<Rol>& roles, std::string_view zaak_url, std::string_view bsn,
              const VisibilityRules& rules);

} // namespace kiosk::services::zgw
