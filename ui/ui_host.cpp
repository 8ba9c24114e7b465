#include "ui/ui_host.hpp"

#include "ui/gallery.hpp"
#include "ui/screens/screens.hpp"
#include "ui/sdl_renderer.hpp"
#include "ui/text_shaping.hpp"

#include <SDL.h>
#include <imgui.h>

#include <utility>

namespace ui {

UiHost::UiHost(SDL_Renderer* renderer, const UiContent& content, Rect screen, PageRenderer* pages)
    : renderer_(renderer), content_(content), screen_(screen), previews_(renderer, pages) {
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    auto& io = ImGui::GetIO();
    io.IniFilename = nullptr; // a public kiosk writes nothing to disk, not even window positions
    io.LogFilename = nullptr;
    auto& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.ItemSpacing = ImVec2(0, 0);
    style.WindowRounding = 0;
    if (!content.fonts.arabic_regular.empty())
        shaper_ = std::make_unique<TextShaper>(content.fonts.arabic_regular);
}

UiHost::~UiHost() {
    previews_.clear();
    if (font_texture_) SDL_DestroyTexture(font_texture_);
    ImGui::DestroyContext(context_);
}

void UiHost::ensure_fonts(kiosk::core::TextSize size) {
    if (fonts_for_ == size) return;
    auto& atlas = *ImGui::GetIO().Fonts;
    fonts_ = build_fonts(atlas, content_.fonts, content_.theme.sizes(size));
    if (font_texture_) SDL_DestroyTexture(font_texture_);
    font_texture_ = upload_font_atlas(renderer_, atlas);
    fonts_for_ = size;
}

FrameResult UiHost::frame(const kiosk::core::State& state, const Pointer& pointer, double time_s,
                          float delta_s) {
    if (!state.session) previews_.clear(); // nothing of a letter survives the session
    DrawFunction dialog;
    if (modal_open(state)) dialog = [&](Ui& ui) { draw_overlay(state, ui); };
    return render(
        state.settings, pointer, time_s, delta_s, [&](Ui& ui) { draw_kiosk(state, ui); }, dialog);
}

FrameResult UiHost::gallery_frame(int page, const kiosk::core::Settings& settings) {
    DrawFunction dialog;
    if (gallery_has_dialog(page)) dialog = [&](Ui& ui) { draw_gallery_dialog(ui); };
    return render(
        settings, Pointer{}, 0, 0.1f, [&](Ui& ui) { draw_gallery(ui, page); }, dialog);
}

FrameResult UiHost::render(const kiosk::core::Settings& settings, const Pointer& pointer, double time_s,
                           float delta_s, const DrawFunction& screen, const DrawFunction& dialog) {
    ImGui::SetCurrentContext(context_);
    ensure_fonts(settings.text_size);
    auto& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(screen_.w, screen_.h);
    io.DeltaTime = std::max(delta_s, 1e-4f);
    const auto* language = content_.texts.language(settings.language);
    const bool mirrored = language && language->right_to_left && shaper_;
    // A mirrored screen is laid out as if left to right: a touch lands where its mirror image was laid out.
    io.MousePos = ImVec2(mirrored && pointer.x > -1e5f ? screen_.w - pointer.x : pointer.x, pointer.y);
    io.MouseDown[0] = pointer.down;
    io.MouseWheel = pointer.wheel;

    ImGui::NewFrame();
    constexpr ImGuiWindowFlags fixed = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                       ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("kiosk", nullptr, fixed | ImGuiWindowFlags_NoBringToFrontOnFocus);
    tree_.clear();
    FrameResult result;
    const auto& palette = content_.theme.palette(settings.contrast);
    tree_.set_backdrop(palette.background, text_contrast_goal(settings.contrast));
    const Metrics metrics = content_.theme.metrics_for(settings.text_size);
    Ui ui{content_, palette,       metrics, fonts_,     settings.language,
          tree_,    result.events, memory_, &previews_, screen_};
    ui.time_s = time_s;
    ui.container = screen_;
    ui.touch_to_hear = settings.speech.on && settings.speech.touch_to_hear;
    ui.shaper = shaper_.get();
    ui.mirrored = mirrored;
    ui.inert = static_cast<bool>(dialog); // under a dialog only the dialog's buttons work
    screen(ui);
    ui.inert = false;
    ImGui::End();
    if (dialog) {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::SetNextWindowFocus(); // on top of the screen and its scroll areas
        ImGui::Begin("dialog", nullptr, fixed);
        ui.container = screen_;
        dialog(ui);
        ImGui::End();
    }
    result.animating = ui.animating;
    if (!memory_.hear_request.empty()) {
        result.hear = std::exchange(memory_.hear_request, {});
        result.events.emplace_back(kiosk::core::ItemHeard{});
    }
    // The item heard has gone (a new screen): the next tap anywhere reads again.
    if (!memory_.heard_id.empty() && !tree_.find_tappable_id(memory_.heard_id)) memory_.heard_id.clear();
    ImGui::Render();
    if (mirrored) tree_.mirror(screen_.w);
    if (!painting_) return result;

    SDL_SetRenderDrawColor(renderer_, palette.background.r, palette.background.g, palette.background.b, 255);
    SDL_RenderClear(renderer_);
    render_draw_data(renderer_, ImGui::GetDrawData(), mirrored ? screen_.w : 0.f);
    return result;
}

} // namespace ui
