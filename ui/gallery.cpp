// Gallery pages: 0 buttons and text, 1 lists, timeline and feedback, 2 a scrolling list under a dialog.
// Labels here are for developers, so they are not text keys; the widgets' own texts still are.
#include "ui/gallery.hpp"

#include "ui/widgets/button.hpp"
#include "ui/widgets/feedback.hpp"
#include "ui/widgets/modal.hpp"
#include "ui/widgets/qr_code.hpp"
#include "ui/widgets/scroll_area.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/timeline.hpp"

namespace ui {
namespace {

using kiosk::core::CaseStep;
using kiosk::core::Date;
using kiosk::core::StepState;

Rect page_area(const Ui& ui) {
    return ui.screen.inset(ui.m.margin);
}

void buttons_page(Ui& ui) {
    Column column(page_area(ui), ui.gap());
    heading(ui, column, "Buttons, toggles and tabs");
    paragraph(ui, column,
              "Body text wraps at the width it is given, in the theme's body size, as every paragraph on "
              "every screen does.");
    paragraph(ui, column, "Bold text for emphasis", TextStyle::bold);
    button(ui, column.next(ui.m.primary_button_h),
           {.id = "g.primary",
            .icon = Icon::arrow_forward,
            .label = "Primary",
            .kind = ButtonKind::primary,
            .centered = true});
    button(ui, column.next(ui.m.primary_button_h * 1.15f),
           {.id = "g.detail",
            .icon = Icon::folder,
            .label = "Secondary with detail",
            .detail = "A second line in regular weight"});
    Rect row = column.next(ui.m.button_h);
    float w = (row.w - 3 * ui.gap()) / 4;
    button(ui, row.take_left(w, ui.gap()),
           {.id = "g.toggle_on",
            .icon = Icon::text_size,
            .label = "Toggle on",
            .role = Role::toggle,
            .selected = true});
    button(ui, row.take_left(w, ui.gap()),
           {.id = "g.toggle_off", .icon = Icon::contrast, .label = "Toggle off", .role = Role::toggle});
    button(ui, row.take_left(w, ui.gap()),
           {.id = "g.tab", .icon = Icon::clock, .label = "Tab chosen", .role = Role::tab, .selected = true});
    button(ui, row,
           {.id = "g.danger",
            .icon = Icon::call_end,
            .label = "Danger",
            .kind = ButtonKind::danger,
            .centered = true});
    row = column.next(ui.m.button_h * 1.6f);
    w = (row.w - ui.gap()) / 4;
    button(ui, row.take_left(w, ui.gap()),
           {.id = "g.stacked", .icon = Icon::up, .label = "Stacked", .stacked = true});
    button(ui, row.take_left(w, ui.gap()),
           {.id = "g.disabled", .icon = Icon::down, .label = "Disabled", .stacked = true, .enabled = false});
    // Whatever room the larger letters leave.
    qr_code(ui, column.next(std::clamp(column.remaining(), 120.f, 240.f)),
            "https://inloggen.example/device?user_code=WDJB-MJHT", "A QR code");
}

void feedback_page(Ui& ui) {
    Rect area = page_area(ui);
    Rect right = area;
    Rect left = right.take_left(area.w * 0.55f, ui.gap() * 2);
    Column column(left, ui.gap());
    heading(ui, column, "Lists, steps and feedback");
    const std::vector<std::string> row_lines{"First line under the title", "Second line"};
    list_row(ui, column.next(list_row_height(ui, column.width(), "List row title", row_lines)), "g.row",
             Icon::document, "List row title", row_lines);
    std::vector<CaseStep> steps{{"A step that is done", Date{2026, 11, 2}, StepState::done},
                                {"The current step", Date{2026, 11, 5}, StepState::current},
                                {"A step still to come", std::nullopt, StepState::coming}};
    timeline(ui, column.next(timeline_height(ui, steps, column.width())), steps);
    countdown(ui, column, 20, 30, "A countdown: 20 of 30 seconds left");

    Column side(right, ui.gap());
    message(ui, side, Tone::info, "An information message");
    message(ui, side, Tone::success, "A success message");
    message(ui, side, Tone::error, "An error message: an icon and words, never colour alone");
    // A server's long text: two lines, then "…"; the whole text is in the tree.
    const std::string long_title =
        "A title as long as municipalities write them, far too long for one line of "
        "a list row, so that it wraps once and is then cut short with an ellipsis";
    const std::vector<std::string> long_lines{"Now: " + long_title};
    list_row(ui, side.next(list_row_height(ui, side.width(), long_title, long_lines)), "g.long_row",
             Icon::folder, long_title, long_lines);
    spinner(ui, side, "A spinner while waiting");
}

void dialog_page(Ui& ui) {
    Column column(page_area(ui), ui.gap());
    heading(ui, column, "A scrolling list under a dialog");
    ScrollArea list(ui, column.rest(), "g.list");
    for (int i = 1; i <= 12; ++i) {
        auto id = "g.row" + std::to_string(i);
        const std::vector<std::string> lines{"Beneath a dialog"};
        auto title = "Row " + std::to_string(i);
        list_row(ui, list.column().next(list_row_height(ui, list.column().width(), title, lines)), id,
                 Icon::folder, title, lines);
    }
}

} // namespace

void draw_gallery(Ui& ui, int page) {
    switch (page) {
    case 0:
        buttons_page(ui);
        break;
    case 1:
        feedback_page(ui);
        break;
    default:
        dialog_page(ui);
        break;
    }
}

bool gallery_has_dialog(int page) {
    return page == 2;
}

void draw_gallery_dialog(Ui& ui) {
    Rect inner = modal_panel(ui, 1000, 480, "A dialog");
    Column column(inner, ui.gap());
    heading(ui, column, "A dialog");
    paragraph(ui, column, "One question, two answers: the quiet one left, the main one right.");
    dialog_answers(ui, inner, {.id = "g.no", .icon = Icon::close, .label = "Quiet answer", .centered = true},
                   {.id = "g.yes",
                    .icon = Icon::check,
                    .label = "Main answer",
                    .kind = ButtonKind::primary,
                    .centered = true});
}

} // namespace ui
