#include "ui/audit.hpp"

#include "ui/speech_script.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ui {
namespace {

// What a reader sees at (x, y) under paint number `below`: the fills painted before it, each laid
// over the last; or a picture, when the topmost is one (text on a picture cannot be judged, or read).
struct Seen {
    Rgb colour;
    bool picture = false;
};

Seen colour_under(const SemanticTree& tree, std::size_t below, float x, float y) {
    Seen seen{tree.backdrop()};
    for (std::size_t i = 0; i < below; ++i) {
        const auto& p = tree.paints()[i];
        if (!p.rect.contains(x, y)) continue;
        if (p.kind == Paint::Kind::image) seen.picture = true;
        if (p.kind == Paint::Kind::fill)
            seen = {blend(p.color, seen.picture ? p.color : seen.colour, p.alpha), false};
    }
    return seen;
}

// The innermost node where a paint went, to name it in a finding.
const SemanticNode* node_at(const SemanticTree& tree, float x, float y) {
    const SemanticNode* found = nullptr;
    for (const auto& n : tree.nodes())
        if (n.visible.contains(x, y) &&
            (!found || n.visible.w * n.visible.h < found->visible.w * found->visible.h))
            found = &n;
    return found;
}

std::string hex(Rgb c) {
    char out[8];
    std::snprintf(out, sizeof out, "#%02X%02X%02X", c.r, c.g, c.b);
    return out;
}

// Each text and icon against what lies under it, at five points across it (a text on two colours at
// once is judged by the worse). Icons carry meaning as text does (a tick, a warning), so they are held
// to the same ratio.
void check_contrast(const SemanticTree& tree, std::vector<AuditFinding>& out) {
    const auto& paints = tree.paints();
    for (std::size_t i = 0; i < paints.size(); ++i) {
        const auto& p = paints[i];
        if (p.kind == Paint::Kind::fill || p.kind == Paint::Kind::image) continue;
        const Rect& r = p.rect;
        const float points[5][2] = {{r.cx(), r.cy()},
                                    {r.x + r.w * 0.25f, r.cy()},
                                    {r.x + r.w * 0.75f, r.cy()},
                                    {r.cx(), r.y + r.h * 0.25f},
                                    {r.cx(), r.y + r.h * 0.75f}};
        double worst = 21;
        Rgb worst_under = tree.backdrop();
        bool on_picture = false;
        for (auto [x, y] : points) {
            const Seen seen = colour_under(tree, i, x, y);
            if (seen.picture) {
                on_picture = true;
                continue;
            }
            const Rgb under = seen.colour;
            const double ratio = contrast_ratio(blend(p.color, under, p.alpha), under);
            if (ratio < worst) {
                worst = ratio;
                worst_under = under;
            }
        }
        const bool too_faint = worst + 1e-6 < tree.text_contrast();
        if (!on_picture && !too_faint) continue; // most paint: nothing to name, so no lookup
        const auto* node = node_at(tree, r.cx(), r.cy());
        const std::string id = node ? node->id : "";
        const std::string what = p.kind == Paint::Kind::text ? "text " : "icon ";
        const std::string where = " at " + std::to_string(std::lround(r.x)) + "," +
                                  std::to_string(std::lround(r.y)) +
                                  (node ? ": " + node->label : std::string());
        if (on_picture) out.push_back({"contrast", id, what + "lies on a picture" + where});
        if (!too_faint) continue;
        char ratios[64];
        std::snprintf(ratios, sizeof ratios, " is %.2f:1, needs %.1f:1", worst, tree.text_contrast());
        out.push_back({"contrast", id, what + hex(p.color) + " on " + hex(worst_under) + ratios + where});
    }
}

} // namespace

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
    check_contrast(tree, out);
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
