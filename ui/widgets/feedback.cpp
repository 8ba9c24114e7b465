#include "ui/widgets/feedback.hpp"

#include "ui/widgets/text_block.hpp"

#include <cmath>

namespace ui {

void spinner(Ui& ui, Column& column, const std::string& text) {
    float px = ui.font.sizes.heading * 1.4f;
    Rect r = column.next(px);
    ImVec2 center = v2(r.cx(), r.cy());
    float start = static_cast<float>(std::fmod(ui.time_s * 4.0, 2 * M_PI));
    canvas()->PathArcTo(center, px / 2 - 4, start, start + 4.5f, 32);
    canvas()->PathStroke(col(ui.color.primary), 0, 8.f);
    ui.animating = true;
    paragraph(ui, column, text, TextStyle::body, Role::status);
}

Rect message(Ui& ui, Column& column, Tone tone, const std::string& text) {
    float pad = ui.m.unit * 3;
    float icon_px = ui.font.sizes.body * 1.4f;
    float text_w = column.width() - 3 * pad - icon_px;
    ImVec2 size = measure(ui, TextStyle::body, text, text_w);
    Rect r = column.next(std::max(size.y, icon_px) + 2 * pad);
    const auto& c = ui.color;
    Rgb accent = tone == Tone::error ? c.error : tone == Tone::success ? c.success : c.accent;
    Icon icon = tone == Tone::error ? Icon::warning : tone == Tone::success ? Icon::check_circle : Icon::info;
    fill_rounded(ui, r, c.surface, ui.m.radius);
    fill_rect(ui, Rect{r.x, r.y, ui.m.unit, r.h}, accent);
    put_icon(ui, v2(r.x + pad, r.y + pad), icon, icon_px,
             tone == Tone::error ? c.error_text_on_surface : c.text);
    put_text(ui, v2(r.x + 2 * pad + icon_px, r.y + pad), TextStyle::body, c.text, text, text_w);
    SemanticNode node{Role::status, tone == Tone::error ? "error" : "message", text, r};
    ui.add_node(std::move(node));
    return r;
}

std::string duration_words(const Ui& ui, long seconds) {
    // Whole minutes, rounded down: "nog 4 minuten" must not promise more time than there is.
    if (seconds >= 120) return ui.f("time.minutes"_tk, {{"n", std::to_string(seconds / 60)}});
    if (seconds > 90) return ui.t("time.one_minute"_tk);
    if (seconds == 1) return ui.t("time.one_second"_tk);
    return ui.f("time.seconds"_tk, {{"n", std::to_string(seconds)}});
}

void countdown(Ui& ui, Column& column, long seconds_left, long seconds_total, const std::string& text) {
    Rect bar = column.next(ui.m.unit * 2);
    float fraction =
        seconds_total > 0
            ? std::clamp(static_cast<float>(seconds_left) / static_cast<float>(seconds_total), 0.f, 1.f)
            : 0.f;
    fill_rounded(ui, bar, ui.color.border, ui.m.unit);
    fill_rounded(ui, Rect{bar.x, bar.y, bar.w * fraction, bar.h}, ui.color.accent, ui.m.unit);
    paragraph(ui, column, text, TextStyle::bold, Role::status);
}

} // namespace ui
