#pragma once
// The one module that knows about fingers and mice. Screens only see a pointer. Touch arrives as SDL's
// synthesized mouse events (one finger, no pinch: EN 301 549 5.5.1 asks for no multi-finger gestures).
#include "ui/ui_host.hpp"

union SDL_Event;

namespace ui {

struct TouchChange {
    bool pressed = false; // a finger went down: the resident is there (ScreenTouched)
    bool redraw = false;
};

class TouchInput {
public:
    TouchChange handle(const SDL_Event& event);
    // Call after the frame that saw a release: a finger leaves no pointer behind, so nothing stays
    // "hovered" under where the last tap was.
    void frame_drawn();
    const Pointer& pointer() const { return pointer_; }

private:
    Pointer pointer_;
    bool park_after_frame_ = false;
};

} // namespace ui
