#include "ui/widgets/modal.hpp"

namespace ui {

Rect modal_panel(Ui& ui, float width, float height, const std::string& spoken_title) {
    const auto& s = ui.screen;
    fill_rect(ui, s, ui.color.dim, 190);
    width = std::min(width, s.w - 2 * ui.m.margin);
    // The heights are made for normal letters: larger ones take as much more room, as far as there is.
    height = std::min(height * ui.font.sizes.body / ui.content.theme.normal_text.body, s.h - 2 * ui.m.margin);
    Rect panel{s.cx() - width / 2, s.cy() - height / 2, width, height};
    bordered_rounded(ui, panel, ui.color.background, ui.color.text, ui.m.radius, 4.f);
    ui.add_node({Role::dialog, "dialog", spoken_title, panel});
    ui.container = panel;
    return panel.inset(ui.m.unit * 5);
}

int dialog_answers(Ui& ui, Rect inner, const ButtonSpec& quiet, const ButtonSpec& main) {
    float w = (inner.w - ui.gap()) / 2;
    if (std::max(button_width(ui, quiet), button_width(ui, main)) <= w) {
        Rect row = inner.take_bottom(ui.m.primary_button_h, 0);
        if (button(ui, row.take_left(w, ui.gap()), quiet)) return 1;
        return button(ui, row, main) ? 2 : 0;
    }
    // One above the other where the words do not fit side by side: the main answer first.
    Rect quiet_row = inner.take_bottom(ui.m.primary_button_h, 0);
    Rect main_row = inner.take_bottom(ui.m.primary_button_h, ui.gap());
    if (button(ui, main_row, main)) return 2;
    return button(ui, quiet_row, quiet) ? 1 : 0;
}

} // namespace ui
