#pragma once
// Audits what a journey step shows in every look a resident can choose: each language, each text size,
// both themes, and the other orientation, so a translation that runs long or a layout that clips at
// 200 % fails the journey that reaches the screen. Laid out only, not drawn: the tree is what is judged.
#include "kiosk/app/offscreen_canvas.hpp"
#include "kiosk/core/state.hpp"
#include "ui/audit.hpp"
#include "ui/ui_host.hpp"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::app {

class LookAudit {
public:
    LookAudit(const ui::UiContent& content, ui::Rect screen);
    // Findings for `state` in every look, each detail naming the look ("ar 200% high portrait").
    std::vector<ui::AuditFinding> findings(const core::State& state);
    std::size_t looks() const;

private:
    const ui::UiContent& content_;
    ui::Rect screen_;
    OffscreenCanvas canvas_{16, 16}; // font textures only: nothing is drawn
    // One host per text size: each bakes its letters once.
    std::array<std::unique_ptr<ui::UiHost>, 3> hosts_;
};

} // namespace kiosk::app
