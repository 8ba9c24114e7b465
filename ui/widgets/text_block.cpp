#include "ui/widgets/text_block.hpp"

namespace ui {

Rect paragraph(Ui& ui, Column& column, const std::string& text, TextStyle style, Role role,
               const Rgb* color) {
    float width = column.width();
    ImVec2 size = measure(ui, style, text, width);
    Rect r = column.next(size.y);
    put_text(ui, v2(r.x, r.y), style, color ? *color : ui.color.text, text, width);
    SemanticNode node{role, {}, text, r};
    node.overflow = size.x > width + 1;
    ui.add_node(std::move(node));
    return r;
}

void shortened(Ui& ui, Rect r, const std::string& text, TextStyle style, Rgb color, Role role,
               int max_lines) {
    auto lines = wrapped_lines(ui, style, text, r.w, max_lines);
    const float line_h = size_of(ui, style);
    float y = r.y + (r.h - line_h * static_cast<float>(lines.size())) / 2;
    for (const auto& line : lines) {
        put_text(ui, v2(r.x, y), style, color, line);
        y += line_h;
    }
    ui.add_node({role, {}, text, r});
}

Rect short_heading(Ui& ui, Column& column, const std::string& text, int max_lines) {
    const float line_h = size_of(ui, TextStyle::heading);
    const auto lines = wrapped_lines(ui, TextStyle::heading, text, column.width(), max_lines).size();
    Rect r = column.next(line_h * static_cast<float>(std::max<std::size_t>(lines, 1)));
    shortened(ui, r, text, TextStyle::heading, ui.color.text, Role::heading, max_lines);
    return r;
}

void label(Ui& ui, Rect r, const std::string& text, TextStyle style, Rgb color, Role role, bool centered) {
    ImVec2 size = measure(ui, style, text);
    float x = centered ? r.x + (r.w - size.x) / 2 : r.x;
    float y = r.y + (r.h - size.y) / 2;
    put_text(ui, v2(x, y), style, color, text);
    SemanticNode node{role, {}, text, r};
    node.overflow = size.x > r.w + 1 || size.y > r.h + 1;
    ui.add_node(std::move(node));
}

} // namespace ui
