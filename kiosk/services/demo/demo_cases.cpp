#include "kiosk/services/demo/demo_services.hpp"
#include "kiosk/services/documents/letter_pdf.hpp"

#include <algorithm>
#include <array>

namespace kiosk::services {
namespace {

const DemoCase* find_case(const DemoData& data, const std::string& id) {
    auto it = std::find_if(data.cases.begin(), data.cases.end(),
                           [&](const DemoCase& c) { return c.detail.summary.id == id; });
    return it == data.cases.end() ? nullptr : &*it;
}

// Letters are dated the way they are printed in Dutch.
std::string dutch_date(core::Date d) {
    static constexpr std::array months{"januari", "februari", "maart",     "april",   "mei",      "juni",
                                       "juli",    "augustus", "september", "oktober", "november", "december"};
    return std::to_string(d.day) + " " + months[static_cast<std::size_t>(d.month - 1)] + " " +
           std::to_string(d.year);
}

} // namespace

void DemoCases::fetch_cases(std::uint64_t generation, const core::Secret&) { // one demo resident
    if (down_) {
        outbox_.schedule(timings_.unreachable, [this, generation] {
            outbox_.post(core::CasesFailed{generation, core::FetchError::unreachable});
        });
        return;
    }
    std::vector<core::CaseSummary> list;
    if (!no_cases_)
        for (const auto& c : data_.cases)
            list.push_back(c.detail.summary);
    outbox_.schedule(timings_.fetch, [this, generation, list] {
        outbox_.post(core::CasesLoaded{generation, list});
    });
}

void DemoCases::fetch_case(std::uint64_t generation, const std::string& case_id, const core::Secret&) {
    const auto* c = find_case(data_, case_id);
    if (down_ || !c) {
        auto error = down_ ? core::FetchError::unreachable : core::FetchError::not_found;
        outbox_.schedule(timings_.unreachable, [this, generation, case_id, error] {
            outbox_.post(core::CaseFailed{generation, case_id, error});
        });
        return;
    }
    outbox_.schedule(timings_.fetch, [this, generation, detail = c->detail] {
        outbox_.post(core::CaseLoaded{generation, detail});
    });
}

void DemoCases::fetch_document(std::uint64_t generation, const std::string& case_id,
                               const std::string& document_id, const core::Secret&) {
    const auto* c = find_case(data_, case_id);
    const DemoDocument* doc = nullptr;
    if (c)
        for (const auto& d : c->documents)
            if (d.ref.id == document_id) doc = &d;
    if (down_ || !doc) {
        auto error = down_ ? core::FetchError::unreachable : core::FetchError::not_found;
        outbox_.schedule(timings_.unreachable, [this, generation, document_id, error] {
            outbox_.post(core::DocumentFailed{generation, document_id, error});
        });
        return;
    }
    Letter letter{data_.municipality, dutch_date(doc->ref.date),
                  doc->ref.title,     c->detail.summary.identification,
                  doc->paragraphs,    "Team Dienstverlening"};
    auto pdf = render_letter_pdf(letter);
    core::Document document{doc->ref, "application/pdf", std::move(pdf.bytes), pdf.pages};
    outbox_.schedule(timings_.fetch, [this, generation, document = std::move(document)] {
        outbox_.post(core::DocumentLoaded{generation, document});
    });
}

} // namespace kiosk::services
