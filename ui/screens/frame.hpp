#pragma once
// The three zones of every screen: a header band (municipality, the kiosk's place, languages), a body
// with one heading and a few big choices, and a footer with the same controls everywhere.
#include "kiosk/core/state.hpp"
#include "ui/ui.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/feedback.hpp"
#include "ui/widgets/text_block.hpp"

#include <functional>
#include <string_view>

namespace ui {

struct Footer {
    bool back = false;
    bool help = true;
    enum class End { none, stop, logout } end = End::stop;
    // The help button may lead to the page for this screen, under a label of its own ("Lukt het niet?").
    kiosk::core::HelpTopic help_topic = kiosk::core::HelpTopic::general;
    TextKey help_label = "footer.help"_tk;
};

// Draws header and footer; returns the body area (centred, at most the content width).
Rect screen_frame(Ui& ui, const kiosk::core::State& state, Footer footer);

// One to four big choices stacked in the body; returns the index tapped, or -1.
struct Choice {
    std::string_view id;
    Icon icon;
    std::string label;
    std::string detail;
    ButtonKind kind = ButtonKind::secondary;
};
int choices(Ui& ui, Column& column, const std::vector<Choice>& items);

// A body whose main button keeps its place at the bottom while `content` above it scrolls (larger
// letters, the speech bar). The button is drawn after the scrolling part, which clips whatever is drawn
// while it lives, so it also comes last in reading order. Returns whether the button was tapped.
bool scrolling_above_button(Ui& ui, Rect body, std::string_view scroll_id, const ButtonSpec& main,
                            const std::function<void(Column&)>& content);

// Buttons in equal columns, as many side by side as the widest allows (at most `max_columns`), row after
// row in reading order; returns the index of the one tapped, or -1. grid_rows: how many rows they take.
int button_grid(Ui& ui, Column& column, const std::vector<ButtonSpec>& specs, int max_columns);
int grid_rows(const Ui& ui, const std::vector<ButtonSpec>& specs, float width, int max_columns);

// A failed fetch in plain words, with one button to do something about it; returns whether it was tapped.
bool fetch_failed(Ui& ui, Column& column, kiosk::core::FetchError error, const ButtonSpec& action);

inline ButtonSpec retry_button(const Ui& ui) {
    return {
        .id = "retry", .icon = Icon::refresh, .label = ui.t("common.retry"_tk), .kind = ButtonKind::primary};
}

// "1 pagina" / "3 pagina's".
std::string pages_text(const Ui& ui, int pages);

// The footer's end button text, also used in dialogs.
std::string end_label(const Ui& ui, const kiosk::core::State& state);

} // namespace ui
