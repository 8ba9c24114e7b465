#pragma once
// A modal question above the current screen. The screen beneath is drawn inert (ui.inert) first, so
// only the dialog's own buttons can be tapped.
#include "ui/widgets/draw.hpp"

namespace ui {

// Dims the screen, draws a centred panel and returns the area inside it.
Rect modal_panel(Ui& ui, float width, float height, const std::string& spoken_title);

} // namespace ui
