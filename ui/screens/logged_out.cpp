// After logging out: the data is gone, papers are not forgotten, and the screen closes by itself.
// Emits: DonePressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/scroll_area.hpp"

namespace ui {

void draw_logged_out(const kiosk::core::State& state, Ui& ui) {
    using namespace kiosk::core;
    Rect body = screen_frame(ui, state, {.back = false, .help = false, .end = Footer::End::none});
    ScrollArea scroll(ui, body, "logged_out"); // larger letters scroll rather than clip
    Column& column = scroll.column();
    heading(ui, column, ui.t("logged_out.title"_tk));
    message(ui, column, Tone::success, ui.t("logged_out.wiped"_tk));
    if (state.papers_to_collect) message(ui, column, Tone::info, ui.t("logged_out.papers"_tk));
    long left = seconds_left(state.now, state.logged_out_until);
    countdown(ui, column, left, std::chrono::duration_cast<seconds>(state.policy.logged_out_display).count(),
              ui.f("logged_out.closing"_tk, {{"time", duration_words(ui, left)}}));
    if (column_button(ui, column, ui.m.primary_button_h,
                      {.id = "logged_out.done",
                       .icon = Icon::check,
                       .label = ui.t("logged_out.done"_tk),
                       .kind = ButtonKind::primary,
                       .centered = true}))
        ui.emit(DonePressed{});
}

} // namespace ui
