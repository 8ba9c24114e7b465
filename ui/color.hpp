#pragma once
// A colour as the theme names it, and how far two colours stand apart for a reader (WCAG 2.x).
namespace ui {

struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
    unsigned int abgr(unsigned char a = 255) const { // ImGui's packed colour layout
        return (unsigned(a) << 24) | (unsigned(b) << 16) | (unsigned(g) << 8) | unsigned(r);
    }
    bool operator==(const Rgb&) const = default;
};

// WCAG 2.x contrast ratio, from 1 (same colour) to 21 (black on white).
double contrast_ratio(Rgb a, Rgb b);

// `front` laid over `back` with `alpha` (255: opaque), as the screen shows it.
Rgb blend(Rgb front, Rgb back, unsigned char alpha);

} // namespace ui
