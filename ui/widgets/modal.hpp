#pragma once
// A modal question above the current screen. The screen beneath is drawn inert (ui.inert) first, so
// only the dialog's own buttons can be tapped.
#include "ui/widgets/button.hpp"
#include "ui/widgets/draw.hpp"

namespace ui {

// Dims the screen, draws a centred panel and returns the area inside it.
Rect modal_panel(Ui& ui, float width, float height, const std::string& spoken_title);

// The answers at the bottom of a dialog, side by side: the quiet one left, the main one right.
// Returns which was tapped: 0 for none, 1 for `quiet`, 2 for `main`.
int dialog_answers(Ui& ui, Rect inner, const ButtonSpec& quiet, const ButtonSpec& main);

} // namespace ui
