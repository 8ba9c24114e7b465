#pragma once
// Owns Dear ImGui, the fonts and the renderer glue, and draws one frame of State. The windowed loop
// and the headless player both call frame(); neither knows about screens or widgets.
#include "kiosk/core/events.hpp"
#include "ui/fonts.hpp"
#include "ui/semantic_tree.hpp"
#include "ui/ui.hpp"
#include "ui/widgets/document_preview.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct SDL_Renderer;
struct SDL_Texture;
struct ImGuiContext;

namespace ui {

struct Pointer {
    float x = -1e6f, y = -1e6f; // off-screen when no finger or mouse is there
    bool down = false;
    float wheel = 0;
};

struct FrameResult {
    std::vector<kiosk::core::Event> events;
    bool animating = false; // a spinner is on screen: draw again soon
    std::string hear;       // touch-to-hear: the id of the item a tap asked to hear in this frame
};

class UiHost {
public:
    // `pages` draws documents (the sandboxed helper); without it documents show no page.
    UiHost(SDL_Renderer* renderer, const UiContent& content, Rect screen, PageRenderer* pages = nullptr);
    ~UiHost();
    UiHost(const UiHost&) = delete;
    UiHost& operator=(const UiHost&) = delete;

    FrameResult frame(const kiosk::core::State& state, const Pointer& pointer, double time_s, float delta_s);
    // A page of the widget gallery (ui/gallery.cpp), for screenshots and the audit.
    FrameResult gallery_frame(int page, const kiosk::core::Settings& settings);
    const SemanticTree& tree() const { return tree_; }
    bool drawing_page() const { return previews_.drawing(); } // a page is being drawn: more frames come
    Rect screen() const { return screen_; }
    // The compositor may give the full-screen window its real size only after the first frames.
    void resize(Rect screen) { screen_ = screen; }
    // Off: frames are laid out (tree, events) but not drawn, for audits in many looks at once.
    void set_painting(bool on) { painting_ = on; }
    // On: the tree also records where each colour went, for the contrast audit (each text measured twice).
    void set_auditing(bool on) { tree_.record_paint(on); }

private:
    using DrawFunction = std::function<void(Ui&)>;
    // One frame: `screen` draws the screen; `dialog`, when set, a window above it (the screen inert).
    FrameResult render(const kiosk::core::Settings& settings, const Pointer& pointer, double time_s,
                       float delta_s, const DrawFunction& screen, const DrawFunction& dialog);
    void ensure_fonts(kiosk::core::TextSize size);

    SDL_Renderer* renderer_;
    const UiContent& content_;
    Rect screen_;
    bool painting_ = true;
    ImGuiContext* context_ = nullptr;
    SDL_Texture* font_texture_ = nullptr;
    std::optional<kiosk::core::TextSize> fonts_for_;
    Fonts fonts_;
    SemanticTree tree_;
    UiMemory memory_;
    PreviewCache previews_;
    std::unique_ptr<TextShaper> shaper_; // null when no Arabic font was given (unit tests)
};

} // namespace ui
