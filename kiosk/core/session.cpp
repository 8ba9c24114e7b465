// Session lifecycle: time, touches, idle warning, the hard session limit, device and call timeouts,
// stopping, wiping, health.
#include "kiosk/core/update.hpp"
#include "kiosk/core/update_parts.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

// When the code on the "Bel zelf" screen runs out; none when that screen is not up.
std::optional<Time> self_dial_code_expiry(const State& s) {
    if (!s.session || !std::holds_alternative<CallSelfDial>(s.session->call) || !s.session->call_ticket)
        return std::nullopt;
    return s.session->call_ticket_expires_at;
}

// The resident is calling with their own phone while the code on screen is valid.
bool self_dialling(const State& s) {
    auto expiry = self_dial_code_expiry(s);
    return expiry && s.now < *expiry;
}

// How long without a touch before "Bent u er nog?", on this screen. Never on the resting screens.
// While the kiosk's handset is in use or paper is coming out the resident is there by definition, and
// those waits have their own timeouts (no answer, a silent printer). On the screens where the resident
// works on their own phone (the QR code, the code to dial themselves) the question comes later: a valid
// code and a signed-in session must not stay on screen for whoever comes next.
std::optional<Duration> idle_allowance(const State& s) {
    if (s.screen == Screen::welcome || s.screen == Screen::out_of_order || s.screen == Screen::logged_out ||
        s.screen == Screen::maintenance)
        return std::nullopt;
    if (s.session && call_in_progress(s.session->call)) return std::nullopt;
    if (s.session && std::holds_alternative<Printing>(s.session->print)) return std::nullopt;
    if (std::holds_alternative<LoginShowingCode>(s.login) || self_dialling(s))
        return std::max(s.policy.idle_warning_on_phone_screens, s.policy.idle_warning_after);
    return s.policy.idle_warning_after;
}

// The moments of the lifecycle, each in one place for on_clock and next_deadline alike.
// The idle question may replace the session-limit notice (someone who walked away cannot read it),
// but not itself.
std::optional<Time> idle_warning_at(const State& s) {
    if (std::holds_alternative<IdleWarning>(s.overlay)) return std::nullopt;
    auto allowance = idle_allowance(s);
    if (!allowance) return std::nullopt;
    return s.last_activity + *allowance;
}
std::optional<Time> session_limit_at(const State& s) {
    if (!s.session) return std::nullopt;
    return s.session->started_at + s.policy.session_limit;
}
std::optional<Time> limit_warning_at(const State& s) {
    if (!s.session || s.session->warned_of_limit) return std::nullopt;
    return *session_limit_at(s) - s.policy.session_warning;
}
std::optional<Time> call_deadline(const State& s) {
    if (!s.session) return std::nullopt;
    if (const auto* c = std::get_if<CallConnecting>(&s.session->call)) return c->deadline;
    if (const auto* r = std::get_if<CallRinging>(&s.session->call)) return r->deadline;
    return std::nullopt;
}
std::optional<Time> print_deadline(const State& s) {
    if (!s.session) return std::nullopt;
    if (const auto* p = std::get_if<Printing>(&s.session->print)) return p->deadline;
    if (const auto* c = std::get_if<PrintChecking>(&s.session->print)) return c->deadline;
    return std::nullopt;
}

// The moment a countdown that ends at `deadline` shows its next lower number.
Time next_countdown_change(Time now, Time deadline) {
    long left = seconds_left(now, deadline);
    if (left <= 1) return deadline;
    return deadline - seconds(left - 1);
}

void keep_earliest(std::optional<Time>& best, std::optional<Time> candidate) {
    if (candidate && (!best || *candidate < *best)) best = candidate;
}

bool due(std::optional<Time> moment, Time now) {
    return moment && now >= *moment;
}

