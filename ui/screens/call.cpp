// The identified call ("ID-bellen"). Shows: the code being asked for, "Pak de hoorn op" with a picture,
// calling / ringing / connected with the duration / ended, and "Bel zelf met uw eigen telefoon" with
// number and code in digit pairs and how long the code stays valid. The code is shown only where the
// resident must read it, and speech never says it (Role::code).
// Emits: HangUpPressed, SelfDialPressed, ResendCodePressed, RetryPressed, BackPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/scroll_area.hpp"

namespace ui {
namespace {

using namespace kiosk::core;

std::string end_text(const Ui& ui, CallEndReason reason) {
    switch (reason) {
    case CallEndReason::hung_up_by_resident:
        return ui.t("call.ended.resident"_tk);
    case CallEndReason::hung_up_by_kcc:
        return ui.t("call.ended.kcc"_tk);
    case CallEndReason::no_answer:
        return ui.t("call.ended.no_answer"_tk);
    case CallEndReason::busy:
        return ui.t("call.ended.busy"_tk);
    case CallEndReason::unreachable:
        return ui.t("call.ended.unreachable"_tk);
    case CallEndReason::phone_unavailable:
        return ui.t("call.ended.phone_unavailable"_tk);
    case CallEndReason::connection_lost:
        return ui.t("call.ended.connection_lost"_tk);
    case CallEndReason::service_unavailable:
        return ui.t("call.ended.service_unavailable"_tk);
    case CallEndReason::service_refused:
        return ui.t("call.ended.service_refused"_tk);
    case CallEndReason::failed:
        return ui.t("call.ended.failed"_tk);
    }
    return {};
}

// "4821073596" -> "48 21 07 35 96": pairs are easier to read and to keep in mind while typing.
std::string digit_pairs(const std::string& digits) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 2 == 0) out += ' ';
        out += digits[i];
    }
    return out;
}

// "2:05": minutes and seconds, as a phone shows a call's duration.
std::string clock_text(long total_seconds) {
    auto seconds = std::to_string(total_seconds % 60);
    return std::to_string(total_seconds / 60) + ":" + (seconds.size() < 2 ? "0" : "") + seconds;
}

void big_code(Ui& ui, Column& column, const std::string& code) {
    label(ui, column.next(ui.font.sizes.code * 1.2f), digit_pairs(code), TextStyle::code, ui.color.text,
          Role::code, true);
}

void hang_up_button(Ui& ui, Column& column, std::string_view id, const std::string& text) {
    if (column_button(
            ui, column, ui.m.primary_button_h,
            {.id = id, .icon = Icon::call_end, .label = text, .kind = ButtonKind::danger, .centered = true}))
        ui.emit(HangUpPressed{});
}

void self_dial_button(Ui& ui, Column& column, std::string_view id, const std::string& text) {
    if (column_button(ui, column, ui.m.button_h, {.id = id, .icon = Icon::smartphone, .label = text}))
        ui.emit(SelfDialPressed{});
}

// "Klaar met bellen": back to where the resident came from.
void done_button(Ui& ui, Column& column) {
    if (column_button(ui, column, ui.m.primary_button_h,
                      {.id = "call.done",
                       .icon = Icon::back,
                       .label = ui.t("call.done"_tk),
                       .kind = ButtonKind::primary}))
        ui.emit(BackPressed{});
}

// A handset with an arrow up: "pick it up", for those who do not read the words.
void pick_up_picture(Ui& ui, Column& column) {
    float side = ui.font.sizes.heading * 2;
    Rect r = column.next(side);
    float x = r.x + (r.w - side * 1.6f) / 2;
    put_icon(ui, v2(x, r.y), Icon::phone, side, ui.color.accent);
    put_icon(ui, v2(x + side * 0.9f, r.y), Icon::up, side * 0.7f, ui.color.accent);
    ui.add_node({Role::image, "call.picture", ui.t("call.picture"_tk), r});
}

void dialling(Ui& ui, Column& column, const std::string& progress) {
    pick_up_picture(ui, column);
    paragraph(ui, column, ui.t("call.pick_up"_tk), TextStyle::bold);
    spinner(ui, column, progress);
    hang_up_button(ui, column, "call.hang_up", ui.t("call.hang_up"_tk));
    self_dial_button(ui, column, "call.self_instead", ui.t("call.self_instead"_tk));
}

