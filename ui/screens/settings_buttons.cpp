// The resident's own settings, on Welcome and in the volunteer's tools: language, larger letters,
// contrast.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"

namespace ui {

using namespace kiosk::core;

void language_buttons(const State& state, Ui& ui, Column& column) {
    const auto& languages = ui.content.texts.languages();
    Rect row = column.next(ui.m.button_h);
    float w =
        (row.w - ui.gap() * static_cast<float>(languages.size() - 1)) / static_cast<float>(languages.size());
    for (const auto& language : languages)
        if (button(ui, row.take_left(w, ui.gap()),
                   {.id = language.code,
                    .icon = Icon::language,
                    .label = language.name,
                    .role = Role::toggle,
                    .selected = state.settings.language == language.code}))
            ui.emit(LanguageChosen{language.code});
}

void reading_buttons(const State& state, Ui& ui, Column& column, const std::string& id_prefix) {
    Rect row = column.next(ui.m.button_h);
    float w = (row.w - ui.gap()) / 2;
    if (button(ui, row.take_left(w, ui.gap()),
               {.id = id_prefix + ".large_text",
                .icon = Icon::text_size,
                .label = ui.t("welcome.large_text"_tk),
                .role = Role::toggle,
                .selected = state.settings.text_size == TextSize::large}))
        ui.emit(TextSizeToggled{});
    if (button(ui, row,
               {.id = id_prefix + ".contrast",
                .icon = Icon::contrast,
                .label = ui.t("welcome.contrast"_tk),
                .role = Role::toggle,
                .selected = state.settings.contrast == Contrast::high}))
        ui.emit(ContrastToggled{});
}

} // namespace ui
