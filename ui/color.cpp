#include "ui/color.hpp"

#include <algorithm>
#include <cmath>

namespace ui {
namespace {

double channel(unsigned char c) {
    double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(Rgb c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

unsigned char mix(unsigned char front, unsigned char back, unsigned char alpha) {
    return static_cast<unsigned char>(std::lround((front * alpha + back * (255 - alpha)) / 255.0));
}

} // namespace

double contrast_ratio(Rgb a, Rgb b) {
    double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb blend(Rgb front, Rgb back, unsigned char alpha) {
    return {mix(front.r, back.r, alpha), mix(front.g, back.g, alpha), mix(front.b, back.b, alpha)};
}

} // namespace ui
