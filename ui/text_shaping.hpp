#pragma once
// Turns text in reading order into what ImGui draws: Arabic letters joined the way HarfBuzz shapes them
// (as the presentation-form code points the font maps, since ImGui draws one glyph per code point) and
// one line in left-to-right display order, as FriBidi orders it (UAX #9). Dutch, English, Polish,
// Turkish and Ukrainian pass through unchanged unless they sit on a mirrored (right-to-left) screen.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ui {

// The Arabic code points the font atlas bakes (fonts.cpp): the letters and Presentation Forms-B. Shaping
// gives only these; a glyph with no code point here is drawn as its letters, unjoined.
struct CodeRange {
    char32_t first, last;
    constexpr bool contains(char32_t c) const { return c >= first && c <= last; }
};
inline constexpr CodeRange baked_arabic[] = {{0x0600, 0x06FF}, {0xFE70, 0xFEFF}};

// Right-to-left letters (Hebrew, Arabic and their presentation forms) somewhere in `text`?
bool has_right_to_left(std::string_view text);

// The base direction of a paragraph on a screen that reads right to left: right to left when it holds
// Arabic, left to right when it holds none (a Dutch case title from the municipality, a date), so that
// its full stop stays at its end. (An Arabic sentence with Dutch words inside keeps the Arabic direction.)
inline bool paragraph_right_to_left(std::string_view text, bool screen_right_to_left) {
    return screen_right_to_left && has_right_to_left(text);
}

class TextShaper {
public:
    // `arabic_font`: the bytes of the font Arabic is drawn with; they must outlive the shaper.
    explicit TextShaper(const std::vector<unsigned char>& arabic_font);
    ~TextShaper();
    TextShaper(const TextShaper&) = delete;
    TextShaper& operator=(const TextShaper&) = delete;

    // One line (no line breaks) in display order. `right_to_left`: the paragraph's base direction.
    // `mirrored`: the screen is drawn mirrored (sdl_renderer.cpp), so the line comes back reversed and the
    // mirror puts it right again.
    std::string display_line(std::string_view line, bool right_to_left, bool mirrored) const;

    // How many glyphs HarfBuzz chose that no code point of the font maps (drawn in their basic form).
    std::size_t unmapped_glyphs() const { return unmapped_; }

private:
    std::u32string shape_arabic(std::u32string_view run) const;

    struct Font;
    std::unique_ptr<Font> font_;
    mutable std::size_t unmapped_ = 0;
};

} // namespace ui
