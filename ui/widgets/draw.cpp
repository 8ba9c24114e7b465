#include "ui/widgets/draw.hpp"

#include "ui/text_shaping.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <string>

namespace ui {

namespace {

// Text under a dialog is not meant to be read (the dialog dims it): only what lies on top is judged.
// Paint is recorded in the order the widgets call; ImGui draws a scroll area's child window after all of
// its parent's paint, so a screen must not paint over a scroll area after it (none does).
void record(const Ui& ui, Paint::Kind kind, Rect r, Rgb color, unsigned char alpha = 255) {
    if (!ui.tree.recording_paint() || (ui.inert && kind != Paint::Kind::fill)) return;
    ImDrawList* draw = canvas();
    const Rect clip{draw->GetClipRectMin().x, draw->GetClipRectMin().y,
                    draw->GetClipRectMax().x - draw->GetClipRectMin().x,
                    draw->GetClipRectMax().y - draw->GetClipRectMin().y};
    const Rect seen = r.intersect(clip);
    if (seen.w > 0 && seen.h > 0) ui.tree.paint({kind, seen, color, alpha});
}

} // namespace

void fill_rect(const Ui& ui, Rect r, Rgb color, unsigned char alpha) {
    record(ui, Paint::Kind::fill, r, color, alpha);
    canvas()->AddRectFilled(v2(r.x, r.y), v2(r.right(), r.bottom()), col(color, alpha));
}

void fill_rounded(const Ui& ui, Rect r, Rgb color, float radius) {
    radius = std::floor(std::min({radius, r.w / 2, r.h / 2}));
    if (radius < 1) return fill_rect(ui, r, color);
    record(ui, Paint::Kind::fill, r, color);
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

void bordered_rounded(const Ui& ui, Rect r, Rgb fill, Rgb border, float radius, float thickness) {
    fill_rounded(ui, r, border, radius);
    fill_rounded(ui, r.inset(thickness), fill, std::max(0.f, radius - thickness));
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
    // One line of Arabic is as wide as its joined letters, which take less room than the loose ones.
    // (Wrapped text is broken at the loose letters' widths: a little short of the room, never over it.)
    if (width <= 0 && ui.shaper && has_right_to_left(text) && text.find('\n') == std::string::npos) {
        const auto shown =
            ui.shaper->display_line(text, ui.mirrored, false); // holds Arabic: the screen's direction
        return font_of(ui, style)->CalcTextSizeA(size_of(ui, style), FLT_MAX, 0.f, shown.c_str(),
                                                 shown.c_str() + shown.size());
    }
    return font_of(ui, style)->CalcTextSizeA(size_of(ui, style), FLT_MAX, width > 0 ? width : 0.f,
                                             text.c_str(), text.c_str() + text.size());
}

void put_text(const Ui& ui, ImVec2 pos, TextStyle style, Rgb color, const std::string& text,
              float wrap_width) {
    ImFont* font = font_of(ui, style);
    const float px = size_of(ui, style);
    if (ui.tree.recording_paint()) {
        const ImVec2 size = measure(ui, style, text, wrap_width);
        record(ui, Paint::Kind::text, {pos.x, pos.y, size.x, size.y}, color);
    }
    if (!ui.shaper || (!ui.mirrored && !has_right_to_left(text))) {
        canvas()->AddText(font, px, pos, col(color), text.c_str(), text.c_str() + text.size(), wrap_width);
        return;
    }
    // Lines are broken in reading order, as measure() breaks them, and each is then put in display order.
    std::vector<std::string> lines;
    if (wrap_width > 0) {
        lines = wrapped_lines(ui, style, text, wrap_width, std::numeric_limits<int>::max());
    } else {
        for (std::size_t at = 0, end = 0; at <= text.size(); at = end + 1) {
            end = std::min(text.find('\n', at), text.size());
            lines.push_back(text.substr(at, end - at));
        }
    }
    const bool right_to_left = paragraph_right_to_left(text, ui.mirrored); // for all its lines alike
    for (const auto& line : lines) {
        auto shown = ui.shaper->display_line(line, right_to_left, ui.mirrored);
        canvas()->AddText(font, px, pos, col(color), shown.c_str(), shown.c_str() + shown.size());
        pos.y += px;
    }
}

namespace {
bool continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
} // namespace

std::vector<std::string> wrapped_lines(const Ui& ui, TextStyle style, const std::string& text, float width,
                                       int max_lines) {
    ImFont* font = font_of(ui, style);
    float scale = size_of(ui, style) / font->FontSize;
    std::vector<std::string> lines;
    const char* at = text.c_str();
    const char* end = at + text.size();
    while (at < end && static_cast<int>(lines.size()) < max_lines) {
        const char* line_end = font->CalcWordWrapPositionA(scale, at, end, std::max(width, 1.f));
        if (line_end == at) { // not even one character fits: take one anyway, whole
            ++line_end;
            while (line_end < end && continuation_byte(*line_end))
                ++line_end;
        }
        const char* newline = std::find(at, line_end, '\n');
        if (newline < line_end) line_end = newline;
        lines.emplace_back(at, line_end);
        at = line_end;
        while (at < end && (*at == ' ' || *at == '\n')) // the break itself is not drawn
            ++at;
    }
    if (at < end && !lines.empty()) { // cut short: the last line says so
        auto& last = lines.back();
        const std::string ellipsis = "\xE2\x80\xA6";
        while (!last.empty() && measure(ui, style, last + ellipsis).x > width) { // one character at a time
            auto start = last.size() - 1;
            while (start > 0 && continuation_byte(last[start]))
                --start;
            last.erase(start);
        }
        while (!last.empty() && last.back() == ' ')
            last.pop_back();
        last += ellipsis;
    }
    return lines;
}

void put_picture(const Ui& ui, Rect r, ImTextureID texture) {
    record(ui, Paint::Kind::image, r, {});
    canvas()->AddImage(texture, v2(r.x, r.y), v2(r.right(), r.bottom()));
}

void put_icon(const Ui& ui, ImVec2 pos, Icon icon, float px, Rgb color) {
    if (icon == Icon::none) return;
    record(ui, Paint::Kind::icon, {pos.x, pos.y, px, px}, color);
    if (ui.mirrored) icon = mirrored_icon(icon); // arrows point the way a right-to-left reader goes
    auto glyph = utf8(icon);
    ImFont* font = px > ui.font.sizes.body ? ui.font.heading : ui.font.bold;
    canvas()->AddText(font, px, pos, col(color), glyph.c_str(), glyph.c_str() + glyph.size());
}

} // namespace ui
