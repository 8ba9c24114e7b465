#include "ui/ui.hpp"

#include <imgui.h>

namespace ui {

void Ui::add_node(SemanticNode node) {
    if (inert) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    Rect clip{draw->GetClipRectMin().x, draw->GetClipRectMin().y,
              draw->GetClipRectMax().x - draw->GetClipRectMin().x,
              draw->GetClipRectMax().y - draw->GetClipRectMin().y};
    node.visible = node.rect.intersect(clip);
    Rect bounds = container;
    if (container_scrolls) { // a scroll area's content may reach above and below what is in view
        bounds.y = -1e9f;
        bounds.h = 2e9f;
    }
    // A node squeezed to nothing (w or h below 0) had no room left for its text at all.
    if (!bounds.contains(node.rect) || node.rect.w < 0 || node.rect.h < 0) node.overflow = true;
    node.personal = node.personal || personal;
    node.chrome = node.chrome || chrome;
    tree.add(std::move(node));
}

} // namespace ui
