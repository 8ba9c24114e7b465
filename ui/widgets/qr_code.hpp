#pragma once
// A QR code drawn as whole-pixel modules with the 4-module quiet zone, dark on white in every theme
// (phone cameras expect that).
#include "ui/widgets/draw.hpp"

namespace ui {

// Draws the largest QR code that fits in `r`; returns the square actually used.
Rect qr_code(Ui& ui, Rect r, const std::string& data, const std::string& spoken_label);

} // namespace ui
