#include "ui/widgets/draw.hpp"

#include <algorithm>
#include <cfloat>

namespace ui {

void fill_rect(Rect r, Rgb color, unsigned char alpha) {
    canvas()->AddRectFilled(v2(r.x, r.y), v2(r.right(), r.bottom()), col(color, alpha));
}

void fill_rounded(Rect r, Rgb color, float radius) {
    radius = std::min({radius, r.w / 2, r.h / 2});
    if (radius < 1) return fill_rect(r, color);
    ImDrawList* dl = canvas();
    ImU32 c = col(color);
    dl->AddRectFilled(v2(r.x + radius, r.y), v2(r.right() - radius, r.bottom()), c);
    dl->AddRectFilled(v2(r.x, r.y + radius), v2(r.x + radius, r.bottom() - radius), c);
    dl->AddRectFilled(v2(r.right() - radius, r.y + radius), v2(r.right(), r.bottom() - radius), c);
    const ImVec2 centres[] = {v2(r.x + radius, r.y + radius), v2(r.right() - radius, r.y + radius),
                              v2(r.right() - radius, r.bottom() - radius), v2(r.x + radius, r.bottom() - radius)};
    constexpr float quarter = 1.5707964f;
    // Without anti-aliasing here: its fringe would also run along the two straight sides of each
    // corner fan and show as faint seams inside the shape.
    auto flags = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (int i = 0; i < 4; ++i) {
        float start = quarter * static_cast<float>(i + 2); // top-left corner starts at 180 degrees
        dl->PathLineTo(centres[i]);
        dl->PathArcTo(centres[i], radius, start, start + quarter, 8);
        dl->PathFillConvex(c);
    }
    dl->Flags = flags;
}

void outline_rounded(Rect r, Rgb color, float radius, float thickness) {
    canvas()->AddRect(v2(r.x, r.y), v2(r.right(), r.bottom()), col(color), radius, 0, thickness);
}

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
