#pragma once
// The automatic accessibility audit, run on every step of every headless journey.
#include "ui/semantic_tree.hpp"

#include <string>
#include <vector>

namespace ui {

struct AuditFinding {
    std::string rule; // "target-size", "empty-label", "untranslated", "overflow", "off-screen",
                      // "nothing-to-read", "reading-order", "contrast"
    std::string node; // id of the node at fault
    std::string detail;
};

// `screen` is the window in pixels; sizes are judged in logical pixels of a 1080p screen
// (the short side is 1080 in both orientations). Contrast is judged where the tree recorded paint.
std::vector<AuditFinding> audit(const SemanticTree& tree, Rect screen, float min_target_px = 48);

// Rules that need to know the screen's language: the screen has words to read aloud (in its language:
// a text key shown as [[key]] or a Dutch fallback is caught by `audit` and the texts test), and the
// choices follow the reading order (top to bottom; in a row left to right, or right to left in Arabic;
// a column beside another, such as a list's scroll buttons, after it).
std::vector<AuditFinding> audit_reading(const SemanticTree& tree, bool right_to_left);

} // namespace ui
