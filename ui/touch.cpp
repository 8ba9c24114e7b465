#include "ui/touch.hpp"

#include <SDL.h>

namespace ui {

TouchChange TouchInput::handle(const SDL_Event& event) {
    TouchChange change;
    switch (event.type) {
    case SDL_MOUSEMOTION:
        // We read the position from each event (not SDL_GetGlobalMouseState, which ImGui 1.86's SDL
        // backend uses and which freezes on X11 while a button is held, breaking drag-to-scroll).
        pointer_.x = static_cast<float>(event.motion.x);
        pointer_.y = static_cast<float>(event.motion.y);
        change.redraw = pointer_.down; // without a press nothing on screen reacts to movement
        break;
    case SDL_MOUSEBUTTONDOWN:
        if (event.button.button != SDL_BUTTON_LEFT) break;
        pointer_.x = static_cast<float>(event.button.x);
        pointer_.y = static_cast<float>(event.button.y);
        pointer_.down = true;
        park_after_frame_ = false;
        change.pressed = change.redraw = true;
        break;
    case SDL_MOUSEBUTTONUP:
        if (event.button.button != SDL_BUTTON_LEFT) break;
        pointer_.x = static_cast<float>(event.button.x);
        pointer_.y = static_cast<float>(event.button.y);
        pointer_.down = false;
        park_after_frame_ = event.button.which == SDL_TOUCH_MOUSEID;
        change.redraw = true;
        break;
    case SDL_MOUSEWHEEL:
        pointer_.wheel += static_cast<float>(event.wheel.y);
        change.redraw = true;
        break;
    default:
        break;
    }
    return change;
}

void TouchInput::frame_drawn() {
    pointer_.wheel = 0;
    if (park_after_frame_) {
        pointer_.x = pointer_.y = -1e6f;
        park_after_frame_ = false;
    }
}

} // namespace ui
