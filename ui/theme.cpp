#include "ui/theme.hpp"

#include "kiosk/util/json_reader.hpp"

#include <cstdio>
#include <stdexcept>

namespace ui {
namespace {

Rgb parse_hex(const std::string& text) {
    unsigned r, g, b;
    char tail;
    if (text.size() != 7 || std::sscanf(text.c_str(), "#%2x%2x%2x%c", &r, &g, &b, &tail) != 3)
        throw std::runtime_error("'" + text + "' is not a colour like #1A2B3C");
    return {static_cast<unsigned char>(r), static_cast<unsigned char>(g), static_cast<unsigned char>(b)};
}

// Field names and members in one table, so the JSON and the struct cannot drift apart.
constexpr std::pair<const char*, Rgb Palette::*> palette_fields[] = {
    {"background", &Palette::background},
    {"surface", &Palette::surface},
    {"border", &Palette::border},
    {"text", &Palette::text},
    {"text_muted", &Palette::text_muted},
    {"primary", &Palette::primary},
    {"primary_text", &Palette::primary_text},
    {"primary_pressed", &Palette::primary_pressed},
    {"secondary", &Palette::secondary},
    {"secondary_text", &Palette::secondary_text},
    {"secondary_pressed", &Palette::secondary_pressed},
    {"header", &Palette::header},
    {"header_text", &Palette::header_text},
    {"accent", &Palette::accent},
    {"success", &Palette::success},
    {"error", &Palette::error},
    {"error_text_on_surface", &Palette::error_text_on_surface},
    {"demo", &Palette::demo},
    {"demo_text", &Palette::demo_text},
    {"dim", &Palette::dim},
};

Palette parse_palette(const kiosk::util::JsonReader& p) {
    Palette palette;
    for (auto [name, member] : palette_fields)
        palette.*member = p.convert<Rgb>(name, parse_hex);
    if (p.keys().size() != std::size(palette_fields)) p.fail("", "has colours that the kiosk does not know");
    return palette;
}

FontSizes parse_sizes(const kiosk::util::JsonReader& s) {
    return {static_cast<float>(s.integer("body", 24, 72)), static_cast<float>(s.integer("heading", 32, 128)),
            static_cast<float>(s.integer("code", 32, 128))};
}

} // namespace

std::map<std::string, Rgb> Theme::named(const Palette& p) const {
    std::map<std::string, Rgb> out;
    for (auto [name, member] : palette_fields)
        out[name] = p.*member;
    return out;
}

Theme parse_theme(const std::string& json_text, const std::string& source_name) {
    auto root = kiosk::util::JsonReader::parse(json_text, source_name);
    Theme theme;
    auto palettes = root.object("palettes");
    theme.normal = parse_palette(palettes.object("normal"));
    theme.high_contrast = parse_palette(palettes.object("high_contrast"));
    auto sizes = root.object("font_sizes");
    theme.normal_text = parse_sizes(sizes.object("normal"));
    theme.larger_text = parse_sizes(sizes.object("larger"));
    theme.largest_text = parse_sizes(sizes.object("largest"));
    auto m = root.object("metrics");
    auto f = [&](const char* key, long lo, long hi) { return static_cast<float>(m.integer(key, lo, hi)); };
    theme.metrics = {f("unit", 4, 16),
                     f("radius", 0, 48),
                     f("header_height", 80, 240),
                     f("footer_height", 96, 240),
                     f("button_height", 48, 200),
                     f("primary_button_height", 96, 240),
                     f("row_height", 96, 300),
                     f("min_target", 48, 48),
                     f("content_width", 800, 1800),
                     f("margin", 16, 120),
                     f("footer_height", 96, 240)};
    for (const auto& pair : root.array("contrast_pairs")) {
        auto items = pair.items();
        if (items.size() != 2) pair.fail("", "expected [text, background]");
        theme.contrast_pairs.emplace_back(items[0].as_string(), items[1].as_string());
    }
    return theme;
}

std::vector<ContrastShortfall> contrast_shortfall_list(const Theme& theme) {
    std::vector<ContrastShortfall> found;
    using kiosk::core::Contrast;
    for (auto [name, palette, minimum] :
         {std::tuple{"normal", &theme.normal, text_contrast_goal(Contrast::normal)},
          std::tuple{"high_contrast", &theme.high_contrast, text_contrast_goal(Contrast::high)}}) {
        auto colours = theme.named(*palette);
        for (const auto& [front, back] : theme.contrast_pairs) {
            if (!colours.count(front) || !colours.count(back)) {
                found.push_back({name, front, back, 0, minimum});
                continue;
            }
            double ratio = contrast_ratio(colours[front], colours[back]);
            if (ratio < minimum) found.push_back({name, front, back, ratio, minimum});
        }
    }
    return found;
}

std::vector<std::string> contrast_shortfalls(const Theme& theme) {
    std::vector<std::string> lines;
    for (const auto& s : contrast_shortfall_list(theme)) {
        char line[200];
        if (s.ratio == 0)
            std::snprintf(line, sizeof line, "%s: %s on %s names an unknown colour", s.palette.c_str(),
                          s.front.c_str(), s.back.c_str());
        else
            std::snprintf(line, sizeof line, "%s: %s on %s is %.2f:1, needs %.1f:1", s.palette.c_str(),
                          s.front.c_str(), s.back.c_str(), s.ratio, s.minimum);
        lines.emplace_back(line);
    }
    return lines;
}

Theme load_theme(const std::filesystem::path& tokens_file) {
    return parse_theme(kiosk::util::read_text_file(tokens_file), tokens_file.string());
}

} // namespace ui
