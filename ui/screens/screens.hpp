#pragma once
// One function per screen, each in its own file, each reading State and emitting Events through Ui.
#include "kiosk/core/state.hpp"
#include "ui/ui.hpp"
#include "ui/widgets/button.hpp"

namespace ui {

// The current screen; inert while a dialog is open. The dialog itself is drawn by draw_overlay in a
// window of its own, above the screen's windows (a scroll area is a child window and would cover it).
void draw_kiosk(const kiosk::core::State& state, Ui& ui);

void draw_welcome(const kiosk::core::State& state, Ui& ui);
void draw_start(const kiosk::core::State& state, Ui& ui);
void draw_login(const kiosk::core::State& state, Ui& ui);
void draw_home(const kiosk::core::State& state, Ui& ui);
void draw_cases(const kiosk::core::State& state, Ui& ui);
void draw_case_detail(const kiosk::core::State& state, Ui& ui);
void draw_document(const kiosk::core::State& state, Ui& ui);
void draw_call(const kiosk::core::State& state, Ui& ui);
void draw_help(const kiosk::core::State& state, Ui& ui);
void draw_logged_out(const kiosk::core::State& state, Ui& ui);
void draw_out_of_order(const kiosk::core::State& state, Ui& ui);
void draw_overlay(const kiosk::core::State& state, Ui& ui); // idle, session end, print confirmation
void draw_identify(Ui& ui);                                 // the fleet's "identify": a flashing edge
bool modal_open(const kiosk::core::State& state);

// The resident's own settings (settings_buttons.cpp), on Welcome and in the volunteer's tools.
void language_buttons(const kiosk::core::State& state, Ui& ui, Column& column);
// How many rows language_buttons takes at `width`.
int language_rows(const kiosk::core::State& state, const Ui& ui, float width);
void reading_buttons(const kiosk::core::State& state, Ui& ui, Column& column, const std::string& id_prefix);

// Staff (staff.cpp): the strip on top while a volunteer helps or a resident waits for one (it narrows
// ui.screen and returns the rest), the volunteer's button in the header (drawn left of `right`;
// returns the new right edge), the volunteer's pages, and the resident's consent question.
Rect staff_strip(const kiosk::core::State& state, Ui& ui);
float staff_tools_button(const kiosk::core::State& state, Ui& ui, Rect band, float right);
// "Voorlezen", the switch in the footer's left corner, and the speech bar above the footer (taken
// from the bottom of `area`) while speech is on.
ButtonSpec speech_button_spec(const Ui& ui, const kiosk::core::State& state);
void speech_bar(Ui& ui, const kiosk::core::State& state, Rect& area);
void draw_staff_pages(const kiosk::core::State& state, Ui& ui);
void consent_question(Ui& ui);
void draw_maintenance(const kiosk::core::State& state, Ui& ui);

} // namespace ui
