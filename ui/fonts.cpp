#include "ui/fonts.hpp"

#include "ui/icons.hpp"
#include "ui/text_shaping.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <imgui.h>
#include <imgui_freetype.h>

#include <optional>
#include <stdexcept>
#include <vector>

namespace ui {
namespace {

// Latin with the accents of Dutch, Turkish, Polish and other languages residents speak, plus the
// typographic quotes, dashes, ellipsis and euro sign that appear in municipal texts.
// Cyrillic for Ukrainian (and Russian, which many Ukrainians read too).
constexpr ImWchar text_ranges[] = {0x0020, 0x017F, 0x0400, 0x045F, 0x0490, 0x0491, 0x2013, 0x2014, 0x2018,
                                   0x201E, 0x2022, 0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC, 0};
// Arabic letters and the presentation forms that stand for their joined shapes: ImGui draws one glyph
// per code point, so shaped text arrives as those forms (see text_shaping.cpp).
constexpr ImWchar arabic_ranges[] = {baked_arabic[0].first, baked_arabic[0].last, baked_arabic[1].first,
                                     baked_arabic[1].last, 0};
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

// A font's ascender and descender as fractions of its em. ImGui's FreeType builder sizes a font by
// ascender minus descender, and Noto Sans Arabic reserves far more room for its marks than Noto Sans.
struct VerticalMetrics {
    float ascender = 1, descender = 0;
};

VerticalMetrics vertical_metrics(const std::vector<unsigned char>& bytes) {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    VerticalMetrics m;
    if (FT_Init_FreeType(&library) != 0) throw std::runtime_error("FreeType cannot start");
    if (FT_New_Memory_Face(library, bytes.data(), static_cast<FT_Long>(bytes.size()), 0, &face) == 0) {
        const float em = face->units_per_EM;
        m = {static_cast<float>(face->ascender) / em, static_cast<float>(-face->descender) / em};
        FT_Done_Face(face);
    }
    FT_Done_FreeType(library);
    if (m.ascender + m.descender <= 0) throw std::runtime_error("a font file could not be read");
    return m;
}

struct Merge {
    float scale = 1;    // of the pixel size, so that both fonts' letters share one em
    float offset_y = 0; // of the pixel size, so that they share one baseline
};

Merge merge_onto(const std::vector<unsigned char>& base, const std::vector<unsigned char>& merged) {
    if (merged.empty()) return {}; // no Arabic font given (unit tests)
    auto b = vertical_metrics(base), m = vertical_metrics(merged);
    const float base_height = b.ascender + b.descender; // in ems, as ImGui's pixel size counts
    return {(m.ascender + m.descender) / base_height, (b.ascender - m.ascender) / base_height};
}

// `merge_offset_y`: merged into the font added before it, moved down by that many pixels.
ImFont* add_font(ImFontAtlas& atlas, const std::vector<unsigned char>& bytes, float px, const ImWchar* ranges,
                 std::optional<float> merge_offset_y = std::nullopt) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes belong to FontData and outlive every rebuild
    config.OversampleH = 1; // FreeType renders hinted glyphs; oversampling only costs atlas space
    config.OversampleV = 1;
    config.MergeMode = merge_offset_y.has_value();
    config.GlyphOffset.y = merge_offset_y.value_or(0);
    void* data = const_cast<unsigned char*>(bytes.data()); // ImGui takes void* but only reads
    ImFont* font = atlas.AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), px, &config, ranges);
    if (!font) throw std::runtime_error("a font file could not be read");
    return font;
}

} // namespace

FontFiles FontFiles::debian() {
    return {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
            "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf"};
}

Fonts build_fonts(ImFontAtlas& atlas, const FontData& data, const FontSizes& sizes) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
    Fonts fonts;
    fonts.sizes = sizes;
    // Read once per atlas: the fonts' metrics do not change with the size.
    const Merge arabic_regular = merge_onto(data.regular, data.arabic_regular);
    const Merge arabic_bold = merge_onto(data.bold, data.arabic_bold);
    auto text_font = [&](const std::vector<unsigned char>& latin, const std::vector<unsigned char>& arabic,
                         const Merge& merge, float px) {
        ImFont* font = add_font(atlas, latin, px, text_ranges);
        if (!arabic.empty()) add_font(atlas, arabic, px * merge.scale, arabic_ranges, merge.offset_y * px);
        add_font(atlas, data.icons, px, icon_ranges(),
                 px * 0.18f); // Material glyphs sit high on Noto's baseline
        return font;
    };
    fonts.body = text_font(data.regular, data.arabic_regular, arabic_regular, sizes.body);
    fonts.bold = text_font(data.bold, data.arabic_bold, arabic_bold, sizes.body);
    fonts.heading = text_font(data.bold, data.arabic_bold, arabic_bold, sizes.heading);
    fonts.code = add_font(atlas, data.bold, sizes.code, code_ranges);
    if (!atlas.Build()) throw std::runtime_error("cannot build the font atlas");
    return fonts;
}

} // namespace ui
