// Session lifecycle: time, touches, idle warning, the hard session limit, stopping, wiping, health.
#include "kiosk/core/update.hpp"
#include "kiosk/core/update_parts.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

// Screens where an absent resident must be caught: everything except the resting screens, and not
// while the resident is on the phone or waiting for paper (they are there, just not touching).
bool idle_watch_applies(const State& s) {
    if (s.screen == Screen::welcome || s.screen == Screen::out_of_order || s.screen == Screen::logged_out)
        return false;
    if (s.session && call_in_progress(s.session->call)) return false;
    if (s.session && std::holds_alternative<Printing>(s.session->print)) return false;
    return true;
}

// The moment a countdown that ends at `deadline` shows its next lower number.
Time next_countdown_change(Time now, Time deadline) {
    long left = seconds_left(now, deadline);
    if (left <= 1) return deadline;
    return deadline - seconds(left - 1);
}

void keep_earliest(std::optional<Time>& best, Time candidate) {
    if (!best || candidate < *best) best = candidate;
}

void on_clock(State& s, Time now, Effects& out) {
    s.now = std::max(s.now, now);
    now = s.now;

    if (s.health_recheck_at && now >= *s.health_recheck_at) {
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
    }
    if (s.session) {
        Time limit = s.session->started_at + s.policy.session_limit;
        if (now >= limit) {
            end_session(s, out, /*show_goodbye=*/true);
            return;
        }
        if (!s.session->warned_of_limit && now >= limit - s.policy.session_warning) {
            s.session->warned_of_limit = true;
            s.overlay = SessionEndingWarning{limit};
        }
    }
    if (auto* idle = std::get_if<IdleWarning>(&s.overlay); idle && now >= idle->deadline) {
        if (s.session)
            end_session(s, out, /*show_goodbye=*/false); // nobody is there to read a goodbye
        else {
            cancel_login(s, out);
            go_to_welcome(s);
        }
        return;
    }
    if (std::holds_alternative<NoOverlay>(s.overlay) && idle_watch_applies(s) &&
        now >= s.last_activity + s.policy.idle_warning_after) {
        s.overlay = IdleWarning{now + s.policy.idle_countdown};
    }
}

void on_health(State& s, bool healthy) {
    s.backends_healthy = healthy;
    if (!healthy) {
        s.health_recheck_at = s.now + s.policy.health_recheck;
        // A resident in the middle of something keeps going; the next one sees the out-of-order screen.
        if (s.screen == Screen::welcome) s.screen = Screen::out_of_order;
    } else {
        s.health_recheck_at.reset();
        if (s.screen == Screen::out_of_order) go_to_welcome(s);
    }
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
        if (s.session)
            end_session(s, out, /*show_goodbye=*/true);
        else {
            cancel_login(s, out);
            go_to_welcome(s);
        }
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

void end_session(State& s, Effects& out, bool show_goodbye) {
    cancel_login(s, out);
    if (s.session) {
        auto generation = s.session->generation;
        if (call_in_progress(s.session->call)) out.push_back(HangUp{generation});
        if (std::holds_alternative<Printing>(s.session->print)) out.push_back(CancelPrint{generation});
        out.push_back(WipeSession{generation});
        s.papers_to_collect = s.session->pages_printed > 0;
        wipe(*s.session);
        s.session.reset();
    }
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
    s.screen = s.backends_healthy ? Screen::welcome : Screen::out_of_order;
    s.settings = s.defaults;
    s.overlay = NoOverlay{};
    s.help_topic = HelpTopic::general;
    s.last_activity = s.now;
}

void wipe(Session& session) {
    wipe(session.identity.display_name);
    auto wipe_summary = [](CaseSummary& c) {
        for (auto* text : {&c.id, &c.identification, &c.title, &c.current_step, &c.result}) wipe(*text);
    };
    if (auto* cases = std::get_if<std::vector<CaseSummary>>(&session.cases))
        for (auto& c : *cases) wipe_summary(c);
    if (auto* detail = std::get_if<CaseDetail>(&session.detail)) {
        wipe_summary(detail->summary);
        wipe(detail->next_for_resident);
        for (auto& step : detail->steps) wipe(step.title);
        for (auto& doc : detail->documents) {
            wipe(doc.id);
            wipe(doc.title);
        }
    }
    if (auto* document = std::get_if<Document>(&session.document)) {
        wipe(document->content);
        wipe(document->ref.title);
        wipe(document->ref.id);
    }
    if (session.case_id) wipe(*session.case_id);
    if (session.call_case_id) wipe(*session.call_case_id);
    if (auto* connected = std::get_if<CallConnected>(&session.call)) wipe(connected->code);
    // identity.bsn is a Secret: it zeroes itself on destruction.
}

std::optional<Time> next_deadline(const State& s) {
    std::optional<Time> best;
    if (s.health_recheck_at) keep_earliest(best, *s.health_recheck_at);
    if (s.screen == Screen::logged_out) keep_earliest(best, next_countdown_change(s.now, s.logged_out_until));
    if (auto* showing = std::get_if<LoginShowingCode>(&s.login))
        keep_earliest(best, next_countdown_change(s.now, showing->expires_at));
    if (auto* idle = std::get_if<IdleWarning>(&s.overlay))
        keep_earliest(best, next_countdown_change(s.now, idle->deadline));
    if (auto* ending = std::get_if<SessionEndingWarning>(&s.overlay))
        keep_earliest(best, next_countdown_change(s.now, ending->deadline));
    if (s.session) {
        Time limit = s.session->started_at + s.policy.session_limit;
        keep_earliest(best, limit);
        if (!s.session->warned_of_limit) keep_earliest(best, limit - s.policy.session_warning);
        if (auto* connected = std::get_if<CallConnected>(&s.session->call)) {
            // The call duration on screen changes every whole second after the answer.
            auto elapsed = std::chrono::duration_cast<seconds>(s.now - connected->since);
            keep_earliest(best, connected->since + elapsed + seconds(1));
        }
    }
    if (std::holds_alternative<NoOverlay>(s.overlay) && idle_watch_applies(s))
        keep_earliest(best, s.last_activity + s.policy.idle_warning_after);
    return best;
}

} // namespace kiosk::core
