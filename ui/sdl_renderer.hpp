#pragma once
// Draws ImGui's output with SDL_RenderGeometryRaw. Debian's libimgui-dev ships no compiled SDL-renderer
// backend (only example sources that minimal systems strip), so the kiosk keeps its own few lines.
struct SDL_Renderer;
struct SDL_Texture;
struct ImDrawData;
struct ImFontAtlas;

namespace ui {

SDL_Texture* upload_font_atlas(SDL_Renderer* renderer, ImFontAtlas& atlas); // frees the CPU copy
// `mirror_width` > 0: drawn mirrored around the middle of a screen that wide (right-to-left languages),
// every glyph and picture still the right way round.
void render_draw_data(SDL_Renderer* renderer, const ImDrawData* draw_data, float mirror_width = 0);

} // namespace ui
