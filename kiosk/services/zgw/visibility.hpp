#pragma once
// What a resident may see, after the rules of the Open Inwoner Platform (openzaak/utils.py): only
// external case types, only up to a confidentiality level, only their own cases, and only final
// documents whose content has not been withdrawn.
#include "kiosk/services/zgw/zgw_model.hpp"

namespace kiosk::services::zgw {

struct VisibilityRules {
    Confidentiality max_zaak = Confidentiality::openbaar;
    Confidentiality max_document = Confidentiality::openbaar;
    bool show_without_status = false;
};

bool zaak_visible(const Zaak& zaak, const Zaaktype& type, const VisibilityRules& rules);
bool document_visible(const InformatieObject& document, const VisibilityRules& rules);
// Before one case is shown: the resident must have a role on it as a natural person with this BSN.
bool has_role(const std::vector<Rol>& roles, std::string_view bsn);

} // namespace kiosk::services::zgw
