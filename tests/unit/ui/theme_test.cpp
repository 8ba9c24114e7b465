#include "ui/theme.hpp"

#include <doctest/doctest.h>

TEST_CASE("contrast ratio follows WCAG") {
    CHECK(ui::contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(ui::contrast_ratio({119, 119, 119}, {255, 255, 255}) == doctest::Approx(4.48).epsilon(0.01));
}

TEST_CASE("every text and background pair of the theme reaches 4.5:1, and 7:1 in high contrast") {
    auto theme = ui::load_theme(KIOSK_SOURCE_DIR "/content/theme/tokens.json");
    REQUIRE(theme.contrast_pairs.size() >= 10);
    for (auto [palette, minimum] : {std::pair{&theme.normal, 4.5}, std::pair{&theme.high_contrast, 7.0}}) {
        auto colours = theme.named(*palette);
        for (const auto& [front, back] : theme.contrast_pairs) {
            INFO(front << " on " << back);
            REQUIRE(colours.count(front) == 1);
            REQUIRE(colours.count(back) == 1);
            CHECK(ui::contrast_ratio(colours[front], colours[back]) >= minimum);
        }
    }
}

TEST_CASE("buttons are at least 96 px high at 1080p and text is large") {
    auto theme = ui::load_theme(KIOSK_SOURCE_DIR "/content/theme/tokens.json");
    CHECK(theme.metrics.button_h >= 96);
    CHECK(theme.metrics.primary_button_h >= 96);
    CHECK(theme.normal_text.body >= 32);
    CHECK(theme.large_text.body > theme.normal_text.body);
}

TEST_CASE("a theme with an unknown or malformed colour is refused") {
    CHECK_THROWS_WITH_AS(ui::parse_theme(R"({"palettes":{"normal":{"background":"white"}}})", "tokens.json"),
                         doctest::Contains("palettes.normal.background"), std::runtime_error);
}
