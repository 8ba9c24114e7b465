// Reading a municipality's design tokens: the CSS colours they are written in, and which token
// becomes which colour of the kiosk.
#include "kiosk/fleet/design_tokens.hpp"

#include <doctest/doctest.h>

using kiosk::fleet::parse_css_colour;

TEST_CASE("CSS colours in the forms the NL Design System packages use") {
    CHECK(parse_css_colour("#24578F")->hex() == "#24578F");
    CHECK(parse_css_colour("#fff")->hex() == "#FFFFFF");
    CHECK(parse_css_colour("hsl(211 60% 35%)")->hex() == "#24578F");
    CHECK(parse_css_colour("hsla(0, 0%, 18%, 1)")->hex() == "#2E2E2E");
    CHECK(parse_css_colour("hsl(138 58% 33%)")->hex() == "#238541");
    CHECK(parse_css_colour("rgb(0, 87, 138)")->hex() == "#00578A");
    CHECK(parse_css_colour("rgba(0, 0, 0, 0)")->alpha == 0);
    CHECK_FALSE(parse_css_colour("blue"));
    CHECK_FALSE(parse_css_colour("#12345"));
    CHECK_FALSE(parse_css_colour("hsl(1 2)"));
    CHECK_FALSE(parse_css_colour("rgb(a, b, c)"));
    CHECK_FALSE(parse_css_colour("var(--utrecht-color-blue)"));
}

TEST_CASE("the municipality's own tokens come before the shared ones, and transparency is left alone") {
    kiosk::fleet::Tokens tokens{
        {"utrecht.button.primary-action.background-color", "#000000"},
        {"denhaag.button.primary-action.background-color", "hsl(138 58% 33%)"},
        {"utrecht.button.primary-action.color", "#ffffff"},
        {"utrecht.link.color", "rgba(0, 0, 0, 0)"},
        {"utrecht.document.color", "light"},
        {"utrecht.document.font-family", "\"TheSans\", sans-serif"},
    };
    auto m = kiosk::fleet::map_design_tokens(tokens, "@gemeente-denhaag/design-tokens-components@4.1.0");
    CHECK(m.palette.at("primary").hex == "#238541");
    CHECK(m.palette.at("primary").token == "denhaag.button.primary-action.background-color");
    CHECK(m.palette.at("header").hex == "#238541"); // no page header: the buttons' colour
    CHECK(m.palette.at("primary_text").hex == "#FFFFFF");
    CHECK_FALSE(m.palette.count("accent"));
    CHECK_FALSE(m.palette.count("text"));
    CHECK(m.font_family == "\"TheSans\", sans-serif");
    CHECK(m.notes.size() == 2); // the transparent link, the colour that is not one
}
