#include "ui/widgets/scroll_area.hpp"

#include "ui/widgets/button.hpp"

namespace ui {
namespace {
constexpr float drag_threshold_px = 24; // same as a tap's slop: past it the finger scrolls
}

ScrollArea::ScrollArea(Ui& ui, Rect r, std::string_view id)
    : ui_(ui), saved_container_(ui.container), saved_scrolls_(ui.container_scrolls) {
    ImGui::PushID(id.data(), id.data() + id.size());
    id_ = ImGui::GetID("##scroll");
    // The button strip appears once the content has been seen not to fit, and then stays, so the
    // layout cannot flip between two widths.
    // Beside the list, each button its icon above its word; where the area is too low or too narrow
    // for that (larger letters), side by side below it, icon and word side by side where they fit.
    view_ = r;
    if (ui.memory.scrollable.count(id_)) {
        float strip_w = ui.font.sizes.body * 5.f, stacked_h = 0, flat_w = 0;
        for (TextKey word : {"scroll.up"_tk, "scroll.down"_tk}) { // as wide as the longer word needs
            ButtonSpec spec{.icon = Icon::up, .label = ui.t(word), .stacked = true};
            strip_w = std::max(strip_w, button_width(ui, spec));
            stacked_h =
                std::max(stacked_h, ui.font.sizes.body * 1.25f + measure(ui, TextStyle::bold, spec.label).y);
            spec.stacked = false;
            flat_w = std::max(flat_w, button_width(ui, spec));
        }
        const float gap = ui.m.unit * 2;
        if (r.h >= 2 * stacked_h + gap * 2 && strip_w <= r.w / 3) {
            buttons_ = Rect{r.right() - strip_w, r.y, strip_w, r.h};
            view_.w = r.w - strip_w - gap;
        } else {
            buttons_layout_ = flat_w * 2 + gap <= r.w    ? ButtonsLayout::below
                              : strip_w * 2 + gap <= r.w ? ButtonsLayout::below_stacked
                                                         : ButtonsLayout::below_rows;
            float row_h = buttons_layout_ == ButtonsLayout::below_stacked
                              ? std::max(ui.m.button_h, stacked_h + gap)
                          : buttons_layout_ == ButtonsLayout::below_rows ? ui.m.button_h * 2 + gap
                                                                         : ui.m.button_h;
            buttons_ = view_.take_bottom(row_h, gap);
        }
    }
    ImGui::SetCursorScreenPos(v2(view_.x, view_.y));
    // Under a dialog the list must not take the pointer: ImGui gives it to the topmost window under
    // the finger, and this child window lies above the dialog's own window.
    ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse;
    if (ui.inert) flags |= ImGuiWindowFlags_NoMouseInputs;
    ImGui::BeginChild(id_, v2(view_.w, view_.h), false, flags);
    if (ui.memory.scroll_to_top.erase(id_) > 0) ImGui::SetScrollY(0);
    if (auto it = ui.memory.pending_scroll.find(id_); it != ui.memory.pending_scroll.end()) {
        ImGui::SetScrollY(ImGui::GetScrollY() + it->second);
        ui.memory.pending_scroll.erase(it);
    }
    const auto& io = ImGui::GetIO();
    bool dragging = io.MouseDown[0] && io.MouseDragMaxDistanceSqr[0] > drag_threshold_px * drag_threshold_px;
    if (!ui.inert && dragging && ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    if (io.MouseWheel != 0 && ImGui::IsWindowHovered())
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseWheel * ui.font.sizes.body * 3);

    ImVec2 origin = ImGui::GetCursorScreenPos();
    top_y_ = origin.y;
    column_.emplace(Rect{view_.x, origin.y, view_.w, 1e6f}, ui.gap());
    ui.container = view_;
    ui.container_scrolls = true;
}

void ScrollArea::to_top(Ui& ui, std::string_view id) {
    ImGui::PushID(id.data(), id.data() + id.size());
    ui.memory.scroll_to_top.insert(ImGui::GetID("##scroll"));
    ImGui::PopID();
}

ScrollArea::~ScrollArea() {
    ImGui::SetCursorScreenPos(v2(view_.x, top_y_ + std::max(0.f, column_->used() - ui_.gap())));
    ImGui::Dummy(v2(1, 1)); // tells the child how tall its content is
    float scroll = ImGui::GetScrollY();
    float max = ImGui::GetScrollMaxY();
    ImGui::EndChild();
    ui_.container = saved_container_;
    ui_.container_scrolls = saved_scrolls_;

    if (max > 0.5f) ui_.memory.scrollable.insert(id_);
    if (max > 0.5f && buttons_.w > 0) draw_buttons(scroll, max);
    ImGui::PopID(); // the buttons' ids live inside this area's id
}

void ScrollArea::draw_buttons(float scroll, float max) {
    float step = view_.h * 0.75f;
    const bool beside = buttons_layout_ == ButtonsLayout::beside;
    Rect up, down;
    if (beside) {
        float button_h = std::min(buttons_.h / 2 - ui_.m.unit, ui_.m.button_h * 1.6f);
        up = Rect{buttons_.x, buttons_.y, buttons_.w, button_h};
        down = Rect{buttons_.x, buttons_.bottom() - button_h, buttons_.w, button_h};
    } else if (buttons_layout_ == ButtonsLayout::below_rows) {
        down = buttons_;
        up = down.take_top((buttons_.h - ui_.m.unit * 2) / 2, ui_.m.unit * 2);
    } else {
        down = buttons_;
        up = down.take_left((buttons_.w - ui_.m.unit * 2) / 2, ui_.m.unit * 2);
    }
    if (button(ui_, up,
               {.id = "scroll.up",
                .icon = Icon::up,
                .label = ui_.t("scroll.up"_tk),
                .stacked = buttons_layout_ == ButtonsLayout::beside ||
                           buttons_layout_ == ButtonsLayout::below_stacked,
                .enabled = scroll > 0.5f}))
        ui_.memory.pending_scroll[id_] = -step;
    if (button(ui_, down,
               {.id = "scroll.down",
                .icon = Icon::down,
                .label = ui_.t("scroll.down"_tk),
                .stacked = buttons_layout_ == ButtonsLayout::beside ||
                           buttons_layout_ == ButtonsLayout::below_stacked,
                .enabled = scroll < max - 0.5f}))
        ui_.memory.pending_scroll[id_] = step;
}

} // namespace ui
