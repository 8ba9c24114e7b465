#pragma once
// Headings and paragraphs. They wrap at the width they are given and register a semantic node.
#include "ui/widgets/draw.hpp"

namespace ui {

// Draws `text` at the next place in `column`, wrapped to its width; returns the rectangle used.
Rect paragraph(Ui& ui, Column& column, const std::string& text, TextStyle style = TextStyle::body,
               Role role = Role::text, const Rgb* color = nullptr);
inline Rect heading(Ui& ui, Column& column, const std::string& text) {
    return paragraph(ui, column, text, TextStyle::heading, Role::heading);
}
// `text` in at most `max_lines` lines, centred in `r` from top to bottom, the last ending in "…" when
// the text needs more; the semantic tree keeps it whole. For names and titles that must leave room.
void shortened(Ui& ui, Rect r, const std::string& text, TextStyle style, Rgb color, Role role, int max_lines);
// A heading of at most `max_lines` lines (a title from a server above a screen's buttons).
Rect short_heading(Ui& ui, Column& column, const std::string& text, int max_lines);
// Text in a given rectangle (no wrapping); flags overflow when it does not fit.
void label(Ui& ui, Rect r, const std::string& text, TextStyle style, Rgb color, Role role = Role::text,
           bool centered = false);

} // namespace ui
