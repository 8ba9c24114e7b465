#include "ui/fonts.hpp"

#include "ui/icons.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <stdexcept>
#include <vector>

namespace ui {
namespace {

// Latin with the accents of Dutch, Turkish, Polish and other languages residents speak, plus the
// typographic quotes, dashes, ellipsis and euro sign that appear in municipal texts.
constexpr ImWchar text_ranges[] = {0x0020, 0x017F, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022,
                                   0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC, 0};
constexpr ImWchar code_ranges[] = {0x0020, 0x0020, 0x002D, 0x003A, 0x0041, 0x005A, 0};

const ImWchar* icon_ranges() {
    static const std::vector<ImWchar> ranges = [] {
        std::vector<ImWchar> r;
        for (Icon i : all_icons) {
            r.push_back(static_cast<ImWchar>(i));
            r.push_back(static_cast<ImWchar>(i));
        }
        r.push_back(0);
        return r;
    }();
    return ranges.data();
}

ImFont* add_font(ImFontAtlas& atlas, const std::vector<unsigned char>& bytes, float px, const ImWchar* ranges,
                 bool merge = false) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes belong to FontData and outlive every rebuild
    config.OversampleH = 1; // FreeType renders hinted glyphs; oversampling only costs atlas space
    config.OversampleV = 1;
    config.MergeMode = merge;
    if (merge) config.GlyphOffset.y = px * 0.18f;          // Material glyphs sit high next to Noto's baseline
    void* data = const_cast<unsigned char*>(bytes.data()); // ImGui takes void* but only reads
    ImFont* font = atlas.AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), px, &config, ranges);
    if (!font) throw std::runtime_error("a font file could not be read");
    return font;
}

} // namespace

FontFiles FontFiles::debian() {
    return {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
            "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf"};
}

Fonts build_fonts(ImFontAtlas& atlas, const FontData& data, const FontSizes& sizes) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
    Fonts fonts;
    fonts.sizes = sizes;
    fonts.body = add_font(atlas, data.regular, sizes.body, text_ranges);
    add_font(atlas, data.icons, sizes.body, icon_ranges(), /*merge=*/true);
    fonts.bold = add_font(atlas, data.bold, sizes.body, text_ranges);
    add_font(atlas, data.icons, sizes.body, icon_ranges(), /*merge=*/true);
    fonts.heading = add_font(atlas, data.bold, sizes.heading, text_ranges);
    add_font(atlas, data.icons, sizes.heading, icon_ranges(), /*merge=*/true);
    fonts.code = add_font(atlas, data.bold, sizes.code, code_ranges);
    if (!atlas.Build()) throw std::runtime_error("cannot build the font atlas");
    return fonts;
}

} // namespace ui
