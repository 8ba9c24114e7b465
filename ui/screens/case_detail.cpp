// One request, as track-and-trace: what is expected of the resident, when it should be ready, the
// steps (done, current, coming) and its letters. "Bel over deze aanvraag" stays in view below.
// Emits: DocumentSelected, OverviewPressed, CallPressed{about_case}, RetryPressed, BackPressed, HelpPressed,
// StopPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/scroll_area.hpp"
#include "ui/widgets/timeline.hpp"

#include <functional>

namespace ui {

namespace {

// The request's title, steps, dates and letters, scrolling; `after` adds what follows them.
void case_content(Ui& ui, const kiosk::core::CaseDetail& detail, Rect area, const std::string& scroll_id,
                  const std::function<void(Column&)>& after) {
    using namespace kiosk::core;
    const auto& summary = detail.summary;
    ScrollArea scroll(ui, area, scroll_id);
    Column& content = scroll.column();
    PersonalData personal(ui); // the request's title, steps, dates and letters
    // The title scrolls with the rest: a long one in large letters would leave the steps no room.
    heading(ui, content, summary.title);
    paragraph(ui, content, ui.f("case.number"_tk, {{"number", summary.identification}}), TextStyle::body,
              Role::text, &ui.color.text_muted);
    if (summary.closed) {
        message(ui, content, Tone::success,
                summary.result.empty() ? ui.t("case.closed"_tk)
                                       : ui.f("case.closed_result"_tk, {{"result", summary.result}}));
    } else {
        if (!detail.next_for_resident.empty())
            message(ui, content, Tone::info, ui.f("case.your_turn"_tk, {{"text", detail.next_for_resident}}));
        if (summary.planned_end)
            paragraph(ui, content, ui.f("case.planned_end"_tk, {{"date", ui.date(*summary.planned_end)}}),
                      TextStyle::bold);
    }
    paragraph(ui, content, ui.t("case.steps"_tk), TextStyle::bold, Role::heading);
    Rect line = content.next(timeline_height(ui, detail.steps, content.width()));
    timeline(ui, line, detail.steps);

    paragraph(ui, content, ui.t("case.documents"_tk), TextStyle::bold, Role::heading);
    if (detail.documents.empty()) paragraph(ui, content, ui.t("case.no_documents"_tk));
    for (const auto& doc : detail.documents) {
        std::vector<std::string> lines{ui.f("case.document_date"_tk, {{"date", ui.date(doc.date)}})};
        if (list_row(ui, content.next(list_row_height(ui, content.width(), doc.title, lines)), doc.id,
                     Icon::document, doc.title, lines))
            ui.emit(DocumentSelected{doc.id});
    }
    if (after) after(content);
}

} // namespace

void draw_case_detail(const kiosk::core::State& state, Ui& ui) {
    using namespace kiosk::core;
    Rect body = screen_frame(ui, state, {.back = true, .help = true, .end = Footer::End::logout});
    Column column(body, ui.gap());
    if (!state.session) return;
    const auto& session = *state.session;
    const auto* detail = ready(session.detail);
    if (!detail) {
        heading(ui, column, ui.t("case.title_unknown"_tk));
        if (const auto* failed = std::get_if<Failed>(&session.detail)) {
            if (fetch_failed(ui, column, failed->error, retry_button(ui))) ui.emit(RetryPressed{});
        } else {
            spinner(ui, column, ui.t("case.loading"_tk));
        }
        return;
    }
    const auto& summary = detail->summary;
    Rect rest = column.rest();
    ButtonSpec overview{
        .id = "case.print_overview", .icon = Icon::print, .label = ui.t("case.print_overview"_tk)};
    ButtonSpec call_about{.id = "case.call",
                          .icon = Icon::phone,
                          .label = ui.t("case.call"_tk),
                          .kind = ButtonKind::primary,
                          .centered = true};
    // Side by side where both words fit, else the call above the overview.
    const float overview_w = std::max(button_width(ui, overview), rest.w * 0.38f);
    const bool side_by_side = overview_w + ui.gap() + button_width(ui, call_about) <= rest.w;
    const auto scroll_id = "case.scroll" + std::to_string(session.generation) + "." + summary.id;
    // Per request: another request opens at its top, the same one where the resident left it.
    const float pinned_h = (side_by_side ? 1.f : 2.f) * (ui.m.primary_button_h + ui.gap());
    if (rest.h - pinned_h <
        ui.m.button_h * 3) { // too little room to keep them in view: they follow the letters
        case_content(ui, *detail, rest, scroll_id, [&](Column& content) {
            if (column_button(ui, content, ui.m.primary_button_h, call_about)) ui.emit(CallPressed{true});
            if (column_button(ui, content, ui.m.primary_button_h, overview)) ui.emit(OverviewPressed{});
        });
        return;
    }
    Rect call = rest.take_bottom(ui.m.primary_button_h, ui.gap());
    Rect overview_button = call;
    if (side_by_side)
        overview_button = call.take_left(overview_w, ui.gap());
    else
        call = rest.take_bottom(ui.m.primary_button_h, ui.gap());
    case_content(ui, *detail, rest, scroll_id, {});
    // After the scrolling part (it clips what is drawn while it lives), in reading order.
    if (side_by_side && button(ui, overview_button, overview)) ui.emit(OverviewPressed{});
    if (button(ui, call, call_about)) ui.emit(CallPressed{true});
    if (!side_by_side && button(ui, overview_button, overview)) ui.emit(OverviewPressed{});
}

} // namespace ui
