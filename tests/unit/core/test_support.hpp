#pragma once
// Helpers that build States the way journeys reach them, so each test starts where it matters.
#include "kiosk/core/update.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace kiosk::core::testing {

inline const Time t0 = Time{} + seconds(1000);
inline Time at(double s) {
    return t0 + milliseconds(static_cast<long>(s * 1000));
}

inline bool contains(const Effects& effects, const Effect& effect) {
    return std::find(effects.begin(), effects.end(), effect) != effects.end();
}

inline State started_state() {
    State s;
    s.demo = true;
    update(s, KioskStarted{t0});
    update(s, HealthChecked{true});
    return s;
}

inline Identity resident() {
    return Identity{Secret("999993653"), "Jan de Vries"};
}

inline LoginCode code(Duration valid = seconds(600)) {
    return LoginCode{"https://broker.example/device?user_code=ABCD-EFGH", "broker.example", "ABCD-EFGH",
                     valid};
}

inline State on_login_screen() {
    State s = started_state();
    update(s, BeginPressed{});
    update(s, LoginChosen{});
    update(s, LoginCodeReceived{s.login_attempt, code()});
    return s;
}

inline CallTicket ticket(Duration valid_for = seconds(600)) {
    return {.ref = "ref-1",
            .sip_address = "sip:idbellen@kcc.example.nl",
            .number = "14 024",
            .code = Secret("4821073596"),
            .valid_for = valid_for};
}

inline State signed_in_state() {
    State s = on_login_screen();
    update(s, LoginSucceeded{s.login_attempt, resident()});
    return s;
}

inline CaseSummary summary(std::string id, Date registered, bool closed = false) {
    CaseSummary c;
    c.id = id;
    c.identification = "ZAAK-" + id;
    c.title = "Aanvraag " + id;
    c.current_step = "In behandeling";
    c.registered = registered;
    c.closed = closed;
    return c;
}

inline CaseDetail detail(const std::string& id) {
    CaseDetail d;
    d.summary = summary(id, {2026, 11, 2});
    d.steps = {{"Ontvangen", Date{2026, 11, 2}, StepState::done},
               {"In behandeling", Date{2026, 11, 3}, StepState::current}};
    d.documents = {{"doc1", "Ontvangstbevestiging", {2026, 11, 2}}};
    return d;
}

inline Document document(int pages = 2) {
    return Document{
        {"doc1", "Ontvangstbevestiging", {2026, 11, 2}}, "application/pdf", {'%', 'P', 'D', 'F'}, pages};
}

// Signed in, with request "a" (one of `others` more in the list) open on screen.
inline State on_case_screen(std::vector<CaseSummary> others = {}) {
    State s = signed_in_state();
    auto g = s.session->generation;
    others.insert(others.begin(), summary("a", {2026, 11, 2}));
    update(s, CasesLoaded{g, others});
    update(s, MyCasesPressed{});
    update(s, CaseSelected{"a"});
    update(s, CaseLoaded{g, detail("a")});
    return s;
}

// Signed in, with one request open and its first document on screen.
inline State on_document_screen(int pages = 2) {
    State s = on_case_screen();
    auto g = s.session->generation;
    update(s, DocumentSelected{"doc1"});
    update(s, DocumentLoaded{g, document(pages)});
    return s;
}

} // namespace kiosk::core::testing
