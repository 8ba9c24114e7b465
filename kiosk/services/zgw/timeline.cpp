#include "kiosk/services/zgw/timeline.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kiosk::services::zgw {

std::vector<core::CaseStep> timeline(const Zaak& zaak, std::vector<Status> statussen,
                                     std::vector<Statustype> types) {
    std::map<std::string, const Statustype*> by_url;
    for (const auto& t : types)
        by_url[t.url] = &t;
    std::stable_sort(statussen.begin(), statussen.end(),
                     [](const Status& a, const Status& b) { return a.datum_gezet < b.datum_gezet; });

    std::vector<core::CaseStep> steps;
    std::vector<std::string> step_status; // the status URL behind each reached step
    std::set<std::string> reached;
    int highest_reached = 0;
    for (const auto& s : statussen) {
        auto it = by_url.find(s.statustype);
        if (it == by_url.end()) continue; // a status of a type the catalogue does not list: skip it
        steps.push_back({it->second->label(), s.datum_gezet, core::StepState::done});
        step_status.push_back(s.url);
        reached.insert(s.statustype);
        highest_reached = std::max(highest_reached, it->second->volgnummer);
    }
    // The current step is the case's own status (else the last one set), unless the case is closed.
    if (!steps.empty() && !zaak.einddatum) {
        auto it = std::find(step_status.begin(), step_status.end(), zaak.status);
        auto current =
            it == step_status.end() ? steps.size() - 1 : static_cast<std::size_t>(it - step_status.begin());
        steps[current].state = core::StepState::current;
    }
    if (zaak.einddatum) return steps;
    std::sort(types.begin(), types.end(),
              [](const Statustype& a, const Statustype& b) { return a.volgnummer < b.volgnummer; });
    for (const auto& t : types)
        if (!reached.count(t.url) && t.volgnummer > highest_reached)
            steps.push_back({t.label(), std::nullopt, core::StepState::coming});
    return steps;
}

core::CaseSummary summarize(const Zaak& zaak, const Zaaktype& type, const Statustype* current,
                            const Resultaattype* result) {
    core::CaseSummary c;
    c.id = zaak.url;
    c.identification = zaak.identificatie;
    c.title = type.omschrijving;
    c.current_step = current ? current->label() : std::string();
    c.registered = zaak.startdatum;
    c.planned_end = zaak.einddatum_gepland ? zaak.einddatum_gepland : zaak.uiterlijke_einddatum_afdoening;
    c.closed = zaak.einddatum.has_value();
    if (c.closed && result)
        c.result = result->omschrijving; // OIP shows a result only once the case is closed
    return c;
}

} // namespace kiosk::services::zgw
