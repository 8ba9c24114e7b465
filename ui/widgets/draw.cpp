#include "ui/widgets/draw.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace ui {

void fill_rect(Rect r, Rgb color, unsigned char alpha) {
    canvas()->AddRectFilled(v2(r.x, r.y), v2(r.right(), r.bottom()), col(color, alpha));
}

void fill_rounded(Rect r, Rgb color, float radius) {
    radius = std::floor(std::min({radius, r.w / 2, r.h / 2}));
    if (radius < 1) return fill_rect(r, color);
    ImDrawList* dl = canvas();
    ImU32 c = col(color);
    // One full-width span per pixel row of the rounded ends, one block for the middle.
    for (int i = 0; i < static_cast<int>(radius); ++i) {
        float dy = radius - static_cast<float>(i) - 0.5f;
        float inset = std::round(radius - std::sqrt(radius * radius - dy * dy));
        float top = r.y + static_cast<float>(i), bottom = r.bottom() - static_cast<float>(i) - 1;
        dl->AddRectFilled(v2(r.x + inset, top), v2(r.right() - inset, top + 1), c);
        dl->AddRectFilled(v2(r.x + inset, bottom), v2(r.right() - inset, bottom + 1), c);
    }
    dl->AddRectFilled(v2(r.x, r.y + radius), v2(r.right(), r.bottom() - radius), c);
}

void bordered_rounded(Rect r, Rgb fill, Rgb border, float radius, float thickness) {
    fill_rounded(r, border, radius);
    fill_rounded(r.inset(thickness), fill, std::max(0.f, radius - thickness));
}

ImFont* font_of(const Ui& ui, TextStyle style) {
    switch (style) {
    case TextStyle::body:
        return ui.font.body;
    case TextStyle::bold:
        return ui.font.bold;
    case TextStyle::heading:
        return ui.font.heading;
    case TextStyle::code:
        return ui.font.code;
    }
    return ui.font.body;
}

float size_of(const Ui& ui, TextStyle style) {
    switch (style) {
    case TextStyle::heading:
        return ui.font.sizes.heading;
    case TextStyle::code:
        return ui.font.sizes.code;
    default:
        return ui.font.sizes.body;
    }
}

ImVec2 measure(const Ui& ui, TextStyle style, const std::string& text, float width) {
    return font_of(ui, style)->CalcTextSizeA(size_of(ui, style), FLT_MAX, width > 0 ? width : 0.f,
                                             text.c_str(), text.c_str() + text.size());
}

void put_text(const Ui& ui, ImVec2 pos, TextStyle style, Rgb color, const std::string& text,
              float wrap_width) {
    canvas()->AddText(font_of(ui, style), size_of(ui, style), pos, col(color), text.c_str(),
                      text.c_str() + text.size(), wrap_width);
}

void put_icon(const Ui& ui, ImVec2 pos, Icon icon, float px, Rgb color) {
    if (icon == Icon::none) return;
    auto glyph = utf8(icon);
    ImFont* font = px > ui.font.sizes.body ? ui.font.heading : ui.font.bold;
    canvas()->AddText(font, px, pos, col(color), glyph.c_str(), glyph.c_str() + glyph.size());
}

} // namespace ui
