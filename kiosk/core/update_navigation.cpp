// Settings on Welcome, help pages and the "Terug" button: where each screen goes back to.
#include "kiosk/core/update_parts.hpp"

namespace kiosk::core {
namespace {

void go_back(State& s, Effects& out) {
    switch (s.screen) {
    case Screen::start:
        s.screen = Screen::welcome;
        break; // keeps the language just chosen
    case Screen::login:
        cancel_login(s, out);
        s.screen = Screen::start;
        break;
    case Screen::cases:
        s.screen = Screen::home;
        break;
    case Screen::case_detail:
        s.screen = Screen::cases;
        break;
    case Screen::document:
        if (s.session && s.session->reading) { // back from the large page to the document
            s.session->reading = false;
            break;
        }
        s.screen = Screen::case_detail;
        if (s.session) forget_finished_print(*s.session);
        break;
    case Screen::call:
        if (s.session && !call_in_progress(s.session->call)) leave_call(s, out);
        break;
    case Screen::help:
        s.screen = s.help_return;
        break;
    case Screen::logged_out:
        go_to_welcome(s);
        break;
    case Screen::welcome:
    case Screen::home:
    case Screen::out_of_order:
    case Screen::maintenance:
        break; // nothing behind these
    }
}

} // namespace

bool update_navigation(State& s, const Event& e, Effects& out) {
    if (auto* chosen = std::get_if<LanguageChosen>(&e)) {
        s.settings.language = chosen->language;
        if (std::holds_alternative<LanguageMenu>(s.overlay)) s.overlay = NoOverlay{};
        return true;
    }
    if (std::holds_alternative<LanguageMenuOpened>(e)) {
        if (std::holds_alternative<NoOverlay>(s.overlay)) s.overlay = LanguageMenu{};
        return true;
    }
    if (std::holds_alternative<LanguageMenuClosed>(e)) {
        if (std::holds_alternative<LanguageMenu>(s.overlay)) s.overlay = NoOverlay{};
        return true;
    }
    if (std::holds_alternative<TextSizeToggled>(e)) {
        s.settings.text_size = s.settings.text_size == TextSize::normal   ? TextSize::larger
                               : s.settings.text_size == TextSize::larger ? TextSize::largest
                                                                          : TextSize::normal;
        return true;
    }
    if (std::holds_alternative<ContrastToggled>(e)) {
        s.settings.contrast = s.settings.contrast == Contrast::normal ? Contrast::high : Contrast::normal;
        return true;
    }
    if (std::holds_alternative<BeginPressed>(e)) {
        if (s.screen == Screen::welcome) s.screen = Screen::start;
        return true;
    }
    if (auto* help = std::get_if<HelpPressed>(&e)) {
        if (s.screen != Screen::help) s.help_return = s.screen;
        s.help_topic = help->topic;
        s.screen = Screen::help;
        return true;
    }
    if (std::holds_alternative<BackPressed>(e)) {
        go_back(s, out);
        return true;
    }
    if (std::holds_alternative<DonePressed>(e)) {
        if (s.screen == Screen::logged_out) go_to_welcome(s);
        return true;
    }
    return false;
}

} // namespace kiosk::core
