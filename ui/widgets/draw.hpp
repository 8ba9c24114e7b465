#pragma once
// Small drawing helpers shared by the widgets: colours, text measuring and placing.
#include "ui/geometry.hpp"
#include "ui/icons.hpp"
#include "ui/ui.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace ui {

enum class TextStyle { body, bold, heading, code };

inline ImVec2 v2(float x, float y) {
    return ImVec2(x, y);
}
inline ImU32 col(Rgb c, unsigned char alpha = 255) {
    return c.abgr(alpha);
}
inline ImDrawList* canvas() {
    return ImGui::GetWindowDrawList();
}

// Filled shapes, built only from axis-aligned rectangles (a rounded end is one span per pixel row).
// SDL's software renderer tests every pixel of each triangle's bounding box, so ImGui's usual
// triangle fan cost about 40 times the area, and its thin slivers left stray pixels; rectangles go
// through SDL_RenderFillRect (see sdl_renderer.cpp).
// Each also tells the semantic tree what colour went where, for the contrast audit.
void fill_rect(const Ui& ui, Rect r, Rgb color, unsigned char alpha = 255);
void fill_rounded(const Ui& ui, Rect r, Rgb color, float radius);
// A filled rounded rectangle with a border: the border colour filled, then the inside over it.
// (ImGui's stroked outline leaves stray pixels at the path's joint in SDL's software renderer.)
void bordered_rounded(const Ui& ui, Rect r, Rgb fill, Rgb border, float radius, float thickness);

ImFont* font_of(const Ui& ui, TextStyle style);
float size_of(const Ui& ui, TextStyle style);
// Height of `text` wrapped at `width` (no wrapping when width <= 0).
ImVec2 measure(const Ui& ui, TextStyle style, const std::string& text, float width = 0);
void put_text(const Ui& ui, ImVec2 pos, TextStyle style, Rgb color, const std::string& text,
              float wrap_width = 0);
void put_icon(const Ui& ui, ImVec2 pos, Icon icon, float px, Rgb color);
// A picture (a letter's page) filling `r`; the contrast audit finds any text laid over it.
void put_picture(const Ui& ui, Rect r, ImTextureID texture);
// `text` broken into the lines it takes at `width`, at most `max_lines` of them: when it needs more,
// the last line is shortened and ends in "…". Texts from servers have any length (a statustekst of
// 540 characters is real); rows of a list show two lines and the full text stays in the semantic tree.
std::vector<std::string> wrapped_lines(const Ui& ui, TextStyle style, const std::string& text, float width,
                                       int max_lines);
// Where to put an icon of `px` so that it sits centred on a line whose middle is `center_y`.
inline float icon_top(float center_y, float px) {
    return center_y - px * 0.5f;
}

} // namespace ui
