// Start: what the resident came for. Shows: log in with DigiD, help with DigiD, ask a staff member.
// Emits: LoginChosen, HelpPressed, BackPressed, StopPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/scroll_area.hpp"

namespace ui {

void draw_start(const kiosk::core::State& state, Ui& ui) {
    using namespace kiosk::core;
    Rect body = screen_frame(ui, state, {.back = true, .help = false, .end = Footer::End::stop});
    ScrollArea scroll(ui, body, "start"); // larger letters and the speech bar leave less height
    Column& column = scroll.column();
    heading(ui, column, ui.t("start.title"_tk));
    switch (choices(
        ui, column,
        {{"start.login", Icon::login, ui.t("start.login"_tk), ui.t("start.login_detail"_tk),
          ButtonKind::primary},
         {"start.digid_help", Icon::help, ui.t("start.digid_help"_tk), ui.t("start.digid_help_detail"_tk)},
         {"start.staff", Icon::staff, ui.t("start.staff"_tk), ui.t("start.staff_detail"_tk)}})) {
    case 0:
        ui.emit(LoginChosen{});
        break;
    case 1:
        ui.emit(HelpPressed{HelpTopic::login});
        break;
    case 2:
        ui.emit(HelpPressed{HelpTopic::staff});
        break;
    default:
        break;
    }
}

} // namespace ui