void connected(const State& state, Ui& ui, Column& column, const CallConnected& call) {
    message(ui, column, Tone::success, ui.t("call.connected"_tk));
    auto elapsed = std::chrono::duration_cast<seconds>(state.now - call.since).count();
    paragraph(ui, column, ui.f("call.duration"_tk, {{"time", clock_text(elapsed)}}), TextStyle::bold,
              Role::status);
    const auto& ticket = state.session->call_ticket;
    switch (call.code) {
    case CodeDelivery::waiting:
    case CodeDelivery::sending:
        spinner(ui, column, ui.t("call.code_sending"_tk));
        break;
    case CodeDelivery::sent:
        paragraph(ui, column, ui.t("call.code_sent"_tk));
        if (column_button(ui, column, ui.m.button_h,
                          {.id = "call.resend", .icon = Icon::refresh, .label = ui.t("call.resend"_tk)}))
            ui.emit(ResendCodePressed{});
        break;
    case CodeDelivery::type_it:
        paragraph(ui, column, ui.t("call.code_type"_tk));
        if (ticket) big_code(ui, column, ticket->code.reveal());
        break;
    case CodeDelivery::expired:
        message(ui, column, Tone::info, ui.t("call.code_expired_in_call"_tk));
        break;
    }
    hang_up_button(ui, column, "call.hang_up", ui.t("call.hang_up"_tk));
}

void ended(Ui& ui, Column& column, const CallEnded& over) {
    bool trouble =
        over.reason != CallEndReason::hung_up_by_resident && over.reason != CallEndReason::hung_up_by_kcc;
    message(ui, column, trouble ? Tone::error : Tone::info, end_text(ui, over.reason));
    if (column_button(ui, column, ui.m.button_h,
                      {.id = "call.again", .icon = Icon::phone, .label = ui.t("call.again"_tk)}))
        ui.emit(RetryPressed{});
    if (over.own_phone_offered) self_dial_button(ui, column, "call.self", ui.t("call.self"_tk));
    done_button(ui, column);
}

void self_dial(const State& state, Ui& ui, Column& column) {
    const auto& session = *state.session;
    long left = session.call_ticket ? seconds_left(state.now, session.call_ticket_expires_at) : 0;
    if (left <= 0) {
        message(ui, column, Tone::info, ui.t("call.self_expired"_tk));
        if (column_button(ui, column, ui.m.primary_button_h,
                          {.id = "call.new_code",
                           .icon = Icon::refresh,
                           .label = ui.t("call.new_code"_tk),
                           .kind = ButtonKind::primary}))
            ui.emit(RetryPressed{});
        return;
    }
    const auto& ticket = *session.call_ticket;
    paragraph(ui, column, ui.t("call.self_number"_tk));
    label(ui, column.next(ui.font.sizes.code * 1.2f), ticket.number, TextStyle::code, ui.color.text,
          Role::text, true);
    paragraph(ui, column, ui.t("call.self_code"_tk));
    big_code(ui, column, ticket.code.reveal());
    countdown(ui, column, left, std::chrono::duration_cast<seconds>(ticket.valid_for).count(),
              ui.f("call.self_valid"_tk, {{"time", duration_words(ui, left)}}));
    done_button(ui, column);
}

} // namespace

void draw_call(const State& state, Ui& ui) {
    bool settled = !state.session || !call_in_progress(state.session->call);
    Rect body = settled ? screen_frame(ui, state, {.back = true, .help = true, .end = Footer::End::logout})
                        : screen_frame(ui, state, {.back = false, .help = false, .end = Footer::End::none});
    if (!state.session) return;
    // Larger letters and long translations scroll rather than squeeze the buttons.
    ScrollArea scroll(ui, body, "call");
    Column& column = scroll.column();
    const auto& session = *state.session;
    const auto& call = session.call;
    if (std::holds_alternative<CallSelfDial>(call))
        heading(ui, column, ui.t("call.self_title"_tk));
    else
        heading(ui, column, session.call_case_id ? ui.t("call.title_case"_tk) : ui.t("call.title"_tk));
    if (session.call_case_id)
        if (const auto* detail = ready(session.detail)) {
            PersonalData personal(ui);
            paragraph(ui, column, ui.f("call.about"_tk, {{"title", detail->summary.title}}), TextStyle::body,
                      Role::text, &ui.color.text_muted);
        }

    if (std::holds_alternative<CallRequesting>(call)) {
        spinner(ui, column, ui.t("call.requesting"_tk));
        hang_up_button(ui, column, "call.cancel", ui.t("call.cancel"_tk));
    } else if (std::holds_alternative<CallConnecting>(call)) {
        dialling(ui, column, ui.t("call.connecting"_tk));
    } else if (std::holds_alternative<CallRinging>(call)) {
        dialling(ui, column, ui.t("call.ringing"_tk));
    } else if (const auto* on_call = std::get_if<CallConnected>(&call)) {
        connected(state, ui, column, *on_call);
    } else if (std::holds_alternative<CallHangingUp>(call)) {
        spinner(ui, column, ui.t("call.hanging_up"_tk));
    } else if (const auto* over = std::get_if<CallEnded>(&call)) {
        ended(ui, column, *over);
    } else if (std::holds_alternative<CallSelfDial>(call)) {
        self_dial(state, ui, column);
    }
}

} // namespace ui
