#pragma once
// Noto Sans baked by FreeType at the sizes of the current text-size setting, with the icons merged in.
// Only one set is baked at a time (about 4 MiB of atlas): switching text size rebuilds it (~40 ms).
#include "ui/theme.hpp"

#include <filesystem>

struct ImFont;
struct ImFontAtlas;

namespace ui {

struct FontFiles {
    std::filesystem::path regular, bold, icons;
    static FontFiles debian(); // the paths of fonts-noto-core and fonts-material-design-icons-iconfont
    void check() const;        // throws naming the missing file and the package that provides it
};

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* code = nullptr; // large digits and capitals for codes
    FontSizes sizes;
};

Fonts build_fonts(ImFontAtlas& atlas, const FontFiles& files, const FontSizes& sizes);

} // namespace ui
