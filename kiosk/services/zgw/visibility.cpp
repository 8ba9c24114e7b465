#include "kiosk/services/zgw/visibility.hpp"

#include <algorithm>

namespace kiosk::services::zgw {
namespace {
// A blank or unknown level is treated as the strictest: hidden.
bool within(const std::optional<Confidentiality>& level, Confidentiality max) {
    return level && *level <= max;
}
} // namespace

bool zaak_visible(const Zaak& zaak, const Zaaktype& type, const VisibilityRules& rules) {
    if (zaak.status.empty() && !rules.show_without_status) return false;
    return type.extern_ && zaak.zaaktype == type.url && within(zaak.vertrouwelijkheid, rules.max_zaak);
}

bool document_visible(const InformatieObject& document, const VisibilityRules& rules) {
    bool final = document.status == "definitief" || document.status == "gearchiveerd";
    return final && !document.inhoud_is_vervallen && within(document.vertrouwelijkheid, rules.max_document);
}

bool known_role_type(std::string_view type) {
    constexpr std::string_view types[] = {"adviseur",  "behandelaar",    "belanghebbende",  "beslisser",
                                          "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator"};
    return std::find(std::begin(types), std::end(types), type) != std::end(types);
}

bool has_role(const std::vector<Rol>& roles, std::string_view zaak_url, std::string_view bsn,
              const VisibilityRules& rules) {
    return !bsn.empty() && !zaak_url.empty() && std::any_of(roles.begin(), roles.end(), [&](const Rol& r) {
        return r.zaak == zaak_url && r.betrokkene_type == "natuurlijk_persoon" && r.inp_bsn == bsn &&
               std::find(rules.roles.begin(), rules.roles.end(), r.omschrijving_generiek) !=
                   rules.roles.end();
    });
}

} // namespace kiosk::services::zgw
