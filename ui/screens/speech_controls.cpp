// "Voorlezen": the switch in the footer's left corner of every screen, and, while speech is on, a bar
// above the footer to repeat, pause, change the volume, and choose how taps behave.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"

#include <algorithm>
#include <cmath>

namespace ui {

using namespace kiosk::core;

ButtonSpec speech_button_spec(const Ui& ui, const State& state) {
    return {.id = "footer.speech",
            .icon = Icon::speech,
            .label = ui.t("footer.speech"_tk),
            .role = Role::toggle,
            .selected = state.settings.speech.on,
            .centered = true};
}

namespace {

struct BarButton {
    ButtonSpec spec;
    Event event;
};

std::vector<BarButton> bar_buttons(const Ui& ui, const State& state) {
    const auto& speech = state.settings.speech;
    std::vector<BarButton> out{
        {{.id = "speech.repeat", .icon = Icon::replay, .label = ui.t("speech.repeat"_tk)},
         SpeechRepeatPressed{}},
        {{.id = "speech.pause",
          .icon = state.speech_paused ? Icon::play : Icon::pause,
          .label = state.speech_paused ? ui.t("speech.resume"_tk) : ui.t("speech.pause"_tk)},
         SpeechPauseToggled{}},
        {{.id = "speech.softer",
          .icon = Icon::volume_down,
          .label = ui.t("speech.softer"_tk),
          .enabled = speech.volume > speech_volume_min},
         SpeechVolumeChanged{-1}},
        {{.id = "speech.louder",
          .icon = Icon::volume_up,
          .label = ui.t("speech.louder"_tk),
          .enabled = speech.volume < speech_volume_max},
         SpeechVolumeChanged{+1}},
        {{.id = "speech.touch_to_hear",
          .icon = Icon::touch,
          .label = ui.t("speech.touch_to_hear"_tk),
          .role = Role::toggle,
          .selected = speech.touch_to_hear},
         TouchToHearToggled{}},
    };
    // Personal data is read aloud only into a headset: without one the choice is not offered.
    if (state.headset)
        out.push_back({{.id = "speech.personal",
                        .icon = Icon::headset,
                        .label = ui.t("speech.personal"_tk),
                        .role = Role::toggle,
                        .selected = speech.personal_aloud},
                       PersonalAloudToggled{}});
    for (auto& b : out)
        b.spec.stacked = true;
    return out;
}

} // namespace

void speech_bar(Ui& ui, const State& state, Rect& area) {
    auto buttons = bar_buttons(ui, state);
    const float gap = ui.m.unit * 2;
    const float icon_px = ui.font.sizes.body * 1.25f;
    float widest = 0;
    for (const auto& b : buttons)
        widest = std::max(widest, button_width(ui, b.spec));
    float row_w = std::min(area.w - 2 * ui.m.margin, ui.m.content_w);
    // As many to a row as fit; larger letters or a portrait screen wrap them into more rows.
    int per_row =
        std::clamp(static_cast<int>((row_w + gap) / (widest + gap)), 1, static_cast<int>(buttons.size()));
    int rows = (static_cast<int>(buttons.size()) + per_row - 1) / per_row;
    float button_h = std::max(ui.m.button_h, icon_px + ui.font.sizes.body * 1.3f + ui.m.unit * 3);
    const int count = static_cast<int>(buttons.size());
    Rect bar;
    if (rows > 1 && area.w > area.h) {
        // Larger letters on a landscape screen: a strip at the side, where the width is to spare,
        // rather than rows that would leave the screen's own content no height.
        rows = std::clamp(static_cast<int>((area.h - gap) / (button_h + gap)), 1, count);
        per_row = (count + rows - 1) / rows;
        row_w = static_cast<float>(per_row) * (widest + gap) - gap;
        bar = Rect{area.right() - row_w - 2 * gap, area.y, row_w + 2 * gap, area.h};
        area.w -= bar.w;
        fill_rect(ui, bar, ui.color.surface);
        canvas()->AddLine(v2(bar.x, bar.y), v2(bar.x, bar.bottom()), col(ui.color.border), 2.f);
    } else {
        if (rows > 2) { // long words (200 %, Polish): two to a row, icon beside words that may wrap
            per_row = 2;
            rows = (count + 1) / 2;
            const float two_w = (row_w - gap) / 2;
            for (auto& b : buttons) {
                b.spec.stacked = false;
                button_h = std::max(button_h, button_height(ui, b.spec, two_w));
            }
        }
        float bar_h = static_cast<float>(rows) * (button_h + gap) + gap;
        bar = area.take_bottom(bar_h, 0);
        fill_rect(ui, bar, ui.color.surface);
        canvas()->AddLine(v2(bar.x, bar.y), v2(bar.right(), bar.y), col(ui.color.border), 2.f);
    }
    ui.chrome = true;
    float w = (row_w - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    float left = bar.cx() - row_w / 2;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        auto col_i = static_cast<float>(static_cast<int>(i) % per_row);
        auto row_i = static_cast<float>(static_cast<int>(i) / per_row);
        Rect r{left + col_i * (w + gap), bar.y + gap + row_i * (button_h + gap), w, button_h};
        if (button(ui, r, buttons[i].spec)) ui.emit(buttons[i].event);
    }
    ui.chrome = false;
}

} // namespace ui
