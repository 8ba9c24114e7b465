#pragma once
#include <algorithm>

namespace ui {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    float cx() const { return x + w / 2; }
    float cy() const { return y + h / 2; }
    bool contains(const Rect& o, float tolerance = 0.5f) const {
        return o.x >= x - tolerance && o.y >= y - tolerance && o.right() <= right() + tolerance &&
               o.bottom() <= bottom() + tolerance;
    }
    bool contains(float px, float py) const { return px >= x && px < right() && py >= y && py < bottom(); }
    Rect intersect(const Rect& o) const {
        float l = std::max(x, o.x), t = std::max(y, o.y);
        float r = std::min(right(), o.right()), b = std::min(bottom(), o.bottom());
        return {l, t, std::max(0.f, r - l), std::max(0.f, b - t)};
    }
    Rect inset(float d) const { return {x + d, y + d, w - 2 * d, h - 2 * d}; }
    // Splits off the left part of width `left_w` (plus a gap) and returns it; *this keeps the rest.
    Rect take_left(float left_w, float gap) {
        Rect left{x, y, left_w, h};
        x += left_w + gap;
        w -= left_w + gap;
        return left;
    }
    Rect take_top(float top_h, float gap) {
        Rect top{x, y, w, top_h};
        y += top_h + gap;
        h -= top_h + gap;
        return top;
    }
    Rect take_bottom(float bottom_h, float gap) {
        Rect bottom_part{x, bottom() - bottom_h, w, bottom_h};
        h -= bottom_h + gap;
        return bottom_part;
    }
    bool operator==(const Rect&) const = default;
};

// Lays widgets out top to bottom inside an area; the next() rectangle is where the next one goes.
class Column {
public:
    Column(Rect area, float gap) : area_(area), y_(area.y), gap_(gap) {}
    Rect next(float h) {
        Rect r{area_.x, y_, area_.w, h};
        y_ += h + gap_;
        return r;
    }
    void skip(float h) { y_ += h; }
    float remaining() const { return area_.bottom() - y_; }
    float used() const { return y_ - area_.y; }
    float width() const { return area_.w; }
    Rect rest() const { return {area_.x, y_, area_.w, std::max(0.f, area_.bottom() - y_)}; }

private:
    Rect area_;
    float y_;
    float gap_;
};

} // namespace ui
