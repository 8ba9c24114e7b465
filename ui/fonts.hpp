#pragma once
// Noto Sans baked by FreeType at the sizes of the current text-size setting, with Noto Sans Arabic and
// the icons merged in: Latin, Cyrillic and Arabic (its contextual forms, as text_shaping.cpp picks them).
// Only one set is baked at a time (about 4 MiB of atlas): switching text size rebuilds it (~40 ms).
#include "ui/theme.hpp"

#include <filesystem>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace ui {

struct FontFiles {
    std::filesystem::path regular, bold, icons;
    std::filesystem::path arabic_regular, arabic_bold; // Noto Sans has no Arabic: merged in from its sister
    static FontFiles debian(); // the paths of fonts-noto-core and fonts-material-design-icons-iconfont
};

// The font files' bytes, read once at start: rebuilding the atlas for another text size then needs
// no disk access in the middle of a frame.
struct FontData {
    std::vector<unsigned char> regular, bold, icons, arabic_regular, arabic_bold;
};

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* code = nullptr; // large digits and capitals for codes
    FontSizes sizes;
};

Fonts build_fonts(ImFontAtlas& atlas, const FontData& data, const FontSizes& sizes);

} // namespace ui
