#include "ui/screens/screens.hpp"

#include "ui/widgets/draw.hpp"

namespace ui {

bool modal_open(const kiosk::core::State& state) {
    if (!std::holds_alternative<kiosk::core::NoOverlay>(state.overlay)) return true;
    if (kiosk::core::assisted(state) && state.session &&
        state.session->consent == kiosk::core::Consent::asking)
        return true;
    return state.screen == kiosk::core::Screen::document && state.session &&
           std::holds_alternative<kiosk::core::PrintConfirming>(state.session->print);
}

void draw_kiosk(const kiosk::core::State& state, Ui& ui) {
    using kiosk::core::Screen;
    staff_strip(state, ui);
    if (state.staff_page && kiosk::core::assisted(state)) {
        draw_staff_pages(state, ui); // over the resident's screen, which stays as it was
        if (state.identify_until) draw_identify(ui);
        return;
    }
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
    case Screen::maintenance:
        draw_maintenance(state, ui);
        break;
    }
    if (state.identify_until) draw_identify(ui);
}

// IT staff asked the kiosk to show itself: the edge of the screen flashes, twice a second, so a
// technician on site finds the kiosk the fleet means. Nothing else on screen changes.
void draw_identify(Ui& ui) {
    ui.animating = true;
    bool lit = static_cast<long>(ui.time_s * 4) % 2 == 0;
    float edge = ui.m.unit * 2;
    const auto& s = ui.screen;
    if (lit)
        canvas()->AddRect(v2(s.x + edge / 2, s.y + edge / 2), v2(s.right() - edge / 2, s.bottom() - edge / 2),
                          col(ui.color.accent), 0.f, 0, edge);
    ui.tree.add({.role = Role::status,
                 .id = "fleet.identify",
                 .label = ui.t("fleet.identify"_tk),
                 .rect = s,
                 .visible = s});
}

} // namespace ui
