#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

TEST_CASE("Welcome settings: language, text size and contrast") {
    State s = started_state();
    update(s, LanguageChosen{"en"});
    update(s, TextSizeToggled{});
    update(s, ContrastToggled{});
    CHECK(s.settings == Settings{"en", TextSize::larger, Contrast::high});
    CHECK(text_size_percent(s.settings.text_size) == 150);
    update(s, TextSizeToggled{});
    CHECK(text_size_percent(s.settings.text_size) == 200);
    update(s, TextSizeToggled{});
    CHECK(s.settings.text_size == TextSize::normal);
    CHECK(text_size_percent(s.settings.text_size) == 100);
}

TEST_CASE("help remembers where it was opened and goes back there") {
    State s = signed_in_state();
    update(s, MyCasesPressed{});
    update(s, HelpPressed{HelpTopic::general});
    CHECK(s.screen == Screen::help);
    update(s, HelpPressed{HelpTopic::staff}); // another topic from the help screen
    CHECK(s.help_topic == HelpTopic::staff);
    update(s, BackPressed{});
    CHECK(s.screen == Screen::cases);
}

TEST_CASE("Terug walks the journey back one screen at a time") {
    State s = on_document_screen();
    update(s, BackPressed{});
    CHECK(s.screen == Screen::case_detail);
    update(s, BackPressed{});
    CHECK(s.screen == Screen::cases);
    update(s, BackPressed{});
    CHECK(s.screen == Screen::home);
    update(s, BackPressed{});
    CHECK(s.screen == Screen::home); // Home has no way back: only Uitloggen leaves it
}

TEST_CASE("the header's language button opens every language; choosing one or closing ends it") {
    State s = started_state();
    update(s, LanguageMenuOpened{});
    CHECK(std::holds_alternative<LanguageMenu>(s.overlay));
    update(s, LanguageChosen{"ar"});
    CHECK(s.settings.language == "ar");
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    update(s, LanguageMenuOpened{});
    update(s, LanguageMenuClosed{});
    CHECK(std::holds_alternative<NoOverlay>(s.overlay));
    CHECK(s.settings.language == "ar");
    // An idle question on screen is not covered by the menu.
    s.overlay = IdleWarning{s.now};
    update(s, LanguageMenuOpened{});
    CHECK(std::holds_alternative<IdleWarning>(s.overlay));
}
