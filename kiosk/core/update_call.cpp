// The identified call to the contact centre ("ID-bellen"): from Home about anything, or from one
// request about that request. The ID-bellen service gives a number and a one-time code; the kiosk
// dials, and once the contact centre answers it sends the code as telephone keys, so the agent knows who
// is calling about what. When the kiosk cannot call, the resident may dial with their own phone and
// type the code. Afterwards the resident returns to where they were.
#include "kiosk/core/update_parts.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

// A result of a call effect only counts for the call that asked for it.
template <class T>
const T* call_result(const State& s, const Event& e) {
    const auto* result = session_result<T>(s, e);
    if (!result || result->call != s.session->call_attempt) return nullptr;
    return result;
}

bool phone_in_use(const CallStage& call) {
    return std::holds_alternative<CallConnecting>(call) || std::holds_alternative<CallRinging>(call) ||
           std::holds_alternative<CallConnected>(call) || std::holds_alternative<CallHangingUp>(call);
}

bool ticket_valid_for(const State& s, Duration at_least) {
    return s.session->call_ticket && s.session->call_ticket_expires_at - s.now >= at_least;
}

void dial(State& s, Effects& out) {
    auto& session = *s.session;
    session.call = CallConnecting{s.now + s.policy.call_answer_timeout};
    out.push_back(Dial{session.generation, session.call_attempt, session.call_ticket->sip_address});
}

void request_ticket(State& s, bool self_dial, Effects& out) {
    auto& session = *s.session;
    end_call_session(s, out);
    session.call = CallRequesting{self_dial};
    std::string identification;
    if (session.call_case_id)
        if (const auto* detail = ready(session.detail)) identification = detail->summary.identification;
    out.push_back(RequestCallSession{session.generation, session.call_attempt, identification});
}

// A new try: a code that stays valid long enough serves it, otherwise the service gives a new one.
void call_again(State& s, bool self_dial, Effects& out) {
    auto& session = *s.session;
    ++session.call_attempt;
    auto needed =
        self_dial ? s.policy.call_ticket_reuse : s.policy.call_ticket_reuse + s.policy.call_answer_timeout;
    if (!ticket_valid_for(s, needed))
        request_ticket(s, self_dial, out);
    else if (self_dial)
        session.call = CallSelfDial{};
    else
        dial(s, out);
}

void start_call(State& s, bool about_case, Effects& out) {
    auto& session = *s.session;
    std::optional<std::string> case_id;
    if (about_case)
        if (const auto* detail = ready(session.detail)) case_id = detail->summary.id;
    if (case_id != session.call_case_id) end_call_session(s, out); // a code names one request
    session.call_case_id = case_id;
    if (s.screen != Screen::call) session.call_return = s.screen;
    s.screen = Screen::call;
    call_again(s, /*self_dial=*/false, out);
}

bool code_is_digits(const CallTicket& ticket) {
    const auto& code = ticket.code.reveal();
    return !code.empty() &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void on_ticket(State& s, const CallSessionCreated& created, Effects& out) {
    auto& session = *s.session;
    const auto* requesting = std::get_if<CallRequesting>(&session.call);
    if (!requesting) { // the resident stopped meanwhile: nobody needs this code
        out.push_back(EndCallSession{session.generation, created.ticket.ref});
        return;
    }
    if (!code_is_digits(created.ticket) || created.ticket.valid_for <= Duration{}) {
        out.push_back(EndCallSession{session.generation, created.ticket.ref});
        call_ended(session, CallEndReason::service_unavailable);
        return;
    }
    session.call_ticket = created.ticket;
    session.call_ticket_expires_at = s.now + created.ticket.valid_for;
    if (requesting->self_dial)
        session.call = CallSelfDial{};
    else
        dial(s, out);
}

void on_answer(State& s, const CallAnswered& answered) {
    auto& session = *s.session;
    auto delivery = CodeDelivery::waiting;
    if (!ticket_valid_for(s, s.policy.call_code_pause + seconds(1)))
        delivery = CodeDelivery::expired;
    else if (!answered.telephone_events)
        delivery = CodeDelivery::type_it;
    session.call = CallConnected{s.now, delivery};
}

void on_finished(State& s, CallEndReason reason, Effects& out) {
    auto& session = *s.session;
    bool answered = std::holds_alternative<CallConnected>(session.call);
    if (const auto* hanging = std::get_if<CallHangingUp>(&session.call)) answered = hanging->answered;
    if (answered) end_call_session(s, out); // the code did its work; a new call gets a new one
    call_ended(session, reason);
    s.last_activity = s.now; // the idle countdown starts after the call, not during it
}

void hang_up(State& s, Effects& out) {
    auto& session = *s.session;
    if (std::holds_alternative<CallRequesting>(session.call)) { // nothing dialled yet
        call_ended(session, CallEndReason::hung_up_by_resident);
        return;
    }
    session.call = CallHangingUp{std::holds_alternative<CallConnected>(session.call)};
    out.push_back(HangUp{session.generation});
}

} // namespace

