// Out of order: the kiosk cannot reach the municipality. Residents are sent to a person; the kiosk
// checks again by itself and returns to Welcome when it works. Emits nothing.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"

namespace ui {

void draw_out_of_order(const kiosk::core::State& state, Ui& ui) {
    Rect body = screen_frame(ui, state, {.back = false, .help = false, .end = Footer::End::none});
    Column column(body, ui.gap());
    Rect icon = column.next(ui.font.sizes.heading * 2.5f);
    put_icon(ui, v2(icon.x, icon.y), Icon::build, icon.h, ui.color.accent);
    heading(ui, column, ui.t("out_of_order.title"_tk));
    paragraph(ui, column, ui.t("out_of_order.text"_tk));
    paragraph(ui, column, ui.t("out_of_order.staff"_tk), TextStyle::bold);
}

} // namespace ui
