// The identified call. Shows: "Pak de hoorn op", ringing, connected with the duration and the code in
// digit pairs (on screen only, never spoken), "Ophangen", and after the call what happened.
// Emits: HangUpPressed, RetryPressed, BackPressed, HelpPressed, StopPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"

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
    case CallEndReason::failed:
        return ui.t("call.ended.failed"_tk);
    }
    return {};
}

// "482107" -> "48 21 07": pairs are easier to read out and to keep in mind.
std::string digit_pairs(const std::string& code) {
    std::string out;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 2 == 0) out += ' ';
        out += code[i];
    }
    return out;
}

// "2:05": minutes and seconds, as a phone shows a call's duration.
std::string clock_text(long total_seconds) {
    auto seconds = std::to_string(total_seconds % 60);
    return std::to_string(total_seconds / 60) + ":" + (seconds.size() < 2 ? "0" : "") + seconds;
}

void hang_up_button(Ui& ui, Column& column) {
    if (button(ui, column.next(ui.m.primary_button_h),
               {.id = "call.hang_up",
                .icon = Icon::call_end,
                .label = ui.t("call.hang_up"_tk),
                .kind = ButtonKind::danger,
                .centered = true}))
        ui.emit(HangUpPressed{});
}

} // namespace

void draw_call(const State& state, Ui& ui) {
    bool ended = !state.session || !call_in_progress(state.session->call);
    Rect body = ended ? screen_frame(ui, state, {.back = true, .help = true, .end = Footer::End::logout})
                      : screen_frame(ui, state, {.back = false, .help = false, .end = Footer::End::none});
    Column column(body, ui.gap());
    if (!state.session) return;
    const auto& session = *state.session;
    heading(ui, column, session.call_case_id ? ui.t("call.title_case"_tk) : ui.t("call.title"_tk));
    if (session.call_case_id)
        if (const auto* detail = ready(session.detail))
            paragraph(ui, column, ui.f("call.about"_tk, {{"title", detail->summary.title}}), TextStyle::body,
                      Role::text, &ui.color.text_muted);

    const auto& call = session.call;
    if (std::holds_alternative<CallConnecting>(call)) {
        Rect r = column.next(ui.font.sizes.heading * 2);
        put_icon(ui, v2(r.x, r.y), Icon::phone, r.h, ui.color.accent);
        paragraph(ui, column, ui.t("call.pick_up"_tk), TextStyle::bold);
        spinner(ui, column, ui.t("call.connecting"_tk));
        hang_up_button(ui, column);
    } else if (std::holds_alternative<CallRinging>(call)) {
        paragraph(ui, column, ui.t("call.pick_up"_tk), TextStyle::bold);
        spinner(ui, column, ui.t("call.ringing"_tk));
        hang_up_button(ui, column);
    } else if (const auto* connected = std::get_if<CallConnected>(&call)) {
        message(ui, column, Tone::success, ui.t("call.connected"_tk));
        auto elapsed = std::chrono::duration_cast<seconds>(state.now - connected->since).count();
        paragraph(ui, column, ui.f("call.duration"_tk, {{"time", clock_text(elapsed)}}), TextStyle::bold,
                  Role::status);
        if (!connected->code.empty()) {
            paragraph(ui, column, ui.t("call.code_intro"_tk));
            label(ui, column.next(ui.font.sizes.code * 1.2f), digit_pairs(connected->code), TextStyle::code,
                  ui.color.text, Role::text, true);
        }
        hang_up_button(ui, column);
    } else if (std::holds_alternative<CallHangingUp>(call)) {
        spinner(ui, column, ui.t("call.hanging_up"_tk));
    } else if (const auto* over = std::get_if<CallEnded>(&call)) {
        bool trouble = over->reason != CallEndReason::hung_up_by_resident &&
                       over->reason != CallEndReason::hung_up_by_kcc;
        message(ui, column, trouble ? Tone::error : Tone::info, end_text(ui, over->reason));
        if (button(ui, column.next(ui.m.button_h),
                   {.id = "call.again", .icon = Icon::phone, .label = ui.t("call.again"_tk)}))
            ui.emit(RetryPressed{});
        if (button(ui, column.next(ui.m.primary_button_h),
                   {.id = "call.done",
                    .icon = Icon::back,
                    .label = ui.t("call.done"_tk),
                    .kind = ButtonKind::primary}))
            ui.emit(BackPressed{});
    }
}

} // namespace ui
