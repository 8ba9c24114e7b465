// Staff at the kiosk. A volunteer's badge opens assisted mode: a strip says so, the volunteer's own
// pages (tools, help for volunteers, the help line) are a tap away, and a signed-in resident is asked
// whether the volunteer may look along; the answer lives in the session and dies with it. A
// technician's badge opens maintenance between visits. The badge leaving the reader ends either.
#include "kiosk/core/update_parts.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

void note(State& s, HealthEvent what, std::string detail = {}, std::string reason = {}) {
    s.health_log.push_back({s.now, what, std::move(detail), std::move(reason)});
    if (s.health_log.size() > health_log_size)
        s.health_log.erase(s.health_log.begin(),
                           s.health_log.begin() + static_cast<long>(s.health_log.size() - health_log_size));
}

void record(State& s, SelfTest result) {
    if (result.outcome == TestOutcome::failed)
        note(s, HealthEvent::self_test_failed, result.name, result.detail);
    auto same = std::find_if(s.self_tests.begin(), s.self_tests.end(),
                             [&](const SelfTest& t) { return t.name == result.name; });
    if (same != s.self_tests.end())
        *same = std::move(result);
    else
        s.self_tests.push_back(std::move(result));
}

void run_self_tests(State& s, Effects& out) {
    s.self_tests.clear();
    out.push_back(RunSelfTests{});
    out.push_back(Say{SpeechCue::self_test}); // a sentence the technician hears, and a report
}

bool helpline_busy(const State& s) {
    return s.helpline_call == HelplineCall::dialling || s.helpline_call == HelplineCall::ringing ||
           s.helpline_call == HelplineCall::connected;
}

void end_helpline(State& s, Effects& out, HelplineCall how) {
    if (helpline_busy(s)) out.push_back(HangUp{staff_generation});
    s.helpline_call = how;
    ++s.helpline_attempt; // whatever the phone still says about that call is old news
}

// A result of the help line's call: generation 0 and the current attempt.
template <class T>
const T* helpline_result(const State& s, const Event& e) {
    const auto* result = std::get_if<T>(&e);
    if (!result || result->generation != staff_generation || result->call != s.helpline_attempt)
        return nullptr;
    return result;
}

std::string reason_code(PrintFailure reason) {
    switch (reason) {
    case PrintFailure::out_of_paper:
        return "out_of_paper";
    case PrintFailure::paper_jam:
        return "paper_jam";
    case PrintFailure::toner_empty:
        return "toner_empty";
    case PrintFailure::cover_open:
        return "cover_open";
    case PrintFailure::printer_offline:
        return "printer_offline";
    case PrintFailure::job_failed:
        return "job_failed";
    case PrintFailure::timed_out:
        return "timed_out";
    case PrintFailure::too_many_pages:
        return "too_many_pages";
    }
    return "failed";
}

SelfTest printer_test(const char* name, std::optional<PrintFailure> problem) {
    if (!problem) return {name, TestOutcome::passed, {}};
    return {name, TestOutcome::failed, reason_code(*problem)};
}

bool on_badge(State& s, const BadgePresented& badge, Effects& out) {
    s.badge = badge.role;
    if (badge.role == StaffRole::volunteer) {
        note(s, HealthEvent::volunteer_badge, badge.name);
        s.staff_called_at.reset(); // somebody came
        return true;
    }
    note(s, HealthEvent::technician_badge, badge.name);
    if (s.session) {
        note(s, HealthEvent::technician_waits);
        return true; // a resident's visit is never cut short: maintenance opens when it ends
    }
    if (s.screen != Screen::maintenance) end_visit(s, out, /*show_goodbye=*/false);
    return true;
}

void on_badge_removed(State& s, Effects& out) {
    if (!s.badge) return;
    note(s, HealthEvent::badge_removed);
    auto role = *s.badge;
    s.badge.reset();
    if (role == StaffRole::technician) {
        if (s.screen == Screen::maintenance) go_to_welcome(s);
        return;
    }
    s.staff_page.reset();
    if (s.session && s.session->consent == Consent::asking) s.session->consent = Consent::not_asked;
    if (helpline_busy(s)) end_helpline(s, out, HelplineCall::ended);
}

bool volunteer_may_act(const State& s) {
    return assisted(s) && !(s.session && s.session->consent == Consent::asking);
}

bool on_helpline(State& s, const Event& e, Effects& out) {
    if (std::holds_alternative<HelplinePressed>(e)) {
        bool resident_calling = s.session && call_in_progress(s.session->call);
        if (volunteer_may_act(s) && !s.helpline.empty() && !helpline_busy(s) && !resident_calling) {
            ++s.helpline_attempt;
            s.helpline_call = HelplineCall::dialling;
            out.push_back(Dial{staff_generation, s.helpline_attempt, s.helpline});
        }
        return true;
    }
    if (std::holds_alternative<HelplineHangUpPressed>(e)) {
        if (helpline_busy(s)) end_helpline(s, out, HelplineCall::ended);
        return true;
    }
    if (helpline_result<CallStartedRinging>(s, e)) {
        if (s.helpline_call == HelplineCall::dialling) s.helpline_call = HelplineCall::ringing;
        return true;
    }
    if (helpline_result<CallAnswered>(s, e)) {
        if (helpline_busy(s)) s.helpline_call = HelplineCall::connected;
        return true;
    }
    if (const auto* finished = helpline_result<CallFinished>(s, e)) {
        bool hung_up = finished->reason == CallEndReason::hung_up_by_kcc ||
                       finished->reason == CallEndReason::hung_up_by_resident;
        if (helpline_busy(s))
            s.helpline_call = hung_up || s.helpline_call == HelplineCall::connected ? HelplineCall::ended
                                                                                    : HelplineCall::failed;
        return true;
    }
    return false;
}

