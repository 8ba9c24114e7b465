// My requests: open and closed, newest first. Shows: two tabs with counts, one row per request with
// its current step and dates, or a plain message while loading, on failure, or when there are none.
// Emits: CaseTabChosen, CaseSelected, RetryPressed, BackPressed, HelpPressed, StopPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/scroll_area.hpp"

#include <algorithm>

namespace ui {
namespace {

using namespace kiosk::core;

std::vector<std::string> row_lines(const Ui& ui, const CaseSummary& c) {
    std::vector<std::string> lines;
    if (c.closed) {
        lines.push_back(c.result.empty() ? ui.t("cases.closed"_tk)
                                         : ui.f("cases.result"_tk, {{"result", c.result}}));
    } else {
        lines.push_back(ui.f("cases.now"_tk, {{"step", c.current_step}}));
        if (c.planned_end) lines.push_back(ui.f("cases.planned_end"_tk, {{"date", ui.date(*c.planned_end)}}));
    }
    lines.push_back(ui.f("cases.registered"_tk, {{"date", ui.date(c.registered)}}));
    return lines;
}

} // namespace

void draw_cases(const State& state, Ui& ui) {
    Rect body = screen_frame(ui, state, {.back = true, .help = true, .end = Footer::End::logout});
    Column column(body, ui.gap());
    heading(ui, column, ui.t("cases.title"_tk));
    if (!state.session) return;
    const auto& session = *state.session;

    if (const auto* failed = std::get_if<Failed>(&session.cases)) {
        if (fetch_failed(ui, column, failed->error, retry_button(ui))) ui.emit(RetryPressed{});
        return;
    }
    const auto* cases = ready(session.cases);
    if (!cases) {
        spinner(ui, column, ui.t("cases.loading"_tk));
        return;
    }
    if (cases->empty()) {
        message(ui, column, Tone::info, ui.t("cases.none"_tk));
        return;
    }
    // Each tab has a list of its own: it opens at its top when the tab is chosen, and keeps its place
    // while the resident looks at a request and comes back.
    auto list_id = [&](CaseTab tab) {
        return std::string(tab == CaseTab::open ? "cases.open." : "cases.closed.") +
               std::to_string(session.generation);
    };
    auto choose = [&](CaseTab tab) {
        if (tab == session.tab) return;
        ScrollArea::to_top(ui, list_id(tab));
        ui.emit(CaseTabChosen{tab});
    };
    auto open_count =
        std::count_if(cases->begin(), cases->end(), [](const CaseSummary& c) { return !c.closed; });
    auto closed_count = static_cast<long>(cases->size()) - open_count;
    // Side by side, or one above the other where the words do not fit.
    switch (button_grid(ui, column,
                        {{.id = "cases.tab_open",
                          .icon = Icon::clock,
                          .label = ui.f("cases.tab_open"_tk, {{"n", std::to_string(open_count)}}),
                          .role = Role::tab,
                          .selected = session.tab == CaseTab::open},
                         {.id = "cases.tab_closed",
                          .icon = Icon::archive,
                          .label = ui.f("cases.tab_closed"_tk, {{"n", std::to_string(closed_count)}}),
                          .role = Role::tab,
                          .selected = session.tab == CaseTab::closed}},
                        2)) {
    case 0:
        choose(CaseTab::open);
        break;
    case 1:
        choose(CaseTab::closed);
        break;
    default:
        break;
    }
    // The kiosk reads a limited number of pages: when there were more, it says so instead of pretending.
    if (session.newest_cases_only)
        message(ui, column, Tone::info, ui.f("cases.newest_only"_tk, {{"n", std::to_string(cases->size())}}));

    bool want_closed = session.tab == CaseTab::closed;
    if ((want_closed ? closed_count : open_count) == 0) {
        message(ui, column, Tone::info,
                want_closed ? ui.t("cases.none_closed"_tk) : ui.t("cases.none_open"_tk));
        return;
    }
    ScrollArea list(ui, column.rest(), list_id(session.tab));
    PersonalData personal(ui);
    for (const auto& c : *cases) {
        if (c.closed != want_closed) continue;
        auto lines = row_lines(ui, c);
        Rect r = list.column().next(list_row_height(ui, list.column().width(), c.title, lines));
        if (list_row(ui, r, c.id, c.closed ? Icon::check_circle : Icon::folder, c.title, lines))
            ui.emit(CaseSelected{c.id});
    }
}

} // namespace ui
