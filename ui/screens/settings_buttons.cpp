// The resident's own settings, on Welcome and in the volunteer's tools: language, larger letters,
// contrast.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"

namespace ui {

using namespace kiosk::core;

namespace {

ButtonSpec language_button(const State& state, const Language& language) {
    return {.id = language.code,
            .icon = Icon::language,
            .label = language.name,
            .role = Role::toggle,
            .selected = state.settings.language == language.code};
}

// As many equal columns as the widest button allows (the chosen language's wears a check mark).
int language_columns(const State& state, const Ui& ui, float width) {
    float widest = 0;
    for (const auto& language : ui.content.texts.languages())
        widest = std::max(widest, button_width(ui, language_button(state, language)));
    const int fit = static_cast<int>((width + ui.gap()) / (widest + ui.gap()));
    return std::clamp(fit, 1, static_cast<int>(ui.content.texts.languages().size()));
}

} // namespace

void language_buttons(const State& state, Ui& ui, Column& column) {
    const auto& languages = ui.content.texts.languages();
    const int columns = language_columns(state, ui, column.width());
    const float gap = ui.gap();
    const float w = (column.width() - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    Rect row;
    for (std::size_t i = 0; i < languages.size(); ++i) { // row after row, in reading order
        if (i % static_cast<std::size_t>(columns) == 0) row = column.next(ui.m.button_h);
        if (button(ui, row.take_left(w, gap), language_button(state, languages[i])))
            ui.emit(LanguageChosen{languages[i].code});
    }
}

int language_rows(const State& state, const Ui& ui, float width) {
    const int columns = language_columns(state, ui, width);
    const int count = static_cast<int>(ui.content.texts.languages().size());
    return (count + columns - 1) / columns;
}

void reading_buttons(const State& state, Ui& ui, Column& column, const std::string& id_prefix) {
    Rect row = column.next(ui.m.button_h);
    float w = (row.w - ui.gap()) / 2;
    if (button(ui, row.take_left(w, ui.gap()),
               {.id = id_prefix + ".large_text",
                .icon = Icon::text_size,
                // From the largest letters the next tap goes back to normal, and the button says so.
                .label = state.settings.text_size == TextSize::largest ? ui.t("welcome.normal_text"_tk)
                                                                       : ui.t("welcome.large_text"_tk),
                .role = Role::toggle,
                .selected = state.settings.text_size != TextSize::normal}))
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
