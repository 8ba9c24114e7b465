// Home, once signed in. Shows: a greeting by name when the broker gave one, and the four choices.
// Emits: MyCasesPressed, CallPressed, HelpPressed, StopPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/scroll_area.hpp"

namespace ui {

void draw_home(const kiosk::core::State& state, Ui& ui) {
    using namespace kiosk::core;
    Rect body = screen_frame(ui, state, {.back = false, .help = true, .end = Footer::End::logout});
    ScrollArea scroll(ui, body, "home"); // larger letters and the speech bar leave less height
    Column& column = scroll.column();
    const std::string& name = state.session ? state.session->identity.display_name : std::string();
    if (name.empty()) {
        heading(ui, column, ui.t("home.greeting"_tk));
    } else {
        PersonalData personal(ui);
        heading(ui, column, ui.f("home.greeting_name"_tk, {{"name", name}}));
    }
    paragraph(ui, column, ui.t("home.intro"_tk));
    switch (choices(ui, column,
                    {{"home.cases", Icon::folder, ui.t("home.cases"_tk), ui.t("home.cases_detail"_tk),
                      ButtonKind::primary},
                     {"home.call", Icon::phone, ui.t("home.call"_tk), ui.t("home.call_detail"_tk)},
                     {"home.help", Icon::help, ui.t("home.help"_tk), {}},
                     {"home.logout", Icon::logout, ui.t("home.logout"_tk), {}}})) {
    case 0:
        ui.emit(MyCasesPressed{});
        break;
    case 1:
        ui.emit(CallPressed{false});
        break;
    case 2:
        ui.emit(HelpPressed{HelpTopic::general});
        break;
    case 3:
        ui.emit(StopPressed{});
        break;
    default:
        break;
    }
}

} // namespace ui
