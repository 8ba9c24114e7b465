#include "ui/text_shaping.hpp"

#include <fribidi.h>
#include <hb.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace ui {

bool has_right_to_left(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b < 0xD6) continue;
        if (b <= 0xDF) return true; // U+0590..U+07FF: Hebrew, Arabic, Syriac, Thaana, NKo
        auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (b == 0xE0 && next >= 0xA0 && next <= 0xA3) return true; // U+0800..U+08FF
        if (b == 0xEF && next >= 0xAC && next <= 0xBB) return true; // U+FB1D..U+FEFF presentation forms
    }
    return false;
}

namespace {

bool arabic_letter(char32_t c) {
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
           (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

std::u32string decode(std::string_view text) {
    std::u32string out(text.size() + 1, U'\0');
    auto n = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, text.data(),
                                        static_cast<FriBidiStrIndex>(text.size()),
                                        reinterpret_cast<FriBidiChar*>(out.data()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string encode(const std::u32string& text) {
    std::string out(text.size() * 4 + 1, '\0');
    auto n =
        fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, reinterpret_cast<const FriBidiChar*>(text.data()),
                                   static_cast<FriBidiStrIndex>(text.size()), out.data());
    out.resize(static_cast<std::size_t>(n));
    return out;
}

} // namespace

struct TextShaper::Font {
    hb_blob_t* blob = nullptr;
    hb_face_t* face = nullptr;
    hb_font_t* font = nullptr;
    std::unordered_map<hb_codepoint_t, char32_t> code_point_of; // glyph -> the lowest code point mapping it
    ~Font() {
        hb_font_destroy(font);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
    }
};

TextShaper::TextShaper(const std::vector<unsigned char>& arabic_font) : font_(std::make_unique<Font>()) {
    font_->blob =
        hb_blob_create(reinterpret_cast<const char*>(arabic_font.data()),
                       static_cast<unsigned>(arabic_font.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    font_->face = hb_face_create(font_->blob, 0);
    font_->font = hb_font_create(font_->face);
    if (hb_face_get_glyph_count(font_->face) == 0) throw std::runtime_error("the Arabic font cannot be read");
    // The way back from HarfBuzz's glyphs to code points ImGui can draw: the joined forms of Arabic
    // letters have code points of their own (Arabic Presentation Forms-B) that map the same glyphs.
    hb_set_t* unicodes = hb_set_create();
    hb_face_collect_unicodes(font_->face, unicodes);
    for (hb_codepoint_t c = HB_SET_VALUE_INVALID; hb_set_next(unicodes, &c);) {
        hb_codepoint_t glyph = 0;
        const bool baked = baked_arabic[0].contains(c) || baked_arabic[1].contains(c);
        if (baked && hb_font_get_nominal_glyph(font_->font, c, &glyph))
            font_->code_point_of.try_emplace(glyph, c);
    }
    hb_set_destroy(unicodes);
}

TextShaper::~TextShaper() = default;

std::u32string TextShaper::shape_arabic(std::u32string_view run) const {
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf32(buffer, reinterpret_cast<const std::uint32_t*>(run.data()),
                        static_cast<int>(run.size()), 0, static_cast<int>(run.size()));
    hb_buffer_set_direction(buffer, HB_DIRECTION_RTL);
    hb_buffer_set_script(buffer, HB_SCRIPT_ARABIC);
    hb_buffer_set_language(buffer, hb_language_from_string("ar", -1));
    hb_shape(font_->font, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* glyphs = hb_buffer_get_glyph_infos(buffer, &count);
    std::u32string shaped;
    for (unsigned i = 0; i < count; ++i) {
        auto found = font_->code_point_of.find(glyphs[i].codepoint);
        if (found != font_->code_point_of.end()) {
            shaped += found->second;
            continue;
        }
        // A ligature the atlas has no code point for: its letters unjoined, rather than a gap.
        ++unmapped_;
        std::size_t begin = std::min<std::size_t>(glyphs[i].cluster, run.size() - 1), end = run.size();
        for (unsigned j = 0; j < count; ++j)
            if (glyphs[j].cluster > begin) end = std::min<std::size_t>(end, glyphs[j].cluster);
        for (std::size_t k = end; k > begin; --k) // display order, as the glyphs around it
            shaped += run[k - 1];
    }
    hb_buffer_destroy(buffer);
    std::reverse(shaped.begin(), shaped.end()); // HarfBuzz gives right-to-left runs in display order
    return shaped;
}

std::string TextShaper::display_line(std::string_view line, bool right_to_left, bool mirrored) const {
    if (!mirrored && !has_right_to_left(line)) return std::string(line);
    std::u32string text = decode(line);
    const auto n = static_cast<FriBidiStrIndex>(text.size());
    auto* chars = reinterpret_cast<FriBidiChar*>(text.data());
    std::vector<FriBidiCharType> types(text.size());
    std::vector<FriBidiBracketType> brackets(text.size());
    std::vector<FriBidiLevel> levels(text.size());
    fribidi_get_bidi_types(chars, n, types.data());
    fribidi_get_bracket_types(chars, n, types.data(), brackets.data());
    FriBidiParType base = right_to_left ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base, levels.data()) == 0)
        return std::string(line); // out of memory: shown as it is rather than not at all
    fribidi_shape(FRIBIDI_FLAG_SHAPE_MIRRORING, levels.data(), n, nullptr, chars); // "(" in Arabic faces left

    // Join each run of Arabic letters; a ligature (lam with alef) makes the run shorter.
    std::u32string shaped;
    std::vector<FriBidiLevel> shaped_levels;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t end = i + 1;
        if (arabic_letter(text[i])) {
            while (end < text.size() && levels[end] == levels[i] &&
                   (arabic_letter(text[end]) || text[end] == U' '))
                ++end;
            while (end > i + 1 && text[end - 1] == U' ')
                --end;
            auto run = shape_arabic(std::u32string_view(text).substr(i, end - i));
            shaped += run;
            shaped_levels.insert(shaped_levels.end(), run.size(), levels[i]);
        } else {
            shaped += text[i];
            shaped_levels.push_back(levels[i]);
        }
        i = end;
    }
    std::vector<FriBidiCharType> shaped_types(shaped.size());
    const auto m = static_cast<FriBidiStrIndex>(shaped.size());
    auto* out = reinterpret_cast<FriBidiChar*>(shaped.data());
    fribidi_get_bidi_types(out, m, shaped_types.data());
    if (fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT, shaped_types.data(), m, 0, base, shaped_levels.data(),
                             out, nullptr) == 0)
        return std::string(line);
    if (mirrored) std::reverse(shaped.begin(), shaped.end());
    return encode(shaped);
}

} // namespace ui
