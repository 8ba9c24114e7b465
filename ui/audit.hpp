#pragma once
// The automatic accessibility audit, run on every step of every headless journey.
#include "ui/semantic_tree.hpp"

#include <string>
#include <vector>

namespace ui {

struct AuditFinding {
    std::string rule; // "target-size", "empty-label", "untranslated", "overflow", "off-screen"
    std::string node; // id of the node at fault
    std::string detail;
};

// `screen` is the window in pixels; sizes are judged in logical pixels of a 1080p screen
// (the short side is 1080 in both orientations).
std::vector<AuditFinding> audit(const SemanticTree& tree, Rect screen, float min_target_px = 48);

} // namespace ui
