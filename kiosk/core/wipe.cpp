// Zeroing personal data before its memory goes back to the allocator: the session in State, and the
// copies that travel in events and effects.
#include "kiosk/core/update.hpp"
#include "kiosk/util/overloaded.hpp"

namespace kiosk::core {

void wipe(CaseSummary& c) {
    for (auto* text : {&c.id, &c.identification, &c.title, &c.current_step, &c.result})
        wipe(*text);
}

void wipe(std::vector<CaseSummary>& cases) {
    for (auto& c : cases)
        wipe(c);
}

void wipe(CaseDetail& d) {
    wipe(d.summary);
    wipe(d.next_for_resident);
    for (auto& step : d.steps)
        wipe(step.title);
    for (auto& doc : d.documents) {
        wipe(doc.id);
        wipe(doc.title);
    }
}

void wipe(Document& d) {
    wipe(d.content);
    wipe(d.ref.id);
    wipe(d.ref.title);
}

Session::~Session() {
    wipe(*this);
}

void wipe(Session& session) {
    wipe(session.identity.display_name);
    session.identity.bsn = Secret();
    if (auto* cases = std::get_if<std::vector<CaseSummary>>(&session.cases)) wipe(*cases);
    if (auto* detail = std::get_if<CaseDetail>(&session.detail)) wipe(*detail);
    if (auto* document = std::get_if<Document>(&session.document)) wipe(*document);
    for (auto* id : {&session.case_id, &session.document_id, &session.call_case_id})
        if (*id) wipe(**id);
    session.call_ticket.reset(); // its code is a Secret and zeroes itself
}

void wipe(Event& event) {
    std::visit(overloaded{
                   [](LoginSucceeded& e) {
                       e.identity.bsn = Secret();
                       wipe(e.identity.display_name);
                   },
                   [](CasesLoaded& e) { wipe(e.cases); },
                   [](CaseLoaded& e) { wipe(e.detail); },
                   [](DocumentLoaded& e) { wipe(e.document); },
                   [](CallSessionCreated& e) { e.ticket.code = Secret(); },
                   [](auto&) {},
               },
               event);
}

void wipe(Effect& effect) {
    std::visit(overloaded{[](PrintDocument& e) { wipe(e.content); }, [](FetchCases& e) { e.bsn = Secret{}; },
                          [](FetchCase& e) { e.bsn = Secret{}; }, [](FetchDocument& e) { e.bsn = Secret{}; },
                          [](MakeOverview& e) { wipe(e.detail); }, [](SendCode& e) { e.code = Secret(); },
                          [](auto&) {}},
               effect);
}

} // namespace kiosk::core
