#include "ui/widgets/draw.hpp"

#include <cfloat>

namespace ui {

ImFont* font_of(const Ui& ui, TextStyle style) {
    switch (style) {
    case TextStyle::body: return ui.font.body;
    case TextStyle::bold: return ui.font.bold;
    case TextStyle::heading: return ui.font.heading;
    case TextStyle::code: return ui.font.code;
    }
    return ui.font.body;
}

float size_of(const Ui& ui, TextStyle style) {
    switch (style) {
    case TextStyle::heading: return ui.font.sizes.heading;
    case TextStyle::code: return ui.font.sizes.code;
    default: return ui.font.sizes.body;
    }
}

ImVec2 measure(const Ui& ui, TextStyle style, const std::string& text, float width) {
    return font_of(ui, style)->CalcTextSizeA(size_of(ui, style), FLT_MAX, width > 0 ? width : 0.f, text.c_str(),
                                             text.c_str() + text.size());
}

void put_text(const Ui& ui, ImVec2 pos, TextStyle style, Rgb color, const std::string& text, float wrap_width) {
    canvas()->AddText(font_of(ui, style), size_of(ui, style), pos, col(color), text.c_str(), text.c_str() + text.size(),
                      wrap_width);
}

void put_icon(const Ui& ui, ImVec2 pos, Icon icon, float px, Rgb color) {
    if (icon == Icon::none) return;
    auto glyph = utf8(icon);
    ImFont* font = px > ui.font.sizes.body ? ui.font.heading : ui.font.bold;
    canvas()->AddText(font, px, pos, col(color), glyph.c_str(), glyph.c_str() + glyph.size());
}

} // namespace ui
