#include "ui/sdl_renderer.hpp"

#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace ui {

SDL_Texture* upload_font_atlas(SDL_Renderer* renderer, ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &w, &h);
    SDL_Texture* texture =
        SDL_CreateTexture(renderer, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, w, h);
    if (!texture) throw std::runtime_error(std::string("cannot create the font texture: ") + SDL_GetError());
    SDL_UpdateTexture(texture, nullptr, pixels, w * 4);
    SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear);
    atlas.SetTexID(static_cast<ImTextureID>(texture));
    atlas.ClearTexData(); // the GPU (or SDL's software texture) has it now
    return texture;
}

namespace {

// ImGui writes every rectangle, plain or textured (glyphs, images), as 4 vertices with indices
// (0,1,2, 0,2,3) and one colour. SDL's software triangle path tests every pixel of each triangle's
// bounding box; rectangles go to SDL_RenderFillRect / SDL_RenderCopy instead, which fill rows directly.
struct Quad {
    SDL_FRect dst;
    SDL_FPoint uv0, uv1;
    SDL_Color color;
    bool solid; // all corners sample the same texel: the atlas's white pixel
};

bool axis_quad(const ImDrawVert* v, const ImDrawIdx* i, Quad& q) {
    if (i[3] != i[0] || i[4] != i[2]) return false;
    const ImDrawVert &a = v[i[0]], &b = v[i[1]], &c = v[i[2]], &d = v[i[5]];
    if (a.col != b.col || a.col != c.col || a.col != d.col) return false;
    if (a.pos.y != b.pos.y || b.pos.x != c.pos.x || c.pos.y != d.pos.y || d.pos.x != a.pos.x) return false;
    if (a.uv.y != b.uv.y || b.uv.x != c.uv.x || c.uv.y != d.uv.y || d.uv.x != a.uv.x) return false;
    if (c.pos.x < a.pos.x || c.pos.y < a.pos.y || c.uv.x < a.uv.x || c.uv.y < a.uv.y)
        return false; // no mirroring
    q.dst = {a.pos.x, a.pos.y, c.pos.x - a.pos.x, c.pos.y - a.pos.y};
    q.uv0 = {a.uv.x, a.uv.y};
    q.uv1 = {c.uv.x, c.uv.y};
    q.solid = a.uv.x == c.uv.x && a.uv.y == c.uv.y;
    std::memcpy(&q.color, &a.col, sizeof q.color); // ImU32 is RGBA in memory, as SDL_Color
    return true;
}

// Solid rectangles of one colour that follow each other are filled with one call.
class RectBatch {
public:
    explicit RectBatch(SDL_Renderer* renderer) : renderer_(renderer) {}
    void add(const SDL_FRect& r, SDL_Color c) {
        if (!rects_.empty() && std::memcmp(&c, &color_, sizeof c) != 0) flush();
        color_ = c;
        rects_.push_back(r);
    }
    void flush() {
        if (rects_.empty()) return;
        SDL_SetRenderDrawColor(renderer_, color_.r, color_.g, color_.b, color_.a);
        // Opaque fills need no blending; SDL's software path then fills rows at memset speed.
        SDL_SetRenderDrawBlendMode(renderer_, color_.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
        SDL_RenderFillRectsF(renderer_, rects_.data(), static_cast<int>(rects_.size()));
        rects_.clear();
    }

private:
    SDL_Renderer* renderer_;
    std::vector<SDL_FRect> rects_;
    SDL_Color color_{};
};

void copy_quad(SDL_Renderer* renderer, SDL_Texture* texture, const Quad& q) {
    int w = 0, h = 0;
    SDL_QueryTexture(texture, nullptr, nullptr, &w, &h);
    SDL_Rect src{static_cast<int>(std::lround(q.uv0.x * float(w))),
                 static_cast<int>(std::lround(q.uv0.y * float(h))),
                 static_cast<int>(std::lround((q.uv1.x - q.uv0.x) * float(w))),
                 static_cast<int>(std::lround((q.uv1.y - q.uv0.y) * float(h)))};
    SDL_SetTextureColorMod(texture, q.color.r, q.color.g, q.color.b);
    SDL_SetTextureAlphaMod(texture, q.color.a);
    SDL_RenderCopyF(renderer, texture, &src, &q.dst);
    SDL_SetTextureColorMod(texture, 255, 255, 255); // triangles carry their colour in the vertices
    SDL_SetTextureAlphaMod(texture, 255);
}

void draw_triangles(SDL_Renderer* renderer, SDL_Texture* texture, const ImDrawVert* v, int vertex_count,
                    const ImDrawIdx* indices, int index_count) {
    if (index_count <= 0) return;
    const char* base = reinterpret_cast<const char*>(v);
    SDL_RenderGeometryRaw(renderer, texture, reinterpret_cast<const float*>(base + offsetof(ImDrawVert, pos)),
                          sizeof(ImDrawVert),
                          reinterpret_cast<const SDL_Color*>(base + offsetof(ImDrawVert, col)),
                          sizeof(ImDrawVert), reinterpret_cast<const float*>(base + offsetof(ImDrawVert, uv)),
                          sizeof(ImDrawVert), vertex_count, indices, index_count, sizeof(ImDrawIdx));
}

} // namespace

void render_draw_data(SDL_Renderer* renderer, const ImDrawData* draw_data, float mirror_width) {
    const ImVec2 origin = draw_data->DisplayPos;
    const bool mirror = mirror_width > 0;
    std::vector<ImDrawVert> mirrored; // the triangles' corners, mirrored
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    for (int n = 0; n < draw_data->CmdListsCount; ++n) {
        const ImDrawList* list = draw_data->CmdLists[n];
        if (mirror) {
            mirrored.assign(list->VtxBuffer.begin(), list->VtxBuffer.end());
            for (auto& vertex : mirrored)
                vertex.pos.x = mirror_width - vertex.pos.x;
        }
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                cmd.UserCallback(list, &cmd);
                continue;
            }
            const float clip_left = mirror ? mirror_width - cmd.ClipRect.z : cmd.ClipRect.x;
            SDL_Rect clip{static_cast<int>(clip_left - origin.x), static_cast<int>(cmd.ClipRect.y - origin.y),
                          static_cast<int>(cmd.ClipRect.z - cmd.ClipRect.x),
                          static_cast<int>(cmd.ClipRect.w - cmd.ClipRect.y)};
            if (clip.w <= 0 || clip.h <= 0) continue;
            SDL_RenderSetClipRect(renderer, &clip);
            auto* texture = static_cast<SDL_Texture*>(cmd.GetTexID());
            const ImDrawVert* v = list->VtxBuffer.Data + cmd.VtxOffset;
            const ImDrawVert* corners = mirror ? mirrored.data() + cmd.VtxOffset : v;
            int vertex_count = list->VtxBuffer.Size - static_cast<int>(cmd.VtxOffset);
            const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
            int count = static_cast<int>(cmd.ElemCount);
            int pending = 0; // start of the triangles not yet drawn, so drawing order is kept
            RectBatch solids(renderer);
            for (int i = 0; i + 6 <= count; i += 3) {
                Quad quad;
                if (!axis_quad(v, idx + i, quad)) continue;
                if (i > pending) {
                    solids.flush();
                    draw_triangles(renderer, texture, corners, vertex_count, idx + pending, i - pending);
                }
                // Mirrored, a quad moves but keeps its picture: glyphs, icons and QR codes read as they are.
                if (mirror) quad.dst.x = mirror_width - quad.dst.x - quad.dst.w;
                if (quad.solid || !texture) {
                    solids.add(quad.dst, quad.color);
                } else {
                    solids.flush();
                    copy_quad(renderer, texture, quad);
                }
                i += 3;
                pending = i + 3;
            }
            solids.flush();
            draw_triangles(renderer, texture, corners, vertex_count, idx + pending, count - pending);
        }
    }
    SDL_RenderSetClipRect(renderer, nullptr);
}

} // namespace ui
