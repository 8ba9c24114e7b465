#include "kiosk/fleet/design_tokens.hpp"

#include "kiosk/fleet/files.hpp"
#include "kiosk/fleet/keys.hpp"
#include "kiosk/util/bounded_json.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace kiosk::fleet {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// The numbers inside "name(...)", split on commas, spaces and '/'; a '%' kept with its number.
std::optional<std::vector<std::string>> arguments(std::string_view text, std::string_view name) {
    if (!text.starts_with(name) || text.back() != ')') return std::nullopt;
    auto inner = text.substr(name.size());
    if (inner.empty() || inner.front() != '(') return std::nullopt;
    inner = inner.substr(1, inner.size() - 2);
    std::vector<std::string> parts;
    std::string current;
    for (char c : inner) {
        if (c == ',' || c == ' ' || c == '/') {
            if (!current.empty()) parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) parts.push_back(current);
    return parts;
}

std::optional<double> number(std::string_view s, double percent_of) {
    bool percent = !s.empty() && s.back() == '%';
    if (percent) s.remove_suffix(1);
    if (s.ends_with("deg")) s.remove_suffix(3);
    double value = 0;
    auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc{} || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
    return percent ? value / 100 * percent_of : value;
}

unsigned char channel(double v) {
    return static_cast<unsigned char>(std::clamp(std::lround(v), 0L, 255L));
}

std::optional<Colour> from_hsl(double h, double s, double l, double alpha) {
    s = std::clamp(s, 0.0, 1.0);
    l = std::clamp(l, 0.0, 1.0);
    h = std::fmod(std::fmod(h, 360) + 360, 360);
    auto f = [&](double n) {
        double k = std::fmod(n + h / 30, 12);
        double a = s * std::min(l, 1 - l);
        return l - a * std::max(-1.0, std::min({k - 3, 9 - k, 1.0}));
    };
    return Colour{channel(f(0) * 255), channel(f(8) * 255), channel(f(4) * 255), alpha};
}

} // namespace

std::string Colour::hex() const {
    char text[8];
    std::snprintf(text, sizeof text, "#%02X%02X%02X", r, g, b);
    return text;
}

std::optional<Colour> parse_css_colour(std::string_view text) {
    text = trim(text);
    if (text.starts_with('#')) {
        auto digits = text.substr(1);
        if (!std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isxdigit(c); }))
            return std::nullopt;
        auto hex = [&](std::size_t at, std::size_t n) {
            unsigned v = 0;
            std::from_chars(digits.data() + at, digits.data() + at + n, v, 16);
            return static_cast<unsigned char>(n == 1 ? v * 17 : v);
        };
        if (digits.size() == 3) return Colour{hex(0, 1), hex(1, 1), hex(2, 1)};
        if (digits.size() == 6) return Colour{hex(0, 2), hex(2, 2), hex(4, 2)};
        return std::nullopt;
    }
    for (std::string_view name : {"rgba", "rgb"})
        if (auto parts = arguments(text, name)) {
            if (parts->size() != 3 && parts->size() != 4) return std::nullopt;
            std::optional<double> c[3] = {number((*parts)[0], 255), number((*parts)[1], 255),
                                          number((*parts)[2], 255)};
            auto alpha = parts->size() == 4 ? number((*parts)[3], 1) : 1.0;
            if (!c[0] || !c[1] || !c[2] || !alpha) return std::nullopt;
            return Colour{channel(*c[0]), channel(*c[1]), channel(*c[2]), *alpha};
        }
    for (std::string_view name : {"hsla", "hsl"})
        if (auto parts = arguments(text, name)) {
            if (parts->size() != 3 && parts->size() != 4) return std::nullopt;
            auto h = number((*parts)[0], 360), s = number((*parts)[1], 1), l = number((*parts)[2], 1);
            auto alpha = parts->size() == 4 ? number((*parts)[3], 1) : 1.0;
            if (!h || !s || !l || !alpha) return std::nullopt;
            return from_hsl(*h, *s, *l, *alpha);
        }
    return std::nullopt;
}

Tokens read_design_tokens(const std::string& package_dir) {
    for (const char* name : {"/dist/list.json", "/dist/index.json"}) {
        auto file = package_dir + name;
        if (!std::filesystem::exists(file)) continue;
        auto list = util::parse_json(read_small_file(file, 16 * 1024 * 1024), 64);
        if (!list.is_array()) continue;
        Tokens tokens;
        for (const auto& token : list) {
            if (!token.is_object() || !token.contains("path") || !token["path"].is_array()) continue;
            const auto& value =
                token.contains("$value") ? token["$value"] : token.value("value", nlohmann::json());
            if (!value.is_string()) continue;
            std::string path;
            for (const auto& part : token["path"])
                if (part.is_string()) path += (path.empty() ? "" : ".") + part.get<std::string>();
            tokens[path] = value.get<std::string>();
        }
        if (!tokens.empty()) return tokens;
    }
    throw FleetError(package_dir +
                     ": no design tokens (dist/list.json or dist/index.json with a list of tokens)");
}

ThemeMapping map_design_tokens(const Tokens& tokens, std::string package) {
    ThemeMapping m;
    m.package = std::move(package);
    // A token by the end of its path: the municipality's own prefix before the shared ones.
    auto find = [&](const std::string& suffix) -> std::optional<std::pair<std::string, std::string>> {
        std::optional<std::pair<std::string, std::string>> shared;
        for (const auto& [path, value] : tokens) {
            if (!path.ends_with("." + suffix) || std::count(path.begin(), path.end(), '.') !=
                                                     std::count(suffix.begin(), suffix.end(), '.') + 1)
                continue;
            bool common =
                path.starts_with("utrecht.") || path.starts_with("nl.") || path.starts_with("basis.");
            if (!common) return std::pair{path, value};
            if (!shared || path.starts_with("utrecht.")) shared = std::pair{path, value};
        }
        return shared;
    };
    auto take = [&](const char* palette_name, std::initializer_list<const char*> suffixes) {
        for (const char* suffix : suffixes) {
            auto found = find(suffix);
            if (!found) continue;
            auto colour = parse_css_colour(found->second);
            if (!colour) {
                m.notes.push_back(found->first + ": '" + found->second + "' is not a colour the kiosk reads");
                continue;
            }
            if (colour->alpha < 1) {
                m.notes.push_back(found->first + " is (partly) transparent: the kiosk keeps its own " +
                                  palette_name);
                return;
            }
            m.palette[palette_name] = {colour->hex(), found->first};
            return;
        }
    };
    take("primary", {"button.primary-action.background-color"});
    take("primary_text", {"button.primary-action.color"});
    take("primary_pressed",
         {"button.primary-action.active.background-color", "button.primary-action.hover.background-color"});
    take("background", {"document.background-color"});
    take("text", {"document.color"});
    take("accent", {"link.color"});
    // The header in the municipality's colour: its page header where it has one, else its buttons'.
    take("header", {"page-header.background-color", "button.primary-action.background-color"});
    take("header_text", {"page-header.color", "button.primary-action.color"});
    if (auto font = find("document.font-family")) m.font_family = font->second;
    if (auto focus = find("focus.outline-color"))
        m.notes.push_back(focus->first + ": a touch screen has no keyboard focus; the kiosk marks the chosen "
                                         "button with a thick ring in the text colour");
    return m;
}

} // namespace kiosk::fleet
