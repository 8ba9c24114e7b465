#include "ui/screens/screens.hpp"

namespace ui {

bool modal_open(const kiosk::core::State& state) {
    if (!std::holds_alternative<kiosk::core::NoOverlay>(state.overlay)) return true;
    return state.screen == kiosk::core::Screen::document && state.session &&
           std::holds_alternative<kiosk::core::PrintConfirming>(state.session->print);
}

void draw_kiosk(const kiosk::core::State& state, Ui& ui) {
    using kiosk::core::Screen;
    switch (state.screen) {
    case Screen::welcome:
        draw_welcome(state, ui);
        break;
    case Screen::start:
        draw_start(state, ui);
        break;
    case Screen::login:
        draw_login(state, ui);
        break;
    case Screen::home:
        draw_home(state, ui);
        break;
    case Screen::cases:
        draw_cases(state, ui);
        break;
    case Screen::case_detail:
        draw_case_detail(state, ui);
        break;
    case Screen::document:
        draw_document(state, ui);
        break;
    case Screen::call:
        draw_call(state, ui);
        break;
    case Screen::help:
        draw_help(state, ui);
        break;
    case Screen::logged_out:
        draw_logged_out(state, ui);
        break;
    case Screen::out_of_order:
        draw_out_of_order(state, ui);
        break;
    }
}

} // namespace ui
