#include "ui/ui_host.hpp"

#include "ui/screens/screens.hpp"
#include "ui/sdl_renderer.hpp"

#include <SDL.h>
#include <imgui.h>

namespace ui {

UiHost::UiHost(SDL_Renderer* renderer, const UiContent& content, Rect screen)
    : renderer_(renderer), content_(content), screen_(screen), previews_(renderer) {
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
    ImGui::SetCurrentContext(context_);
    ensure_fonts(state.settings.text_size);
    if (!state.session) previews_.clear(); // nothing of a letter survives the session

    auto& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(screen_.w, screen_.h);
    io.DeltaTime = std::max(delta_s, 1e-4f);
    io.MousePos = ImVec2(pointer.x, pointer.y);
    io.MouseDown[0] = pointer.down;
    io.MouseWheel = pointer.wheel;

    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    tree_.clear();
    FrameResult result;
    const auto& palette = content_.theme.palette(state.settings.contrast);
    Ui ui{content_,
          palette,
          content_.theme.metrics,
          fonts_,
          state.settings.language,
          tree_,
          result.events,
          memory_,
          &previews_,
          screen_};
    ui.time_s = time_s;
    ui.container = screen_;
    draw_kiosk(state, ui);
    ImGui::End();
    if (modal_open(state)) {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::SetNextWindowFocus(); // on top of the screen and its scroll areas
        ImGui::Begin("dialog", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                         ImGuiWindowFlags_NoScrollWithMouse);
        ui.container = screen_;
        draw_overlay(state, ui);
        ImGui::End();
    }
    result.animating = ui.animating;
    ImGui::Render();

    SDL_SetRenderDrawColor(renderer_, palette.background.r, palette.background.g, palette.background.b, 255);
    SDL_RenderClear(renderer_);
    render_draw_data(renderer_, ImGui::GetDrawData());
    return result;
}

} // namespace ui
