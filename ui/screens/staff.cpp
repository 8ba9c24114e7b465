// What staff see at the kiosk. The strip on top while a volunteer helps (or while a resident waits for
// one), the volunteer's own pages (tools, help meant for volunteers, the help line) and the resident's
// consent question. None of them shows a resident's data: the volunteer's pages cover the screen.
// Emits: StaffPageChosen, StaffPagesClosed, SessionRestartPressed, LanguageChosen, TextSizeToggled,
// ContrastToggled, HelplinePressed, HelplineHangUpPressed, ConsentAnswered.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/draw.hpp"
#include "ui/widgets/modal.hpp"
#include "ui/widgets/scroll_area.hpp"

#include <array>

namespace ui {
namespace {

using namespace kiosk::core;

// One line of bold words: the strip takes as little of the resident's screen as it can; the
// volunteer's button sits in the header (staff_tools_button).
// A band across the top of `screen` with an icon and a sentence, on as many lines as it needs (up to
// three); returns what is left of the screen below it.
Rect band(Ui& ui, Rect screen, Rgb fill, Rgb text_color, const std::string& text) {
    const float icon = ui.font.sizes.body * 1.4f;
    const float words_w = screen.w - 2 * ui.m.margin - icon - ui.m.unit * 2;
    const float lines = static_cast<float>(wrapped_lines(ui, TextStyle::bold, text, words_w, 3).size());
    Rect r = screen.take_top(std::max(icon, size_of(ui, TextStyle::bold) * lines) + ui.m.unit * 4, 0);
    fill_rect(ui, r, fill);
    Rect inner = r.inset(ui.m.unit);
    inner.x = r.x + ui.m.margin;
    put_icon(ui, v2(inner.x, inner.cy() - icon / 2), Icon::staff, icon, text_color);
    shortened(ui, Rect{inner.x + icon + ui.m.unit * 2, inner.y, words_w, inner.h}, text, TextStyle::bold,
              text_color, Role::status, 3);
    return screen;
}

std::string consent_words(const Ui& ui, const State& state) {
    if (!state.session) return ui.t("staff.strip"_tk);
    switch (state.session->consent) {
    case Consent::given:
        return ui.t("staff.strip_looking"_tk);
    case Consent::refused:
        return ui.t("staff.strip_not_looking"_tk);
    case Consent::not_asked:
    case Consent::asking:
        break;
    }
    return ui.t("staff.strip_asking"_tk);
}

void helpline_row(const State& state, Ui& ui, Column& column) {
    if (state.helpline.empty()) return;
    bool busy = state.helpline_call == HelplineCall::dialling ||
                state.helpline_call == HelplineCall::ringing ||
                state.helpline_call == HelplineCall::connected;
    switch (state.helpline_call) {
    case HelplineCall::dialling:
    case HelplineCall::ringing:
        spinner(ui, column, ui.t("staff.helpline_ringing"_tk));
        break;
    case HelplineCall::connected:
        message(ui, column, Tone::success, ui.t("staff.helpline_connected"_tk));
        break;
    case HelplineCall::failed:
        message(ui, column, Tone::error, ui.t("staff.helpline_failed"_tk));
        break;
    case HelplineCall::ended:
    case HelplineCall::idle:
        break;
    }
    if (busy) {
        if (column_button(ui, column, ui.m.button_h,
                          {.id = "staff.helpline_hang_up",
                           .icon = Icon::call_end,
                           .label = ui.t("staff.helpline_hang_up"_tk)}))
            ui.emit(HelplineHangUpPressed{});
        return;
    }
    bool resident_calling = state.session && call_in_progress(state.session->call);
    if (resident_calling) {
        paragraph(ui, column, ui.t("staff.helpline_phone_busy"_tk));
        return;
    }
    if (column_button(ui, column, ui.m.button_h,
                      {.id = "staff.helpline", .icon = Icon::phone, .label = ui.t("staff.helpline"_tk)}))
        ui.emit(HelplinePressed{});
}

// The way back is pinned at the bottom and the rest scrolls, for larger letters.
void tools(const State& state, Ui& ui, Rect body) {
    ButtonSpec close{.id = "staff.close",
                     .icon = Icon::back,
                     .label = ui.t("staff.close"_tk),
                     .kind = ButtonKind::primary,
                     .centered = true};
    if (scrolling_above_button(ui, body, "staff.tools", close, [&](Column& column) {
            heading(ui, column, ui.t("staff.tools.title"_tk));
            paragraph(ui, column,
                      state.session ? (state.session->consent == Consent::given
                                           ? ui.t("staff.tools.consent_given"_tk)
                                           : ui.t("staff.tools.consent_refused"_tk))
                                    : ui.t("staff.tools.nobody"_tk));
            // Language, letters and contrast, as on Welcome, for the resident beside the volunteer.
            language_buttons(state, ui, column);
            reading_buttons(state, ui, column, "staff");
            switch (button_grid(ui, column,
                                {{.id = "staff.digid_activation",
                                  .icon = Icon::smartphone,
                                  .label = ui.t("staff.digid.title"_tk)},
                                 {.id = "staff.missing_letter",
                                  .icon = Icon::document,
                                  .label = ui.t("staff.letter.title"_tk)}},
                                2)) {
            case 0:
                ui.emit(StaffPageChosen{StaffPage::digid_activation});
                break;
            case 1:
                ui.emit(StaffPageChosen{StaffPage::missing_letter});
                break;
            default:
                break;
            }
            if (column_button(
                    ui, column, ui.m.button_h,
                    {.id = "staff.restart", .icon = Icon::refresh, .label = ui.t("staff.restart"_tk)}))
                ui.emit(SessionRestartPressed{});
            helpline_row(state, ui, column);
        }))
        ui.emit(StaffPagesClosed{});
}

struct VolunteerHelp {
    StaffPage page;
    TextKey title;
    std::array<TextKey, 4> paragraphs;
};
constexpr std::array volunteer_help{
    VolunteerHelp{StaffPage::digid_activation,
                  "staff.digid.title"_tk,
                  {"staff.digid.1"_tk, "staff.digid.2"_tk, "staff.digid.3"_tk, "staff.digid.4"_tk}},
    VolunteerHelp{StaffPage::missing_letter,
                  "staff.letter.title"_tk,
                  {"staff.letter.1"_tk, "staff.letter.2"_tk, "staff.letter.3"_tk, "staff.letter.4"_tk}},
};

void help_page(StaffPage page, Ui& ui, Rect body) {
    ButtonSpec back{.id = "staff.tools",
                    .icon = Icon::back,
                    .label = ui.t("staff.back_to_tools"_tk),
                    .kind = ButtonKind::primary,
                    .centered = true};
    if (scrolling_above_button(ui, body, "staff.help", back, [&](Column& column) {
            for (const auto& help : volunteer_help) {
                if (help.page != page) continue;
                heading(ui, column, ui.t(help.title));
                for (auto key : help.paragraphs)
                    paragraph(ui, column, ui.t(key));
            }
        }))
        ui.emit(StaffPageChosen{StaffPage::tools});
}

bool volunteer_helps(const State& state) {
    return assisted(state) && state.screen != Screen::maintenance;
}

} // namespace

Rect staff_strip(const State& state, Ui& ui) {
    bool volunteer = volunteer_helps(state);
    if (!volunteer && !state.staff_called_at) return ui.screen;
    ui.screen = volunteer
                    ? band(ui, ui.screen, ui.color.header, ui.color.header_text, consent_words(ui, state))
                    // a resident asked for help and waits
                    : band(ui, ui.screen, ui.color.primary, ui.color.primary_text, ui.t("staff.coming"_tk));
    return ui.screen;
}

float staff_tools_button(const State& state, Ui& ui, Rect band, float right) {
    if (!volunteer_helps(state) || state.staff_page) return right;
    ButtonSpec spec{.id = "staff.open_tools",
                    .icon = Icon::staff,
                    .label = ui.t("staff.open_tools"_tk),
                    .centered = true};
    float w = std::max(button_width(ui, spec), 280.f);
    if (button(ui, Rect{right - w, band.y + ui.m.unit * 2, w, band.h - ui.m.unit * 4}, spec))
        ui.emit(StaffPageChosen{StaffPage::tools});
    return right - w - ui.m.unit * 2;
}

void draw_staff_pages(const State& state, Ui& ui) {
    Rect body = screen_frame(ui, state, {.back = false, .help = false, .end = Footer::End::none});
    if (*state.staff_page == StaffPage::tools)
        tools(state, ui, body);
    else
        help_page(*state.staff_page, ui, body);
}

void consent_question(Ui& ui) {
    Rect inner = modal_panel(ui, 1100, 600, ui.t("consent.title"_tk));
    Column column(inner, ui.gap());
    heading(ui, column, ui.t("consent.title"_tk));
    paragraph(ui, column, ui.t("consent.text"_tk));
    paragraph(ui, column, ui.t("consent.later"_tk));
    switch (dialog_answers(
        ui, inner,
        {.id = "consent.no", .icon = Icon::close, .label = ui.t("consent.no"_tk), .centered = true},
        {.id = "consent.yes",
         .icon = Icon::check,
         .label = ui.t("consent.yes"_tk),
         .kind = ButtonKind::primary,
         .centered = true})) {
    case 1:
        ui.emit(ConsentAnswered{false});
        break;
    case 2:
        ui.emit(ConsentAnswered{true});
        break;
    default:
        break;
    }
}

} // namespace ui
