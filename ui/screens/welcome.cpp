// Welcome: the resting screen. Shows: greeting, language choice, easier-reading toggles, "Beginnen".
// Emits: LanguageChosen, TextSizeToggled, ContrastToggled, BeginPressed, HelpPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"

namespace ui {

void draw_welcome(const kiosk::core::State& state, Ui& ui) {
    using namespace kiosk::core;
    Rect body = screen_frame(ui, state, {.back = false, .help = true, .end = Footer::End::none});
    Column column(body, ui.gap());
    heading(ui, column, ui.t("welcome.title"_tk));
    paragraph(ui, column, ui.t("welcome.intro"_tk));
    column.skip(ui.m.unit * 2);

    paragraph(ui, column, ui.t("welcome.choose_language"_tk), TextStyle::bold, Role::heading);
    const auto& languages = ui.content.texts.languages();
    Rect row = column.next(ui.m.button_h);
    float w =
        (row.w - ui.gap() * static_cast<float>(languages.size() - 1)) / static_cast<float>(languages.size());
    for (const auto& language : languages) {
        Rect r = row.take_left(w, ui.gap());
        if (button(ui, r,
                   {.id = language.code,
                    .icon = Icon::language,
                    .label = language.name,
                    .role = Role::toggle,
                    .selected = state.settings.language == language.code}))
            ui.emit(LanguageChosen{language.code});
    }
    column.skip(ui.m.unit * 2);

    paragraph(ui, column, ui.t("welcome.reading"_tk), TextStyle::bold, Role::heading);
    row = column.next(ui.m.button_h);
    w = (row.w - ui.gap()) / 2;
    if (button(ui, row.take_left(w, ui.gap()),
               {.id = "welcome.large_text",
                .icon = Icon::text_size,
                .label = ui.t("welcome.large_text"_tk),
                .role = Role::toggle,
                .selected = state.settings.text_size == TextSize::large}))
        ui.emit(TextSizeToggled{});
    if (button(ui, row,
               {.id = "welcome.contrast",
                .icon = Icon::contrast,
                .label = ui.t("welcome.contrast"_tk),
                .role = Role::toggle,
                .selected = state.settings.contrast == Contrast::high}))
        ui.emit(ContrastToggled{});
    column.skip(ui.m.unit * 4);

    if (button(ui, column.next(ui.m.primary_button_h),
               {.id = "welcome.begin",
                .icon = Icon::arrow_forward,
                .label = ui.t("welcome.begin"_tk),
                .kind = ButtonKind::primary,
                .centered = true}))
        ui.emit(BeginPressed{});
}

} // namespace ui
