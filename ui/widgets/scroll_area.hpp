#pragma once
// A list that scrolls by dragging a finger and by big "Omhoog" / "Omlaag" buttons beside it (not
// everyone can drag). ImGui 1.86 has no drag-to-scroll, so it lives here.
#include "ui/widgets/draw.hpp"

#include <optional>
#include <string_view>

namespace ui {

class ScrollArea {
public:
    ScrollArea(Ui& ui, Rect r, std::string_view id);
    ~ScrollArea();
    ScrollArea(const ScrollArea&) = delete;
    ScrollArea& operator=(const ScrollArea&) = delete;
    Column& column() { return *column_; }
    // The area `id` shows its top the next time it is drawn (a list opened anew, not returned to).
    static void to_top(Ui& ui, std::string_view id);

private:
    void draw_buttons(float scroll, float max);

    Ui& ui_;
    Rect view_;
    Rect buttons_;
    // A strip beside the list; else a row below it (icon and word side by side, or stacked), or two
    // rows below it where even that is too narrow.
    enum class ButtonsLayout {
        beside,
        below,
        below_stacked,
        below_rows
    } buttons_layout_ = ButtonsLayout::beside;
    unsigned id_;
    float top_y_ = 0;
    std::optional<Column> column_;
    Rect saved_container_;
    bool saved_scrolls_;
};

} // namespace ui