bool on_maintenance(State& s, const Event& e, Effects& out) {
    bool here = s.screen == Screen::maintenance;
    if (std::holds_alternative<MaintenanceToggled>(e)) {
        if (here) {
            s.maintenance = !s.maintenance;
            note(s, s.maintenance ? HealthEvent::maintenance_on : HealthEvent::maintenance_off);
        }
        return true;
    }
    if (std::holds_alternative<SelfTestsRequested>(e)) {
        if (here) run_self_tests(s, out);
        return true;
    }
    if (std::holds_alternative<TestPagePressed>(e)) {
        if (here) {
            record(s, {"test_page", TestOutcome::running, {}});
            out.push_back(PrintTestPage{});
        }
        return true;
    }
    if (std::holds_alternative<MaintenanceDone>(e)) {
        if (here) {
            s.badge.reset(); // leaving with the badge still in: it does not pull the kiosk back in
            go_to_welcome(s);
        }
        return true;
    }
    if (const auto* reported = std::get_if<SelfTestReported>(&e)) {
        if (here) record(s, reported->result);
        return true;
    }
    // The printer's answers for generation 0: the test page, or the readiness check of the self-tests
    // (the fleet's health probe asks with generation 0 too; outside maintenance nobody listens).
    if (const auto* checked = std::get_if<PrinterChecked>(&e);
        checked && checked->generation == staff_generation) {
        if (here) record(s, printer_test("printer", checked->problem));
        return true;
    }
    if (const auto* done = std::get_if<PrintDone>(&e); done && done->generation == staff_generation) {
        if (here) record(s, printer_test("test_page", std::nullopt));
        return true;
    }
    if (const auto* failed = std::get_if<PrintFailed>(&e); failed && failed->generation == staff_generation) {
        if (here) record(s, printer_test("test_page", failed->reason));
        return true;
    }
    if (const auto* progressed = std::get_if<PrintProgressed>(&e);
        progressed && progressed->generation == staff_generation)
        return true;
    return false;
}

} // namespace

bool update_staff(State& s, const Event& e, Effects& out) {
    if (const auto* badge = std::get_if<BadgePresented>(&e)) return on_badge(s, *badge, out);
    if (std::holds_alternative<BadgeRemoved>(e)) {
        on_badge_removed(s, out);
        return true;
    }
    if (const auto* answer = std::get_if<ConsentAnswered>(&e)) {
        if (s.session && s.session->consent == Consent::asking)
            s.session->consent = answer->agreed ? Consent::given : Consent::refused;
        return true;
    }
    if (const auto* page = std::get_if<StaffPageChosen>(&e)) {
        if (volunteer_may_act(s)) s.staff_page = page->page;
        return true;
    }
    if (std::holds_alternative<StaffPagesClosed>(e)) {
        s.staff_page.reset();
        return true;
    }
    if (std::holds_alternative<SessionRestartPressed>(e)) {
        if (volunteer_may_act(s)) {
            s.staff_page.reset();
            end_visit(s, out, /*show_goodbye=*/false);
        }
        return true;
    }
    if (std::holds_alternative<StaffHelpRequested>(e)) {
        if (!assisted(s)) {
            s.staff_called_at = s.now;
            note(s, HealthEvent::staff_called);
        }
        return true;
    }
    if (const auto* reader = std::get_if<CardReaderChanged>(&e)) {
        if (reader->working != s.card_reader_working)
            note(s, reader->working ? HealthEvent::reader_back : HealthEvent::reader_lost);
        s.card_reader_working = reader->working;
        return true;
    }
    return on_helpline(s, e, out) || on_maintenance(s, e, out);
}

void drop_helpline(State& s) {
    if (!helpline_busy(s)) return;
    s.helpline_call = HelplineCall::ended;
    ++s.helpline_attempt;
}

void settle_staff(State& s, Effects& out) {
    if (s.badge != StaffRole::volunteer) s.staff_page.reset();
    // The phone has one line: a resident's call (it dials) ends the help line's.
    if (s.session && call_in_progress(s.session->call)) drop_helpline(s);
    if (s.session && assisted(s) && s.session->consent == Consent::not_asked)
        s.session->consent = Consent::asking;
    // Between visits a technician's badge opens maintenance (after the goodbye screen, if any).
    bool between = s.screen == Screen::welcome || s.screen == Screen::out_of_order;
    if (s.badge == StaffRole::technician && !s.session && between) {
        s.screen = Screen::maintenance;
        s.overlay = NoOverlay{};
        run_self_tests(s, out);
    }
}

std::optional<Time> staff_called_until(const State& s) {
    if (!s.staff_called_at) return std::nullopt;
    return *s.staff_called_at + s.policy.staff_called_display;
}

bool assisted(const State& s) {
    return s.badge == StaffRole::volunteer;
}

bool mirror_shows_kiosk(const State& s) {
    return assisted(s) && s.session && s.session->consent == Consent::given;
}

} // namespace kiosk::core
