// Help pages: how the kiosk works, trouble with DigiD, and asking a staff member or volunteer.
// Every page can call a staff member to the kiosk ("Er komt iemand naar u toe").
// Emits: HelpPressed (another topic), StaffHelpRequested, BackPressed, StopPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/scroll_area.hpp"

#include <array>

namespace ui {
namespace {

using namespace kiosk::core;

struct Topic {
    HelpTopic topic;
    std::string_view id;
    Icon icon;
    TextKey title;
    std::array<TextKey, 4> paragraphs;
    std::size_t count;
};

constexpr std::array topics{
    Topic{HelpTopic::general,
          "help.general",
          Icon::info,
          "help.general.title"_tk,
          {"help.general.1"_tk, "help.general.2"_tk, "help.general.3"_tk},
          3},
    Topic{HelpTopic::login,
          "help.login",
          Icon::login,
          "help.login.title"_tk,
          {"help.login.1"_tk, "help.login.2"_tk, "help.login.3"_tk, "help.login.4"_tk},
          4},
    Topic{HelpTopic::staff,
          "help.staff",
          Icon::staff,
          "help.staff.title"_tk,
          {"help.staff.1"_tk, "help.staff.2"_tk, "help.staff.3"_tk},
          3},
};

} // namespace

void draw_help(const State& state, Ui& ui) {
    Rect body = screen_frame(
        ui, state,
        {.back = true, .help = false, .end = state.session ? Footer::End::logout : Footer::End::stop});
    ScrollArea scroll(ui, body, "help"); // larger letters and the speech bar leave less height
    Column& column = scroll.column();
    for (const auto& topic : topics) {
        if (topic.topic != state.help_topic) continue;
        heading(ui, column, ui.t(topic.title));
        for (std::size_t i = 0; i < topic.count; ++i)
            paragraph(ui, column, ui.t(topic.paragraphs[i]));
    }
    if (state.staff_called_at)
        message(ui, column, Tone::success, ui.t("help.staff_coming"_tk));
    else if (!assisted(state) && column_button(ui, column, ui.m.primary_button_h,
                                               {.id = "help.call_staff",
                                                .icon = Icon::staff,
                                                .label = ui.t("help.call_staff"_tk),
                                                .kind = ButtonKind::primary}))
        ui.emit(StaffHelpRequested{});
    column.skip(ui.m.unit * 2);
    for (const auto& topic : topics) {
        if (topic.topic == state.help_topic) continue;
        if (column_button(ui, column, ui.m.button_h,
                          {.id = topic.id, .icon = topic.icon, .label = ui.t(topic.title)}))
            ui.emit(HelpPressed{topic.topic});
    }
}

} // namespace ui
