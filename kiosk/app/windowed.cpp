// The normal run: a full-screen SDL window that sleeps until something happens (input, a result from
// a service, a timer, a countdown) and draws only then, so an idle kiosk uses no CPU.
#include "kiosk/app/modes.hpp"

#include "kiosk/app/preview_renderer.hpp"
#include "kiosk/util/log.hpp"
#include "ui/touch.hpp"
#include "ui/ui_host.hpp"

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <utility>

namespace kiosk::app {
namespace {

constexpr int settle_frames = 3;            // after input, so press and release both show
constexpr int animation_frame_ms = 33;      // spinners at 30 fps; nothing else animates
constexpr core::Duration max_sleep{60'000}; // wake at least once a minute regardless

struct SdlSession {
    SdlSession() {
        if (SDL_Init(SDL_INIT_VIDEO) != 0)
            throw std::runtime_error(std::string("cannot start SDL: ") + SDL_GetError());
    }
    ~SdlSession() { SDL_Quit(); }
};

// A window for trying the kiosk on a desktop: the configured size, shrunk to fit the screen.
std::pair<int, int> window_size(const config::Display& display) {
    SDL_DisplayMode desktop;
    if (display.fullscreen || SDL_GetDesktopDisplayMode(0, &desktop) != 0)
        return {display.width, display.height};
    double scale = std::min({1.0, 0.9 * desktop.w / display.width, 0.9 * desktop.h / display.height});
    return {static_cast<int>(display.width * scale), static_cast<int>(display.height * scale)};
}

} // namespace

int run_windowed(const Options& options, const Setup& setup, core::Time process_start) {
    const auto& display = setup.config.display;
    if (display.software_renderer)
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0"); // no Mesa: ~100 MB less
    SdlSession sdl;
    Uint32 wake_event = SDL_RegisterEvents(1);

    Uint32 flags =
        SDL_WINDOW_SHOWN | (display.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : SDL_WINDOW_RESIZABLE);
    auto [window_w, window_h] = window_size(display);
    SDL_Window* window =
        SDL_CreateWindow("Zuil", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, window_w, window_h, flags);
    if (!window) throw std::runtime_error(std::string("cannot open a window: ") + SDL_GetError());
    Uint32 renderer_flags = display.software_renderer ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED;
    SDL_Renderer* renderer = SDL_CreateRenderer(window, -1, renderer_flags);
    if (!renderer) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer) throw std::runtime_error(std::string("cannot draw in the window: ") + SDL_GetError());
    int w = display.width, h = display.height;
    if (display.fullscreen) {
        SDL_ShowCursor(SDL_DISABLE);
        SDL_GetRendererOutputSize(renderer, &w, &h); // the panel as it is
    } else {
        // A desktop window shows the configured kiosk screen scaled to fit; SDL scales the pointer too.
        SDL_RenderSetLogicalSize(renderer, w, h);
    }

    runtime::SteadyClock clock;
    runtime::Runtime runtime(setup.initial, clock, [wake_event] {
        SDL_Event e{};
        e.type = wake_event;
        SDL_PushEvent(&e); // thread-safe: wakes SDL_WaitEventTimeout
    });
    auto backends = attach_backends(runtime, setup, options);
    {
        SandboxedPageRenderer pages(runtime, setup.sandbox);
        ui::UiHost host(renderer, setup.content, ui::Rect{0, 0, float(w), float(h)}, &pages);
        ui::TouchInput touch;
        runtime.dispatch(core::KioskStarted{clock.now()});

        int frames_due = 1;
        bool animating = false;
        bool first = true;
        auto last_frame = clock.now();
        for (bool running = true; running;) {
            if (runtime.pump()) frames_due = std::max(frames_due, 1);
            if (frames_due > 0 || animating) {
                auto now = clock.now();
                float delta = std::chrono::duration<float>(now - last_frame).count();
                last_frame = now;
                auto result =
                    host.frame(runtime.state(), touch.pointer(),
                               std::chrono::duration<double>(now.time_since_epoch()).count(), delta);
                SDL_RenderPresent(renderer);
                touch.frame_drawn();
                if (first) {
                    first = false;
                    auto ms =
                        std::chrono::duration_cast<std::chrono::milliseconds>(clock.now() - process_start)
                            .count();
                    log::info("first frame presented after " + std::to_string(ms) + " ms");
                }
                animating = result.animating;
                --frames_due;
                for (const auto& event : result.events) {
                    runtime.dispatch(event);
                    frames_due = settle_frames;
                }
            }

            int timeout_ms = -1;
            if (frames_due > 0)
                timeout_ms = 0;
            else if (animating)
                timeout_ms = animation_frame_ms;
            else {
                auto wake = runtime.next_wakeup().value_or(clock.now() + max_sleep);
                auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(wake - clock.now()).count();
                timeout_ms = static_cast<int>(std::clamp<long long>(ms + 1, 0, max_sleep.count()));
            }
            SDL_Event event;
            bool got = timeout_ms == 0 ? SDL_PollEvent(&event) : SDL_WaitEventTimeout(&event, timeout_ms);
            while (got) {
                if (event.type == SDL_QUIT) running = false;
                if (event.type == SDL_WINDOWEVENT) frames_due = std::max(frames_due, 1);
                auto change = touch.handle(event);
                if (change.pressed) runtime.dispatch(core::ScreenTouched{clock.now()});
                if (change.redraw) frames_due = std::max(frames_due, settle_frames);
                // A press and its release queued together must each be seen in a frame of their own,
                // or ImGui never sees the button down and a quick tap is lost.
                if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) break;
                got = SDL_PollEvent(&event);
            }
        }
    }
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    log::info("stopped");
    return 0;
}

} // namespace kiosk::app
