#pragma once
// The living reference of the kiosk's widgets (as imgui_demo.cpp is ImGui's): every widget in every
// state, on a few pages. Headless mode screenshots and audits it (`kiosk --gallery --out DIR`).
#include "ui/ui.hpp"

namespace ui {

inline constexpr int gallery_pages = 3;
void draw_gallery(Ui& ui, int page);
bool gallery_has_dialog(int page);
void draw_gallery_dialog(Ui& ui);

} // namespace ui
