#pragma once
// Buttons: a rounded surface with an icon and a word (never an icon alone). Returns true on the frame
// it was tapped, as ImGui widgets do; the screen decides what that means.
#include "ui/widgets/draw.hpp"

#include <string_view>
#include <vector>

namespace ui {

enum class ButtonKind { primary, secondary, danger };

struct ButtonSpec {
    std::string_view id; // text key or row id: stable while the label changes language
    Icon icon = Icon::none;
    std::string label;
    ButtonKind kind = ButtonKind::secondary;
    Role role = Role::button;
    bool selected = false; // toggles and tabs: shown with a check mark and a thicker border
    bool centered = false;
    bool stacked = false; // icon above the word, for narrow buttons
    bool enabled = true;
    std::string detail; // optional second line in regular weight
};

bool button(Ui& ui, Rect r, const ButtonSpec& spec);
// The narrowest width at which the button's icon and words fit.
float button_width(const Ui& ui, const ButtonSpec& spec);
// How tall a button `width` wide must be for all its words (its label and detail wrap to that width).
float button_height(const Ui& ui, const ButtonSpec& spec, float width);
// A button as the next item of `column`: at least `min_h` tall, taller where its words need more lines.
bool column_button(Ui& ui, Column& column, float min_h, const ButtonSpec& spec);

// A row in a list: a bold title and a few lines under it, a chevron on the right. Each text wraps and
// is cut after two lines with "…"; the whole texts are what speech says and the tree holds.
bool list_row(Ui& ui, Rect r, std::string_view id, Icon icon, const std::string& title,
              const std::vector<std::string>& lines);
float list_row_height(const Ui& ui, float width, const std::string& title,
                      const std::vector<std::string>& lines);

// Tapped this frame? A tap that turned into a drag (scrolling) is not a tap.
struct Press {
    bool held = false;
    bool tapped = false;
};
Press press_area(Ui& ui, Rect r, std::string_view id);

} // namespace ui
