// The resident's own settings, on Welcome and in the volunteer's tools: language, larger letters,
// contrast.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"

namespace ui {

using namespace kiosk::core;

namespace {

std::vector<ButtonSpec> language_specs(const State& state, const Ui& ui) {
    std::vector<ButtonSpec> specs;
    for (const auto& language : ui.content.texts.languages())
        specs.push_back({.id = language.code,
                         .icon = Icon::language,
                         .label = language.name,
                         .role = Role::toggle,
                         .selected = state.settings.language == language.code});
    return specs;
}

} // namespace

void language_buttons(const State& state, Ui& ui, Column& column) {
    const auto specs = language_specs(state, ui);
    int tapped = button_grid(ui, column, specs, static_cast<int>(specs.size()));
    if (tapped >= 0)
        ui.emit(LanguageChosen{ui.content.texts.languages()[static_cast<std::size_t>(tapped)].code});
}

int language_rows(const State& state, const Ui& ui, float width) {
    const auto specs = language_specs(state, ui);
    return grid_rows(ui, specs, width, static_cast<int>(specs.size()));
}

void reading_buttons(const State& state, Ui& ui, Column& column, const std::string& id_prefix) {
    // Side by side, or one above the other where the words do not fit (larger letters, long translations).
    const std::string large_text_id = id_prefix + ".large_text", contrast_id = id_prefix + ".contrast";
    const std::vector<ButtonSpec> specs{
        {.id = large_text_id,
         .icon = Icon::text_size,
         // From the largest letters the next tap goes back to normal, and the button says so.
         .label = state.settings.text_size == TextSize::largest ? ui.t("welcome.normal_text"_tk)
                                                                : ui.t("welcome.large_text"_tk),
         .role = Role::toggle,
         .selected = state.settings.text_size != TextSize::normal},
        {.id = contrast_id,
         .icon = Icon::contrast,
         .label = ui.t("welcome.contrast"_tk),
         .role = Role::toggle,
         .selected = state.settings.contrast == Contrast::high}};
    switch (button_grid(ui, column, specs, 2)) {
    case 0:
        ui.emit(TextSizeToggled{});
        break;
    case 1:
        ui.emit(ContrastToggled{});
        break;
    default:
        break;
    }
}

} // namespace ui
