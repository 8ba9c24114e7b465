// Modal questions above the current screen: "Bent u er nog?" (idle), the coming end of the session,
// and "Print N pages?". Emits: StillHerePressed, StopPressed, PrintConfirmed, PrintDismissed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/modal.hpp"

namespace ui {
namespace {

using namespace kiosk::core;

void idle_warning(const State& state, Ui& ui, const IdleWarning& idle) {
    Rect inner = modal_panel(ui, 1100, 640, ui.t("idle.title"_tk));
    Column column(inner, ui.gap());
    heading(ui, column, ui.t("idle.title"_tk));
    long left = seconds_left(state.now, idle.deadline);
    paragraph(ui, column, ui.f("idle.text"_tk, {{"time", duration_words(ui, left)}}));
    countdown(ui, column, left, std::chrono::duration_cast<seconds>(state.policy.idle_countdown).count(),
              state.session ? ui.t("idle.wipe"_tk) : ui.t("idle.restart"_tk));
    switch (dialog_answers(
        ui, inner, {.id = "idle.stop", .icon = Icon::close, .label = end_label(ui, state), .centered = true},
        {.id = "idle.still_here",
         .icon = Icon::check,
         .label = ui.t("idle.still_here"_tk),
         .kind = ButtonKind::primary,
         .centered = true})) {
    case 1:
        ui.emit(StopPressed{});
        break;
    case 2:
        ui.emit(StillHerePressed{});
        break;
    default:
        break;
    }
}

void session_ending(const State& state, Ui& ui, const SessionEndingWarning& ending) {
    Rect inner = modal_panel(ui, 1100, 600, ui.t("limit.title"_tk));
    Column column(inner, ui.gap());
    heading(ui, column, ui.t("limit.title"_tk));
    paragraph(
        ui, column,
        ui.f("limit.text"_tk, {{"time", duration_words(ui, seconds_left(state.now, ending.deadline))}}));
    Rect row = inner.take_bottom(ui.m.primary_button_h, 0);
    if (button(ui, row,
               {.id = "limit.ok",
                .icon = Icon::check,
                .label = ui.t("limit.ok"_tk),
                .kind = ButtonKind::primary,
                .centered = true}))
        ui.emit(StillHerePressed{});
}

void print_confirmation(Ui& ui, const Document& document) {
    Rect inner = modal_panel(ui, 1000, 520, ui.t("print.confirm_title"_tk));
    Column column(inner, ui.gap());
    heading(ui, column, ui.t("print.confirm_title"_tk));
    paragraph(ui, column, ui.f("print.confirm_text"_tk, {{"pages", pages_text(ui, document.page_count)}}));
    switch (dialog_answers(
        ui, inner, {.id = "print.no", .icon = Icon::close, .label = ui.t("print.no"_tk), .centered = true},
        {.id = "print.yes",
         .icon = Icon::print,
         .label = ui.t("print.yes"_tk),
         .kind = ButtonKind::primary,
         .centered = true})) {
    case 1:
        ui.emit(PrintDismissed{});
        break;
    case 2:
        ui.emit(PrintConfirmed{});
        break;
    default:
        break;
    }
}

void language_menu(const State& state, Ui& ui) {
    const auto title = ui.t("welcome.choose_language"_tk);
    const float width = 1200;
    const float inner_w = std::min(width, ui.screen.w - 2 * ui.m.margin) - ui.m.unit * 10;
    const float rows = static_cast<float>(language_rows(state, ui, inner_w));
    const float height = ui.m.unit * 10 + ui.font.sizes.heading * 1.4f + ui.gap() +
                         rows * (ui.m.button_h + ui.gap()) + ui.m.primary_button_h + ui.gap();
    Rect inner = modal_panel(ui, width, std::min(height, ui.screen.h - 2 * ui.m.margin), title);
    if (button(ui, inner.take_bottom(ui.m.primary_button_h, ui.gap()),
               {.id = "language.close",
                .icon = Icon::close,
                .label = ui.t("common.close"_tk),
                .centered = true}))
        ui.emit(LanguageMenuClosed{});
    Column column(inner, ui.gap());
    heading(ui, column, title);
    language_buttons(state, ui, column);
}

} // namespace

void draw_overlay(const State& state, Ui& ui) {
    if (const auto* idle = std::get_if<IdleWarning>(&state.overlay)) return idle_warning(state, ui, *idle);
    if (const auto* ending = std::get_if<SessionEndingWarning>(&state.overlay))
        return session_ending(state, ui, *ending);
    if (std::holds_alternative<LanguageMenu>(state.overlay)) return language_menu(state, ui);
    if (assisted(state) && state.session && state.session->consent == Consent::asking)
        return consent_question(ui);
    if (state.session)
        if (const auto* document = ready(state.session->document)) print_confirmation(ui, *document);
}

} // namespace ui
