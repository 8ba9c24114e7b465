#pragma once
// A municipality's own look, from the NL Design System design tokens it publishes on npm
// (@utrecht/design-tokens, @gemeente-denhaag/design-tokens-components, …). Their dist/ holds a flat
// list of tokens, each with its path ("utrecht.button.primary-action.background-color") and value (a
// CSS colour, a font family). This maps the few the kiosk has a place for onto its palette names.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::fleet {

struct Colour {
    unsigned char r = 0, g = 0, b = 0;
    double alpha = 1;
    std::string hex() const; // "#RRGGBB"
};

// #rgb, #rrggbb, rgb()/rgba() and hsl()/hsla() in the comma and the space syntax; nothing else.
std::optional<Colour> parse_css_colour(std::string_view text);

using Tokens = std::map<std::string, std::string>; // path joined with dots -> value

// dist/list.json, or dist/index.json when that is a list (Rotterdam): FleetError when neither is.
Tokens read_design_tokens(const std::string& package_dir);

struct MappedColour {
    std::string hex;
    std::string token; // where it came from, for messages that name it
};

struct ThemeMapping {
    std::string package;                         // from package.json: "@utrecht/design-tokens@5.0.1"
    std::map<std::string, MappedColour> palette; // kiosk palette name -> colour (normal palette only)
    std::string font_family;                     // the municipality's; the kiosk draws with Noto Sans
    std::vector<std::string> notes;              // what was not used, and why
};

ThemeMapping map_design_tokens(const Tokens& tokens, std::string package);

} // namespace kiosk::fleet
