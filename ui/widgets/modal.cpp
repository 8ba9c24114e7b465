#include "ui/widgets/modal.hpp"

namespace ui {

Rect modal_panel(Ui& ui, float width, float height, const std::string& spoken_title) {
    const auto& s = ui.screen;
    fill_rect(s, ui.color.dim, 190);
    width = std::min(width, s.w - 2 * ui.m.margin);
    Rect panel{s.cx() - width / 2, s.cy() - height / 2, width, height};
    bordered_rounded(panel, ui.color.background, ui.color.text, ui.m.radius, 4.f);
    ui.add_node({Role::dialog, "dialog", spoken_title, panel});
    ui.container = panel;
    return panel.inset(ui.m.unit * 5);
}

} // namespace ui
