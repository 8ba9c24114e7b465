#include "ui/audit.hpp"

#include "ui/speech_script.hpp"

#include <algorithm>
#include <cmath>

namespace ui {

std::vector<AuditFinding> audit(const SemanticTree& tree, Rect screen, float min_target_px) {
    std::vector<AuditFinding> out;
    float to_logical = 1080.f / std::min(screen.w, screen.h);
    for (const auto& n : tree.nodes()) {
        bool fully_visible = n.visible == n.rect;
        if (n.label.empty() && n.role != Role::image)
            out.push_back({"empty-label", n.id, "a node without text cannot be read aloud"});
        if (n.label.find("[[") != std::string::npos)
            out.push_back({"untranslated", n.id, "shows a text key: " + n.label});
        if (n.overflow) out.push_back({"overflow", n.id, "text does not fit its widget: " + n.label});
        if (fully_visible && !screen.contains(n.rect))
            out.push_back({"off-screen", n.id, "lies outside the screen: " + n.label});
        // Rows that are scrolled half out of view are judged when they are in view.
        if (n.tappable && fully_visible) {
            float w = n.rect.w * to_logical, h = n.rect.h * to_logical;
            if (w + 0.01f < min_target_px || h + 0.01f < min_target_px)
                out.push_back({"target-size", n.id,
                               "tap target " + std::to_string(std::lround(w)) + "x" +
                                   std::to_string(std::lround(h)) +
                                   " logical px, needs at least 48x48: " + n.label});
        }
    }
    return out;
}

std::vector<AuditFinding> audit_reading(const SemanticTree& tree, bool right_to_left) {
    std::vector<AuditFinding> out;
    if (screen_script(tree, /*personal_aloud=*/false, {}).empty())
        out.push_back({"nothing-to-read", "", "the screen has no heading or text to read aloud"});
    const SemanticNode* before = nullptr;
    for (const auto& n : tree.nodes()) {
        if (!n.tappable || n.chrome || n.visible != n.rect) continue;
        if (before) {
            const Rect &a = before->rect, &b = n.rect;
            const float overlap = std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
            const bool same_row = overlap > std::min(a.h, b.h) / 2;
            // Above and in the same column is backwards; above in another column starts that column
            // (a list's "Omhoog" beside it, after its rows).
            const bool same_column = std::min(a.right(), b.right()) > std::max(a.x, b.x);
            const bool backwards = same_row ? (right_to_left ? b.x > a.x + 1 : b.x + 1 < a.x)
                                            : same_column && b.bottom() <= a.y + 1;
            if (backwards)
                out.push_back({"reading-order", n.id,
                               "comes after " + before->label + " but is " +
                                   (same_row ? (right_to_left ? "right of it" : "left of it") : "above it") +
                                   ": " + n.label});
        }
        before = &n;
    }
    return out;
}

} // namespace ui
