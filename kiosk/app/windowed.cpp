// The normal run: a full-screen SDL window that sleeps until something happens (input, a result from
// a service, a timer, a countdown) and draws only then, so an idle kiosk uses no CPU.
#include "kiosk/app/modes.hpp"

#include "devices/card/card_demo.hpp"
#include "devices/speech/sdl_speaker.hpp"
#include "kiosk/app/layout_size.hpp"
#include "kiosk/app/mirror_window.hpp"
#include "kiosk/app/narrator.hpp"
#include "kiosk/app/preview_renderer.hpp"
#include "kiosk/app/service_manager.hpp"
#include "kiosk/app/stop_signal.hpp"
#include "kiosk/staff/badges.hpp"
#include "kiosk/util/log.hpp"
#include "ui/touch.hpp"
#include "ui/ui_host.hpp"

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace kiosk::app {
namespace {

constexpr int settle_frames = 3;            // after input, so press and release both show
constexpr int animation_frame_ms = 33;      // spinners at 30 fps; nothing else animates
constexpr core::Duration max_sleep{60'000}; // wake at least once a minute regardless

struct SdlSession {
    SdlSession() {
        // SDL would turn SIGTERM into SDL_QUIT; the kiosk keeps the two apart (StopSignal).
        SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
        // Under a compositor that asks clients to decorate themselves (cage without -d), SDL 2.26
        // replaces its window by a libdecor one; with no libdecor plugin that window never shows.
        SDL_SetHint("SDL_VIDEO_WAYLAND_ALLOW_LIBDECOR", "0");
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

// The configuration and content again (a bundle waiting in the fleet directory is taken in), or
// nothing when they do not validate: the kiosk then runs on as it was.
std::optional<Setup> reloaded(const Options& options, const Setup& running, const core::State& state) {
    try {
        auto next = load_setup(options);
        next.config.display = running.config.display; // the window stays as it is
        next.initial.maintenance = state.maintenance;
        log::info("fleet: configuration reloaded between visits, without a restart (bundle version " +
                  std::to_string(next.bundle_version) + ")");
        return next;
    } catch (const std::exception& e) {
        log::error(std::string("fleet: reload refused, the kiosk runs on as it was: ") + e.what());
        return std::nullopt;
    }
}

// The demo window's stand-in for a card reader: F5 lays the demo volunteer's badge on it, F6 the
// technician's, F7 a library card that is no badge, F8 takes the card off.
void demo_card_key(BackendSet& backends, const SDL_Event& event) {
    auto* reader = backends.demo_card_reader();
    if (!reader || event.type != SDL_KEYDOWN || event.key.repeat) return;
    switch (event.key.keysym.sym) {
    case SDLK_F5:
        reader->insert(staff::card_from_text(demo_volunteer_card));
        break;
    case SDLK_F6:
        reader->insert(staff::card_from_text(demo_technician_card));
        break;
    case SDLK_F7:
        reader->insert(staff::card_from_text(demo_library_card));
        break;
    case SDLK_F8:
        reader->remove();
        break;
    default:
        break;
    }
}

// The demo window's stand-in for the audio jack: F9 plugs a headset in or pulls it out.
void demo_headset_key(runtime::Runtime& runtime, bool demo, const SDL_Event& event) {
    if (demo && event.type == SDL_KEYDOWN && !event.key.repeat && event.key.keysym.sym == SDLK_F9)
        runtime.dispatch(core::HeadsetChanged{!runtime.state().headset});
}

} // namespace

int run_windowed(const Options& options, const Setup& setup, core::Time process_start) {
    const auto& display = setup.config.display;
    SdlSession sdl;
    // SDL's Wayland driver has no window framebuffer: there the software renderer cannot show a
    // thing, and the kiosk draws through GL (Mesa) instead.
    const char* driver = SDL_GetCurrentVideoDriver();
    const bool wayland = driver && std::string_view(driver) == "wayland";
    if (display.software_renderer && wayland)
        log::warning("display: the software renderer does not work on Wayland; drawing through GL");
    const bool software = display.software_renderer && !wayland;
    if (software) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0"); // no Mesa: ~100 MB less
    Uint32 wake_event = SDL_RegisterEvents(1);

    Uint32 flags =
        SDL_WINDOW_SHOWN | (display.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : SDL_WINDOW_RESIZABLE);
    auto [window_w, window_h] = window_size(display);
    SDL_Window* window =
        SDL_CreateWindow("Zuil", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, window_w, window_h, flags);
    if (!window) throw std::runtime_error(std::string("cannot open a window: ") + SDL_GetError());
    Uint32 renderer_flags = software ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED;
    SDL_Renderer* renderer = SDL_CreateRenderer(window, -1, renderer_flags);
    if (!renderer) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer) throw std::runtime_error(std::string("cannot draw in the window: ") + SDL_GetError());
    int w = display.width, h = display.height;
    std::optional<MirrorWindow> mirror;
    if (display.mirror) mirror.emplace(display, software);
    // Full screen: the panel as it is, laid out at the design size where it is smaller than that.
    PixelSize laid_out{};
    auto fit_panel = [&] {
        PixelSize panel;
        if (SDL_GetRendererOutputSize(renderer, &panel.w, &panel.h) != 0) return false;
        PixelSize layout = layout_size(panel);
        if (layout == laid_out) return true; // compositors say so more than once
        laid_out = layout;
        const bool scaled = layout != panel;
        if (scaled)
            log::info("the panel is " + std::to_string(panel.w) + "x" + std::to_string(panel.h) +
                      ": laid out at " + std::to_string(layout.w) + "x" + std::to_string(layout.h) +
                      " and scaled down");
        SDL_RenderSetLogicalSize(renderer, scaled ? layout.w : 0, scaled ? layout.h : 0);
        w = layout.w;
        h = layout.h;
        return true;
    };
    if (display.fullscreen) {
        SDL_ShowCursor(SDL_DISABLE);
        fit_panel();
    } else {
        // A desktop window shows the configured kiosk screen scaled to fit; SDL scales the pointer too.
        SDL_RenderSetLogicalSize(renderer, w, h);
    }

    auto wake = [wake_event] {
        SDL_Event e{};
        e.type = wake_event;
        SDL_PushEvent(&e); // thread-safe: wakes SDL_WaitEventTimeout
    };
    // Full screen is kiosk mode: closing the window (SDL_QUIT, a window manager's Alt+F4) must not
    // leave a desktop behind, so only the service manager's SIGTERM stops the kiosk.
    const bool kiosk_mode = display.fullscreen;
    StopSignal stop_signal(wake);
    ServiceManager service_manager;
    devices::SdlSpeaker speaker; // without a sound device the kiosk runs on silently
    const core::Duration longest_sleep =
        std::min(max_sleep, service_manager.longest_sleep().value_or(max_sleep));

    runtime::SteadyClock clock;
    Setup current = setup; // a reload the fleet asks for replaces it, between two visits
    bool first = true;
    int refused_closes = 0;
    for (bool reloading = true; reloading;) {
        reloading = false;
        runtime::Runtime runtime(current.initial, clock, wake);
        Narrator narrator(speaker, current.content.texts, &runtime);
        runtime.attach_speech(&narrator);
        auto backends = attach_backends(runtime, current, options);
        auto telemetry = start_telemetry(runtime, current, options, *backends);
        SandboxedPageRenderer pages(runtime, current.sandbox);
        ui::UiHost host(renderer, current.content, ui::Rect{0, 0, float(w), float(h)}, &pages);
        ui::TouchInput touch;
        if (mirror) mirror->attach(runtime, current.sandbox, current.content, w, h);
        runtime.dispatch(core::KioskStarted{clock.now()});

        int frames_due = 1;
        bool animating = false;
        auto last_frame = clock.now();
        for (bool running = true; running;) {
            service_manager.loop_turned(clock.now());
            if (stop_signal.requested()) break;
            if (runtime.pump()) frames_due = std::max(frames_due, 1);
            if (auto action = runtime.state().fleet_action; action && core::between_visits(runtime.state())) {
                runtime.dispatch(core::FleetActionTaken{});
                if (*action == core::FleetAction::restart) {
                    log::info("fleet: restarting between visits, as asked (systemd starts the kiosk again)");
                    break;
                }
                if (auto next = reloaded(options, current, runtime.state())) {
                    current = std::move(*next);
                    reloading = true;
                    break;
                }
            }
            if (frames_due > 0 || animating) {
                auto now = clock.now();
                float delta = std::chrono::duration<float>(now - last_frame).count();
                last_frame = now;
                auto result =
                    host.frame(runtime.state(), touch.pointer(),
                               std::chrono::duration<double>(now.time_since_epoch()).count(), delta);
                SDL_RenderPresent(renderer);
                narrator.frame_drawn(runtime.state(), host.tree(), result.hear);
                if (mirror)
                    mirror->draw(runtime.state(),
                                 std::chrono::duration<double>(now.time_since_epoch()).count(), delta);
                touch.frame_drawn();
                service_manager.showing(runtime.state().screen);
                if (first) {
                    first = false;
                    auto ms =
                        std::chrono::duration_cast<std::chrono::milliseconds>(clock.now() - process_start)
                            .count();
                    log::info("first frame presented after " + std::to_string(ms) + " ms");
                    service_manager.ready();
                    speaker.start(); // after the first frame: it takes longer than the frame itself
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
                auto next = runtime.next_wakeup().value_or(clock.now() + longest_sleep);
                auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(next - clock.now()).count();
                timeout_ms = static_cast<int>(std::clamp<long long>(ms + 1, 0, longest_sleep.count()));
            }
            SDL_Event event;
            bool got = timeout_ms == 0 ? SDL_PollEvent(&event) : SDL_WaitEventTimeout(&event, timeout_ms);
            while (got) {
                if (mirror) {
                    mirror->exposed(event);
                    if (mirror->swallows(event)) {
                        got = SDL_PollEvent(&event);
                        continue;
                    }
                }
                demo_card_key(*backends, event);
                demo_headset_key(runtime, current.config.demo, event);
                if (event.type == SDL_QUIT) {
                    if (!kiosk_mode)
                        running = false;
                    else if (refused_closes++ == 0)
                        log::info("kiosk mode: a request to close the window was refused");
                }
                if (event.type == SDL_WINDOWEVENT) {
                    frames_due = std::max(frames_due, 1);
                    // Full screen: the panel as the compositor has it now (it may say so more than once).
                    if (display.fullscreen && event.window.windowID == SDL_GetWindowID(window) &&
                        event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED && fit_panel())
                        host.resize(ui::Rect{0, 0, float(w), float(h)});
                }
                auto change = touch.handle(event);
                if (change.pressed) {
                    // Speech stops at new input (a touch on its own pause or volume buttons excepted).
                    narrator.touched(host.tree(), touch.pointer().x, touch.pointer().y);
                    runtime.dispatch(core::ScreenTouched{clock.now()});
                }
                if (change.redraw) frames_due = std::max(frames_due, settle_frames);
                // A press and its release queued together must each be seen in a frame of their own,
                // or ImGui never sees the button down and a quick tap is lost.
                if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) break;
                got = SDL_PollEvent(&event);
            }
        }
        if (mirror) mirror->detach();   // before the runtime its page helper posts to
        runtime.attach_speech(nullptr); // the narrator goes before the runtime
    }
    service_manager.stopping();
    mirror.reset();
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    log::info("stopped");
    return 0;
}

} // namespace kiosk::app
