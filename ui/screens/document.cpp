// One document: a page at a time with big "Vorige" / "Volgende" buttons, a larger view for reading
// ("Groter"), its date and length, and printing with a confirmation that says how many pages. Shows the
// printer check, printing progress and a plain message when it is done or fails. The print confirmation
// is an overlay (overlays.cpp).
// Emits: PageTurned, ReadingToggled, PrintPressed, BackPressed, HelpPressed, StopPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/document_preview.hpp"
#include "ui/widgets/scroll_area.hpp"

#include <algorithm>
#include <optional>

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

ButtonSpec previous_page_spec(const Ui& ui, const Session& session) {
    return {.id = "document.previous",
            .icon = Icon::chevron_left,
            .label = ui.t("document.previous"_tk),
            .enabled = session.page > 0};
}

ButtonSpec next_page_spec(const Ui& ui, const Session& session, int pages) {
    return {.id = "document.next",
            .icon = Icon::chevron_right,
            .label = ui.t("document.next"_tk),
            .enabled = session.page + 1 < pages};
}

// The narrowest the pager can be: both buttons and "2 / 3" between them.
float pager_width(const Ui& ui, const Session& session, int pages) {
    const float button_w = std::max(button_width(ui, previous_page_spec(ui, session)),
                                    button_width(ui, next_page_spec(ui, session, pages)));
    const auto shown = std::to_string(pages) + " / " + std::to_string(pages);
    return 2 * button_w + 2 * ui.gap() + measure(ui, TextStyle::bold, shown).x;
}

// One row, or two when the words do not fit between the buttons (long words, large letters).
float pager_height(const Ui& ui, float width, const Session& session, int pages) {
    if (pages < 2) return 0;
    return pager_width(ui, session, pages) <= width ? ui.m.button_h : 2 * ui.m.button_h + ui.gap();
}

// "Vorige"  Pagina 1 van 2  "Volgende", under the page; with little room the words go above the
// buttons. Nothing for a one-page document.
void pager(Ui& ui, Rect r, const Session& session, int pages) {
    if (pages < 2) return;
    const ButtonSpec previous_spec = previous_page_spec(ui, session);
    const ButtonSpec next_spec = next_page_spec(ui, session, pages);
    const float button_w = std::max(button_width(ui, previous_spec), button_width(ui, next_spec));
    const bool stacked = pager_width(ui, session, pages) > r.w;
    auto page = std::to_string(session.page + 1), count = std::to_string(pages);
    auto words = ui.f("document.page_of"_tk, {{"page", page}, {"pages", count}});
    auto page_words = [&](Rect place) {
        if (measure(ui, TextStyle::bold, words).x <= place.w) {
            label(ui, place, words, TextStyle::bold, ui.color.text, Role::text, true);
        } else { // larger letters: "2 / 3" on screen, the words for speech
            auto shown = page + " / " + count;
            ImVec2 size = measure(ui, TextStyle::bold, shown);
            put_text(ui, v2(place.cx() - size.x / 2, place.cy() - size.y / 2), TextStyle::bold, ui.color.text,
                     shown);
            ui.add_node({Role::text, {}, words, place});
        }
    };
    if (stacked) page_words(r.take_top(ui.m.button_h, ui.gap()));
    Rect previous = r.take_left(button_w, ui.gap());
    Rect next{r.right() - button_w, r.y, button_w, r.h};
    r.w -= button_w + ui.gap();
    if (button(ui, previous, previous_spec)) ui.emit(PageTurned{-1});
    if (!stacked) page_words(r);
    if (button(ui, next, next_spec)) ui.emit(PageTurned{+1});
}

// The page as wide as the screen, scrolled with a finger or "Omhoog" / "Omlaag"; paging and "Kleiner"
// below it.
void draw_reading_view(Ui& ui, Column& column, const Session& session, const Document& document) {
    Rect rest = column.rest();
    ButtonSpec smaller{
        .id = "document.smaller", .icon = Icon::zoom_out, .label = ui.t("document.smaller"_tk)};
    const float smaller_w =
        std::max(std::min(rest.w * 0.25f, ui.font.sizes.body * 9.f), button_width(ui, smaller));
    // Long words at large sizes: the pager gets a row (or two) of its own, above "Kleiner".
    const int pages = document.page_count;
    const bool one_row = pages < 2 || smaller_w + ui.gap() + pager_width(ui, session, pages) <= rest.w;
    const float pager_h = pager_height(ui, rest.w, session, pages);
    Rect controls = rest.take_bottom(one_row ? ui.m.button_h : pager_h + ui.gap() + ui.m.button_h, ui.gap());
    {
        ScrollArea scroll(ui, rest, "document.reading" + std::to_string(session.page));
        Column& content = scroll.column();
        // Tall enough for the page at full width; the scroll area shows the part that fits.
        float width = content.width();
        PersonalData personal(ui);
        Rect paper = draw_document_page(ui, Rect{content.rest().x, content.rest().y, width, width * 1.5f},
                                        session.generation, document, session.page);
        content.next(paper.h > 0 ? paper.h + 8 : ui.m.button_h);
    }
    if (one_row) {
        if (button(ui, controls.take_left(smaller_w, ui.gap()), smaller)) ui.emit(ReadingToggled{});
        pager(ui, controls, session, pages);
        return;
    }
    pager(ui, controls.take_top(pager_h, ui.gap()), session, pages);
    if (button(ui, Rect{controls.x, controls.y, smaller_w, ui.m.button_h}, smaller))
        ui.emit(ReadingToggled{});
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
    std::optional<PersonalData> personal(std::in_place, ui); // the letter's title, date and pages
    short_heading(ui, column, document->ref.title, 2);
    if (session.reading && document->page_count > 0) {
        personal.reset();
        return draw_reading_view(ui, column, session, *document);
    }
    paragraph(ui, column,
              ui.f("document.meta"_tk,
                   {{"date", ui.date(document->ref.date)}, {"pages", pages_text(ui, document->page_count)}}),
              TextStyle::body, Role::text, &ui.color.text_muted);
    personal.reset();

    Rect rest = column.rest();
    bool portrait = ui.screen.h > ui.screen.w;
    Rect preview =
        portrait ? rest.take_top(rest.h * 0.55f, ui.gap()) : rest.take_left(rest.w * 0.45f, ui.gap() * 2);
    // Portrait: the pager under the page. Landscape: at the top of the actions, so the page keeps the
    // full height.
    if (document->page_count > 1) {
        const int pages = document->page_count;
        Rect row = portrait ? preview.take_bottom(pager_height(ui, preview.w, session, pages), ui.gap())
                            : rest.take_top(pager_height(ui, rest.w, session, pages), ui.gap());
        pager(ui, row, session, document->page_count);
    }
    {
        PersonalData page(ui);
        draw_document_page(ui, preview, session.generation, *document, session.page);
    }

    ScrollArea action_area(ui, rest, "document.actions"); // larger letters scroll rather than clip
    Column& actions = action_area.column();
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
    if (column_button(ui, actions, ui.m.primary_button_h,
                      {.id = "document.print",
                       .icon = Icon::print,
                       .label = ui.t("document.print"_tk),
                       .kind = ButtonKind::primary,
                       .detail = pages_text(ui, document->page_count)}))
        ui.emit(PrintPressed{});
    if (column_button(ui, actions, ui.m.button_h,
                      {.id = "document.larger", .icon = Icon::zoom_in, .label = ui.t("document.larger"_tk)}))
        ui.emit(ReadingToggled{});
}

} // namespace ui