void end_call_session(State& s, Effects& out) {
    auto& session = *s.session;
    if (!session.call_ticket) return;
    out.push_back(EndCallSession{session.generation, session.call_ticket->ref});
    session.call_ticket.reset();
}

void call_ended(Session& session, CallEndReason reason) {
    bool trouble_was_the_call =
        reason != CallEndReason::hung_up_by_resident && reason != CallEndReason::hung_up_by_kcc &&
        reason != CallEndReason::service_unavailable && reason != CallEndReason::service_refused;
    session.call = CallEnded{reason, trouble_was_the_call && session.call_ticket.has_value()};
}

void leave_call(State& s, Effects& out) {
    auto& session = *s.session;
    end_call_session(s, out);
    session.call = CallIdle{};
    s.screen = session.call_return;
}

std::optional<Time> call_code_due(const State& s) {
    if (!s.session) return std::nullopt;
    const auto* connected = std::get_if<CallConnected>(&s.session->call);
    if (!connected || connected->code != CodeDelivery::waiting) return std::nullopt;
    return connected->since + s.policy.call_code_pause;
}

void send_code_when_due(State& s, Effects& out) {
    auto due = call_code_due(s);
    if (!due || s.now < *due) return;
    auto& session = *s.session;
    auto& connected = std::get<CallConnected>(session.call);
    if (!ticket_valid_for(s, seconds(1))) {
        connected.code = CodeDelivery::expired;
        return;
    }
    connected.code = CodeDelivery::sending;
    out.push_back(SendCode{session.generation, session.call_attempt, session.call_ticket->code});
}

bool update_call(State& s, const Event& e, Effects& out) {
    if (auto* pressed = std::get_if<CallPressed>(&e)) {
        if (s.session && !call_in_progress(s.session->call)) start_call(s, pressed->about_case, out);
        return true;
    }
    if (std::holds_alternative<RetryPressed>(e)) {
        if (!s.session || s.screen != Screen::call) return true;
        const auto& call = s.session->call;
        if (std::holds_alternative<CallEnded>(call)) call_again(s, /*self_dial=*/false, out);
        if (std::holds_alternative<CallSelfDial>(call) && !ticket_valid_for(s, seconds(1))) // "Nieuwe code"
            call_again(s, /*self_dial=*/true, out);
        return true;
    }
    if (std::holds_alternative<SelfDialPressed>(e)) {
        if (!s.session || s.screen != Screen::call) return true;
        auto& call = s.session->call;
        if (std::holds_alternative<CallConnecting>(call) || std::holds_alternative<CallRinging>(call)) {
            out.push_back(HangUp{s.session->generation});
            call = CallSelfDial{};
            ++s.session->call_attempt; // what the phone still says about this call is old news
        } else if (std::holds_alternative<CallEnded>(call)) {
            call_again(s, /*self_dial=*/true, out);
        }
        return true;
    }
    if (std::holds_alternative<ResendCodePressed>(e)) {
        if (!s.session) return true;
        auto* connected = std::get_if<CallConnected>(&s.session->call);
        if (connected && connected->code == CodeDelivery::sent) {
            connected->code = CodeDelivery::waiting;
            connected->since = std::min(connected->since, s.now - s.policy.call_code_pause);
            send_code_when_due(s, out);
        }
        return true;
    }
    if (std::holds_alternative<HangUpPressed>(e)) {
        if (s.session && call_in_progress(s.session->call) &&
            !std::holds_alternative<CallHangingUp>(s.session->call))
            hang_up(s, out);
        return true;
    }
    if (auto* created = session_result<CallSessionCreated>(s, e)) {
        if (created->call == s.session->call_attempt)
            on_ticket(s, *created, out);
        else // an answer for a call given up on: nobody needs this code
            out.push_back(EndCallSession{s.session->generation, created->ticket.ref});
        return true;
    }
    if (auto* failed = call_result<CallSessionFailed>(s, e)) {
        if (std::holds_alternative<CallRequesting>(s.session->call))
            call_ended(*s.session, failed->reason == CallSessionFailure::refused
                                       ? CallEndReason::service_refused
                                       : CallEndReason::service_unavailable);
        return true;
    }
    if (call_result<CallStartedRinging>(s, e)) {
        if (auto* connecting = std::get_if<CallConnecting>(&s.session->call))
            s.session->call = CallRinging{connecting->deadline};
        return true;
    }
    if (auto* answered = call_result<CallAnswered>(s, e)) {
        const auto& call = s.session->call;
        if (std::holds_alternative<CallConnecting>(call) || std::holds_alternative<CallRinging>(call))
            on_answer(s, *answered);
        return true;
    }
    if (auto* sent = call_result<CodeSent>(s, e)) {
        auto* connected = std::get_if<CallConnected>(&s.session->call);
        if (connected && connected->code == CodeDelivery::sending)
            connected->code = sent->delivered ? CodeDelivery::sent : CodeDelivery::type_it;
        return true;
    }
    if (auto* finished = call_result<CallFinished>(s, e)) {
        if (phone_in_use(s.session->call)) on_finished(s, finished->reason, out);
        return true;
    }
    return false;
}

} // namespace kiosk::core
