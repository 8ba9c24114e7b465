#pragma once
// The size the screens are laid out at on a given panel. The layout is made for 1080 pixels on the
// short side (1920x1080 landscape, 1080x1920 portrait); on a smaller panel (1366x768, 1280x720) it
// would not fit, so there the screens are laid out at the design size and the renderer scales them
// down whole. Larger panels keep their pixels.
#include <algorithm>
#include <cmath>

namespace kiosk::app {

struct PixelSize {
    int w = 0, h = 0;
    bool operator==(const PixelSize&) const = default;
};

inline constexpr int design_short_side = 1080;

inline PixelSize layout_size(PixelSize panel) {
    int short_side = std::min(panel.w, panel.h);
    if (short_side <= 0 || short_side >= design_short_side) return panel;
    double scale = static_cast<double>(design_short_side) / short_side;
    return {static_cast<int>(std::lround(panel.w * scale)), static_cast<int>(std::lround(panel.h * scale))};
}

} // namespace kiosk::app
