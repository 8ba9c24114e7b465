#pragma once
// From ZGW resources to what the kiosk shows: the summary row of a case and its track-and-trace steps.
#include "kiosk/core/model.hpp"
#include "kiosk/services/zgw/zgw_model.hpp"

namespace kiosk::services::zgw {

// Steps reached, by the date they were set; the current one marked; the steps still to come from the
// case type's status types, by volgnummer. Labels: statustekst, else omschrijving.
std::vector<core::CaseStep> timeline(const Zaak& zaak, std::vector<Status> statussen,
                                     std::vector<Statustype> types);

// The row in "Mijn aanvragen". `current` and `result` may be null (no status yet / not closed).
core::CaseSummary summarize(const Zaak& zaak, const Zaaktype& type, const Statustype* current,
                            const Resultaattype* result);

} // namespace kiosk::services::zgw