// A device or the contact centre that stays silent must not hold the kiosk: give up in the core.
void expire_waits(State& s, Time now, Effects& out) {
    if (due(print_deadline(s), now)) {
        if (std::holds_alternative<Printing>(s.session->print)) {
            out.push_back(CancelPrint{s.session->generation});
            s.session->print = PrintFailedStage{PrintFailure::timed_out};
        } else { // the printer never answered whether it was ready
            s.session->print = PrintFailedStage{PrintFailure::printer_offline};
        }
        s.last_activity = now;
    }
    if (due(call_deadline(s), now)) {
        out.push_back(HangUp{s.session->generation});
        call_ended(*s.session, CallEndReason::no_answer);
        ++s.session->call_attempt; // what the phone still says about this call is old news
        s.last_activity = now;
    }
    send_code_when_due(s, out);
    // A code that ran out on screen is news: the idle watch counts from then, not from the last touch.
    if (auto expiry = self_dial_code_expiry(s); expiry && now >= *expiry)
        s.last_activity = std::max(s.last_activity, *expiry);
}

void on_clock(State& s, Time now, Effects& out) {
    if (s.identify_until && now >= *s.identify_until) s.identify_until.reset();
    s.now = std::max(s.now, now);
    now = s.now;
    if (due(staff_called_until(s), now)) s.staff_called_at.reset();

    if (due(s.health_recheck_at, now)) {
        s.health_recheck_at.reset();
        out.push_back(CheckHealth{});
    }
    if (s.screen == Screen::logged_out && now >= s.logged_out_until) {
        go_to_welcome(s);
        return;
    }
    if (auto* showing = std::get_if<LoginShowingCode>(&s.login); showing && now >= showing->expires_at) {
        out.push_back(CancelLogin{s.login_attempt});
        s.login = LoginFailedStage{LoginFailure::expired};
        s.last_activity = now; // the idle watch starts again from here
    }
    expire_waits(s, now, out);
    if (due(session_limit_at(s), now)) {
        end_visit(s, out, /*show_goodbye=*/true);
        return;
    }
    if (auto* idle = std::get_if<IdleWarning>(&s.overlay); idle && now >= idle->deadline) {
        end_visit(s, out, /*show_goodbye=*/false); // nobody is there to read a goodbye
        return;
    }
    if (due(idle_warning_at(s), now)) s.overlay = IdleWarning{now + s.policy.idle_countdown};
    // An open idle question is not replaced by the session-limit notice: its countdown must run out.
    if (due(limit_warning_at(s), now) && !std::holds_alternative<IdleWarning>(s.overlay)) {
        s.session->warned_of_limit = true;
        s.overlay = SessionEndingWarning{*session_limit_at(s)};
    }
}

void on_health(State& s, bool healthy) {
    s.backends_healthy = healthy;
    s.health_recheck_at = s.now + (healthy ? s.policy.health_interval : s.policy.health_recheck);
    // A resident in the middle of something keeps going; the next one sees the out-of-order screen.
    settle_out_of_order(s);
}

} // namespace

bool update_session(State& s, const Event& e, Effects& out) {
    if (auto* started = std::get_if<KioskStarted>(&e)) {
        s.now = started->now;
        s.last_activity = started->now;
        out.push_back(CheckHealth{});
        return true;
    }
    if (auto* tick = std::get_if<ClockTicked>(&e)) {
        on_clock(s, tick->now, out);
        return true;
    }
    if (auto* touch = std::get_if<ScreenTouched>(&e)) {
        s.now = std::max(s.now, touch->at);
        s.last_activity = s.now;
        // A touch postpones the question, but once it is asked only its buttons answer it: a touch that
        // closed the dialog would land on whatever lies beneath it.
        return true;
    }
    if (std::holds_alternative<StillHerePressed>(e)) {
        s.overlay = NoOverlay{};
        s.last_activity = s.now;
        return true;
    }
    if (std::holds_alternative<StopPressed>(e)) {
        end_visit(s, out, /*show_goodbye=*/true);
        return true;
    }
    if (auto* health = std::get_if<HealthChecked>(&e)) {
        on_health(s, health->healthy);
        return true;
    }
    return false;
}

