#include "ui/theme.hpp"

#include <doctest/doctest.h>

#include <algorithm>

TEST_CASE("contrast ratio follows WCAG") {
    CHECK(ui::contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(ui::contrast_ratio({119, 119, 119}, {255, 255, 255}) == doctest::Approx(4.48).epsilon(0.01));
}

TEST_CASE("every text and background pair of the theme reaches 4.5:1, and 7:1 in high contrast") {
    auto theme = ui::load_theme(KIOSK_SOURCE_DIR "/content/theme/tokens.json");
    REQUIRE(theme.contrast_pairs.size() >= 10);
    auto shortfalls = ui::contrast_shortfalls(theme);
    for (const auto& line : shortfalls)
        INFO(line);
    CHECK(shortfalls.empty());
}

TEST_CASE("a theme below the contrast goals is named pair by pair") {
    auto theme = ui::load_theme(KIOSK_SOURCE_DIR "/content/theme/tokens.json");
    theme.normal.primary = {0x77, 0x77, 0x77};     // 4.48:1 against white primary_text
    theme.high_contrast.text = {0x59, 0x59, 0x59}; // grey on black: far below 7:1
    theme.contrast_pairs.emplace_back("text", "no_such_colour");
    auto shortfalls = ui::contrast_shortfalls(theme);
    auto has = [&](const std::string& line) {
        return std::find(shortfalls.begin(), shortfalls.end(), line) != shortfalls.end();
    };
    CHECK(has("normal: primary_text on primary is 4.48:1, needs 4.5:1"));
    CHECK(has("high_contrast: text on background is 3.00:1, needs 7.0:1"));
    CHECK(has("normal: text on no_such_colour names an unknown colour"));
}

TEST_CASE("buttons are at least 96 px high at 1080p and text is large") {
    auto theme = ui::load_theme(KIOSK_SOURCE_DIR "/content/theme/tokens.json");
    CHECK(theme.metrics.button_h >= 96);
    CHECK(theme.metrics.primary_button_h >= 96);
    CHECK(theme.normal_text.body >= 32);
    CHECK(theme.larger_text.body == theme.normal_text.body * 1.5f);
    CHECK(theme.largest_text.body == theme.normal_text.body * 2);
}

TEST_CASE("a theme with an unknown or malformed colour is refused") {
    CHECK_THROWS_WITH_AS(ui::parse_theme(R"({"palettes":{"normal":{"background":"white"}}})", "tokens.json"),
                         doctest::Contains("palettes.normal.background"), std::runtime_error);
}
