#include "kiosk/app/mirror_window.hpp"

#include "kiosk/util/log.hpp"

#include <SDL.h>

namespace kiosk::app {

MirrorWindow::MirrorWindow(const config::Display& display, bool software) {
    Uint32 flags = SDL_WINDOW_SHOWN;
    int x = SDL_WINDOWPOS_UNDEFINED, y = SDL_WINDOWPOS_UNDEFINED;
    int w = display.width / 2, h = display.height / 2;
    if (display.fullscreen) {
        SDL_Rect bounds;
        if (SDL_GetNumVideoDisplays() < 2 || SDL_GetDisplayBounds(1, &bounds) != 0) {
            log::warning(
                "display: a mirror screen is configured but there is no second display; none is shown");
            return;
        }
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        x = bounds.x;
        y = bounds.y;
        w = bounds.w;
        h = bounds.h;
    }
    window_ = SDL_CreateWindow("Zuil - scherm voor de medewerker", x, y, w, h, flags);
    if (!window_) {
        log::warning(std::string("display: cannot open the mirror screen: ") + SDL_GetError());
        return;
    }
    renderer_ = SDL_CreateRenderer(window_, -1, software ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED);
    if (!renderer_) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer_) {
        log::warning(std::string("display: cannot draw on the mirror screen: ") + SDL_GetError());
        SDL_DestroyWindow(window_);
        window_ = nullptr;
        return;
    }
    window_id_ = SDL_GetWindowID(window_);
    log::info("display: mirror screen open for the volunteer");
}

MirrorWindow::~MirrorWindow() {
    detach();
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
}

void MirrorWindow::attach(plumbing::Outbox& outbox, const services::SandboxSettings& sandbox,
                          const ui::UiContent& content, int layout_w, int layout_h) {
    if (!open()) return;
    SDL_RenderSetLogicalSize(renderer_, layout_w, layout_h);
    content_ = &content;
    layout_ = ui::Rect{0, 0, float(layout_w), float(layout_h)};
    pages_ = std::make_unique<SandboxedPageRenderer>(outbox, sandbox);
    host_ = std::make_unique<ui::UiHost>(renderer_, *content_, layout_, pages_.get());
    showed_kiosk_ = true;
}

void MirrorWindow::detach() {
    host_.reset(); // its page textures are zeroed before the helper goes
    pages_.reset();
}

void MirrorWindow::draw(const core::State& state, double time_s, float delta_s) {
    if (!host_) return;
    bool show = core::mirror_shows_kiosk(state);
    if (!show && !showed_kiosk_) return; // blank already
    if (show) {
        host_->frame(state, ui::Pointer{}, time_s, delta_s); // what it would send back is not input
    } else {
        // Blank: nothing of the resident's stays in the window or in the host's page texture.
        pages_->forget();
        host_.reset();
        host_ = std::make_unique<ui::UiHost>(renderer_, *content_, layout_, pages_.get());
        SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
        SDL_RenderClear(renderer_);
    }
    SDL_RenderPresent(renderer_);
    showed_kiosk_ = show;
}

void MirrorWindow::exposed(const SDL_Event& event) {
    if (open() && event.type == SDL_WINDOWEVENT && event.window.windowID == window_id_) showed_kiosk_ = true;
}

bool MirrorWindow::swallows(const SDL_Event& event) const {
    if (!open()) return false;
    switch (event.type) {
    case SDL_MOUSEMOTION:
        return event.motion.windowID == window_id_;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        return event.button.windowID == window_id_;
    case SDL_MOUSEWHEEL:
        return event.wheel.windowID == window_id_;
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
        return event.tfinger.windowID == window_id_;
    case SDL_KEYDOWN:
    case SDL_KEYUP:
        return event.key.windowID == window_id_;
    default:
        return false;
    }
}

} // namespace kiosk::app