void cancel_login(State& s, Effects& out) {
    if (std::holds_alternative<LoginRequesting>(s.login) || std::holds_alternative<LoginShowingCode>(s.login))
        out.push_back(CancelLogin{s.login_attempt});
    s.login = LoginIdle{};
}

void end_visit(State& s, Effects& out, bool show_goodbye) {
    cancel_login(s, out);
    if (!s.session) { // nobody signed in: nothing to wipe and no goodbye needed
        go_to_welcome(s);
        return;
    }
    auto generation = s.session->generation;
    const auto& call = s.session->call;
    if (call_in_progress(call) && !std::holds_alternative<CallRequesting>(call))
        out.push_back(HangUp{generation});
    end_call_session(s, out);
    if (std::holds_alternative<Printing>(s.session->print)) out.push_back(CancelPrint{generation});
    out.push_back(WipeSession{generation});
    drop_helpline(s); // the phone's wipe ends every call it has
    s.papers_to_collect = s.session->pages_printed > 0;
    s.session.reset(); // ~Session zeroes it
    s.overlay = NoOverlay{};
    if (show_goodbye) {
        s.screen = Screen::logged_out;
        s.logged_out_until = s.now + s.policy.logged_out_display;
    } else {
        go_to_welcome(s);
    }
}

void go_to_welcome(State& s) {
    // The next resident starts from the same defaults: language, text size and contrast reset.
    s.screen = serving(s) ? Screen::welcome : Screen::out_of_order;
    s.settings = s.defaults;
    s.overlay = NoOverlay{};
    s.help_topic = HelpTopic::general;
    s.staff_called_at.reset(); // the resident who asked has gone
    s.last_activity = s.now;
}

void settle_out_of_order(State& s) {
    if (!serving(s) && s.screen == Screen::welcome) s.screen = Screen::out_of_order;
    if (serving(s) && s.screen == Screen::out_of_order) go_to_welcome(s);
}

bool serving(const State& s) {
    return s.backends_healthy && !s.maintenance;
}

bool between_visits(const State& s) {
    return !s.session && std::holds_alternative<LoginIdle>(s.login) &&
           (s.screen == Screen::welcome || s.screen == Screen::out_of_order);
}

bool resting(Screen screen) {
    return screen == Screen::welcome || screen == Screen::out_of_order || screen == Screen::maintenance;
}

std::optional<Time> next_deadline(const State& s) {
    std::optional<Time> best = s.health_recheck_at;
    if (s.identify_until) keep_earliest(best, *s.identify_until);
    keep_earliest(best, staff_called_until(s));
    if (s.speech_hint_at) keep_earliest(best, *s.speech_hint_at);
    if (s.screen == Screen::logged_out) keep_earliest(best, next_countdown_change(s.now, s.logged_out_until));
    if (auto* showing = std::get_if<LoginShowingCode>(&s.login))
        keep_earliest(best, next_countdown_change(s.now, showing->expires_at));
    if (auto* idle = std::get_if<IdleWarning>(&s.overlay))
        keep_earliest(best, next_countdown_change(s.now, idle->deadline));
    if (auto* ending = std::get_if<SessionEndingWarning>(&s.overlay))
        keep_earliest(best, next_countdown_change(s.now, ending->deadline));
    keep_earliest(best, session_limit_at(s));
    keep_earliest(best, limit_warning_at(s));
    keep_earliest(best, idle_warning_at(s));
    keep_earliest(best, call_deadline(s));
    keep_earliest(best, print_deadline(s));
    keep_earliest(best, call_code_due(s));
    if (self_dialling(s)) keep_earliest(best, next_countdown_change(s.now, *self_dial_code_expiry(s)));
    if (s.session)
        if (auto* connected = std::get_if<CallConnected>(&s.session->call)) {
            // The call duration on screen changes every whole second after the answer.
            auto elapsed = std::chrono::duration_cast<seconds>(s.now - connected->since);
            keep_earliest(best, connected->since + elapsed + seconds(1));
        }
    return best;
}

} // namespace kiosk::core
