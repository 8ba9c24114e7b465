// One document: a preview of its first page, its date and length, and printing with a confirmation
// that says how many pages. Shows printing progress and a plain message when it is done or fails.
// The print confirmation is an overlay (overlays.cpp).
// Emits: PrintPressed, BackPressed, HelpPressed, StopPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/document_preview.hpp"

namespace ui {
namespace {

using namespace kiosk::core;

std::string print_failure_text(const Ui& ui, PrintFailure reason) {
    switch (reason) {
    case PrintFailure::out_of_paper:
        return ui.t("print.failed.paper"_tk);
    case PrintFailure::paper_jam:
        return ui.t("print.failed.jam"_tk);
    case PrintFailure::toner_empty:
        return ui.t("print.failed.toner"_tk);
    case PrintFailure::cover_open:
        return ui.t("print.failed.cover"_tk);
    case PrintFailure::printer_offline:
        return ui.t("print.failed.offline"_tk);
    case PrintFailure::job_failed:
        return ui.t("print.failed.job"_tk);
    case PrintFailure::timed_out:
        return ui.t("print.failed.timeout"_tk);
    case PrintFailure::too_many_pages:
        return ui.t("print.failed.limit"_tk);
    }
    return {};
}

} // namespace

void draw_document(const State& state, Ui& ui) {
    Rect body = screen_frame(ui, state, {.back = true, .help = true, .end = Footer::End::logout});
    Column column(body, ui.gap());
    if (!state.session) return;
    const auto& session = *state.session;
    const auto* document = ready(session.document);
    if (!document) {
        heading(ui, column, ui.t("document.title_unknown"_tk));
        if (const auto* failed = std::get_if<Failed>(&session.document)) {
            // The document is gone from view: back to its request, where the resident can pick again.
            ButtonSpec back{.id = "document.back_to_case",
                            .icon = Icon::back,
                            .label = ui.t("document.back_to_case"_tk),
                            .kind = ButtonKind::primary};
            if (fetch_failed(ui, column, failed->error, back)) ui.emit(BackPressed{});
        } else {
            spinner(ui, column, ui.t("document.loading"_tk));
        }
        return;
    }
    heading(ui, column, document->ref.title);
    paragraph(ui, column,
              ui.f("document.meta"_tk,
                   {{"date", ui.date(document->ref.date)}, {"pages", pages_text(ui, document->page_count)}}),
              TextStyle::body, Role::text, &ui.color.text_muted);

    Rect rest = column.rest();
    bool portrait = ui.screen.h > ui.screen.w;
    Rect preview =
        portrait ? rest.take_top(rest.h * 0.55f, ui.gap()) : rest.take_left(rest.w * 0.45f, ui.gap() * 2);
    draw_document_preview(ui, preview, session.generation, *document);

    Column actions(rest, ui.gap());
    const auto& print = session.print;
    if (std::holds_alternative<PrintChecking>(print)) {
        spinner(ui, actions, ui.t("print.checking"_tk));
        return;
    }
    if (const auto* printing = std::get_if<Printing>(&print)) {
        spinner(ui, actions,
                printing->page > 0 ? ui.f("print.progress"_tk, {{"page", std::to_string(printing->page)},
                                                                {"pages", std::to_string(printing->pages)}})
                                   : ui.t("print.starting"_tk));
        return;
    }
    if (std::holds_alternative<Printed>(print)) message(ui, actions, Tone::success, ui.t("print.done"_tk));
    if (const auto* failed = std::get_if<PrintFailedStage>(&print))
        message(ui, actions, Tone::error, print_failure_text(ui, failed->reason));
    if (button(ui, actions.next(ui.m.primary_button_h),
               {.id = "document.print",
                .icon = Icon::print,
                .label = ui.t("document.print"_tk),
                .kind = ButtonKind::primary,
                .detail = pages_text(ui, document->page_count)}))
        ui.emit(PrintPressed{});
}

} // namespace ui
