#pragma once
// The track-and-trace timeline of one request. States are visible without colour: a check mark for
// steps done, a filled dot and bold text for the current step, an open circle for steps to come.
#include "kiosk/core/model.hpp"
#include "ui/widgets/draw.hpp"

#include <vector>

namespace ui {

float timeline_height(const Ui& ui, const std::vector<kiosk::core::CaseStep>& steps, float width);
void timeline(Ui& ui, Rect r, const std::vector<kiosk::core::CaseStep>& steps);

} // namespace ui
