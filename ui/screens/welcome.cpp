// Welcome: the resting screen. Shows: greeting, language choice, easier-reading toggles, "Beginnen".
// Emits: LanguageChosen, TextSizeToggled, ContrastToggled, BeginPressed, HelpPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/scroll_area.hpp"

namespace ui {

void draw_welcome(const kiosk::core::State& state, Ui& ui) {
    using namespace kiosk::core;
    Rect body = screen_frame(ui, state, {.back = false, .help = true, .end = Footer::End::none});
    ButtonSpec begin{.id = "welcome.begin",
                     .icon = Icon::arrow_forward,
                     .label = ui.t("welcome.begin"_tk),
                     .kind = ButtonKind::primary,
                     .centered = true};
    if (scrolling_above_button(ui, body, "welcome", begin, [&](Column& column) {
            heading(ui, column, ui.t("welcome.title"_tk));
            paragraph(ui, column, ui.t("welcome.intro"_tk));
            column.skip(ui.m.unit * 2);

            paragraph(ui, column, ui.t("welcome.choose_language"_tk), TextStyle::bold, Role::heading);
            language_buttons(state, ui, column);
            column.skip(ui.m.unit * 2);

            paragraph(ui, column, ui.t("welcome.reading"_tk), TextStyle::bold, Role::heading);
            reading_buttons(state, ui, column, "welcome");
        }))
        ui.emit(BeginPressed{});
}

} // namespace ui
