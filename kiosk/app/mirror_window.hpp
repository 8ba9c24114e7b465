#pragma once
// The volunteer's screen: a second window, on the second display, that shows the kiosk only while a
// volunteer helps and the signed-in resident has said yes to "Mag de medewerker meekijken?", and is
// blank otherwise. It takes no input: a tap on it never reaches the kiosk.
#include "kiosk/app/preview_renderer.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/core/state.hpp"
#include "ui/ui_host.hpp"

#include <memory>
#include <optional>

struct SDL_Window;
struct SDL_Renderer;
union SDL_Event;

namespace kiosk::app {

class MirrorWindow {
public:
    // Opens nothing (and says why in the log) when there is no second display to put it on; a desktop
    // window (not full screen) opens beside the kiosk's for trying it out.
    MirrorWindow(const config::Display& display, bool software);
    ~MirrorWindow();
    MirrorWindow(const MirrorWindow&) = delete;
    MirrorWindow& operator=(const MirrorWindow&) = delete;

    bool open() const { return window_ != nullptr; }
    // For each run of the runtime (the UI host and its own page helper live as long as the runtime).
    // It is laid out at the kiosk's size and scaled to its own panel, so both show the same.
    void attach(plumbing::Outbox& outbox, const services::SandboxSettings& sandbox,
                const ui::UiContent& content, int layout_w, int layout_h);
    void detach();
    void draw(const core::State& state, double time_s, float delta_s);
    void exposed(const SDL_Event& event); // the window system lost what was in it: draw it again
    // Input on the mirror is swallowed here so that it never reaches the kiosk.
    bool swallows(const SDL_Event& event) const;

private:
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    unsigned window_id_ = 0;
    const ui::UiContent* content_ = nullptr;
    ui::Rect layout_;
    std::unique_ptr<SandboxedPageRenderer> pages_;
    std::unique_ptr<ui::UiHost> host_;
    bool showed_kiosk_ = true; // so the first draw blanks it
};

} // namespace kiosk::app
