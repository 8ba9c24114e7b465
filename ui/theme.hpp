#pragma once
// The look of the kiosk from design tokens (content/theme/tokens.json): colours by meaning, one base
// spacing unit, font sizes per text-size setting. Two palettes: normal and high contrast.
#include "kiosk/core/state.hpp"
#include "ui/color.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ui {

struct Palette {
    Rgb background, surface, border, text, text_muted;
    Rgb primary, primary_text, primary_pressed;
    Rgb secondary, secondary_text, secondary_pressed;
    Rgb header, header_text, accent, success, error, error_text_on_surface, demo, demo_text, dim;
};

struct FontSizes {
    float body = 32, heading = 56, code = 72;
};

struct Metrics {
    float unit = 8;
    float radius = 16;
    float header_h = 120;
    float footer_h = 136; // with each button's icon above its word
    float button_h = 96;
    float primary_button_h = 112;
    float row_h = 150;
    float min_target = 48;
    float content_w = 1400;
    float margin = 48;
    float footer_line_h = 136; // the footer with icon and word side by side (metrics_for: one line more)
};

struct Theme {
    Palette normal, high_contrast;
    FontSizes normal_text, larger_text, largest_text; // 100, 150, 200 %
    Metrics metrics;
    // Pairs of palette names (text, background) that must reach the contrast minimum.
    std::vector<std::pair<std::string, std::string>> contrast_pairs;
    std::map<std::string, Rgb> named(const Palette& p) const;

    const Palette& palette(kiosk::core::Contrast c) const {
        return c == kiosk::core::Contrast::high ? high_contrast : normal;
    }
    // The bands and buttons grow with the letters, by the lines of text they hold (header: two lines,
    // footer: an icon above a word, a button: one line), so larger text reflows instead of clipping.
    Metrics metrics_for(kiosk::core::TextSize s) const {
        Metrics m = metrics;
        const float grown = sizes(s).body - normal_text.body;
        m.header_h += grown * 2.6f;
        m.footer_line_h = m.footer_h + grown * 1.3f;
        m.footer_h += grown * 2.3f;
        m.button_h += grown * 1.3f;
        m.primary_button_h += grown * 1.3f;
        return m;
    }
    const FontSizes& sizes(kiosk::core::TextSize s) const {
        switch (s) {
        case kiosk::core::TextSize::larger:
            return larger_text;
        case kiosk::core::TextSize::largest:
            return largest_text;
        case kiosk::core::TextSize::normal:
            break;
        }
        return normal_text;
    }
};

Theme load_theme(const std::filesystem::path& tokens_file);
Theme parse_theme(const std::string& json_text, const std::string& source_name);

// A pair of contrast_pairs below 4.5:1 (7:1 in high contrast).
// What text must reach against what lies under it: 4.5:1 (WCAG AA), 7:1 in high contrast (AAA).
inline double text_contrast_goal(kiosk::core::Contrast c) {
    return c == kiosk::core::Contrast::high ? 7.0 : 4.5;
}

struct ContrastShortfall {
    std::string palette; // "normal" or "high_contrast"
    std::string front, back;
    double ratio = 0; // 0: a name that is not a colour of the palette
    double minimum = 0;
};
std::vector<ContrastShortfall> contrast_shortfall_list(const Theme& theme);
// The same in words: "normal: text on background is 3.12:1, needs 4.5:1". Empty: the theme is fit.
std::vector<std::string> contrast_shortfalls(const Theme& theme);

} // namespace ui
