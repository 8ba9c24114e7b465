#include "ui/widgets/button.hpp"

#include "ui/speech_script.hpp"

#include <cmath>

namespace ui {
namespace {
constexpr float tap_slop_px = 24; // a finger that moves further than this is scrolling, not tapping
}

Press press_area(Ui& ui, Rect r, std::string_view id) {
    if (ui.inert) return {};
    ImGui::SetCursorScreenPos(v2(r.x, r.y));
    ImGui::PushID(id.data(), id.data() + id.size());
    bool pressed = ImGui::InvisibleButton("##press", v2(std::max(r.w, 1.f), std::max(r.h, 1.f)));
    bool held = ImGui::IsItemActive();
    ImGui::PopID();
    const auto& io = ImGui::GetIO();
    bool dragged = io.MouseDragMaxDistanceSqr[0] > tap_slop_px * tap_slop_px;
    bool tapped = pressed && !dragged;
    if (tapped && ui.touch_to_hear && !speech_control(id)) {
        if (ui.memory.heard_id != id) {
            // Touch-to-hear: this tap reads the item aloud; the next tap on it chooses it. No timing
            // involved (EN 301 549 5.9: no timed double gestures).
            ui.memory.heard_id = std::string(id);
            ui.memory.hear_request = ui.memory.heard_id;
            tapped = false;
        } else {
            ui.memory.heard_id.clear(); // chosen: on the next screen "Terug" is read again first
        }
    }
    return {held && !dragged, tapped};
}

namespace {

// Touch-to-hear: the item the first tap read aloud wears a thick ring, so a volunteer beside the
// resident sees which one a second tap would choose.
void heard_ring(const Ui& ui, Rect r, std::string_view id) {
    if (!ui.touch_to_hear || ui.memory.heard_id != id) return;
    float w = ui.m.unit;
    canvas()->AddRect(v2(r.x - w / 2, r.y - w / 2), v2(r.right() + w / 2, r.bottom() + w / 2),
                      col(ui.color.text), ui.m.radius + w / 2, 0, w);
}

// Narrow buttons (scroll buttons, keypad-like rows): icon centred above the word.
bool stacked_button(Ui& ui, Rect r, const ButtonSpec& spec, Press press) {
    const auto& c = ui.color;
    Rgb text = spec.enabled ? c.secondary_text : c.text_muted;
    bordered_rounded(ui, r, press.held ? c.secondary_pressed : c.secondary,
                     spec.enabled ? c.border : c.text_muted, ui.m.radius, 2.f);
    float icon_px = ui.font.sizes.body * 1.25f;
    ImVec2 label_size = measure(ui, TextStyle::bold, spec.label);
    float top = r.cy() - (icon_px + label_size.y) / 2;
    put_icon(ui, v2(r.cx() - icon_px / 2, top - icon_px * 0.12f), spec.icon, icon_px, text);
    put_text(ui, v2(r.cx() - label_size.x / 2, top + icon_px), TextStyle::bold, text, spec.label);
    heard_ring(ui, r, spec.id);
    SemanticNode node{spec.role, std::string(spec.id), spec.label, r};
    node.tappable = true;
    node.enabled = spec.enabled;
    node.overflow = label_size.x > r.w - ui.m.unit * 2 || icon_px + label_size.y > r.h;
    ui.add_node(std::move(node));
    return press.tapped && spec.enabled;
}

} // namespace

float button_width(const Ui& ui, const ButtonSpec& spec) {
    float icon_px = ui.font.sizes.body * 1.25f;
    if (spec.stacked) return std::max(measure(ui, TextStyle::bold, spec.label).x, icon_px) + ui.m.unit * 4;
    float text_w = std::max(measure(ui, TextStyle::bold, spec.label).x,
                            spec.detail.empty() ? 0.f : measure(ui, TextStyle::body, spec.detail).x);
    float icons = (spec.icon != Icon::none ? 1.f : 0.f) + (spec.selected ? 1.f : 0.f);
    return 2 * ui.m.unit * 3 + text_w + icons * (icon_px + ui.m.unit * 2) + 2;
}

namespace {

// The words of a button, broken into the lines its width leaves them (larger letters, long
// translations): the label in bold, then the detail. Lines beyond `max_lines` are cut with "…".
struct ButtonText {
    std::vector<std::string> label, detail;
    float w = 0, h = 0;
    bool cut = false; // more lines were needed than the button has room for: the audit must hear of it
};

float text_room(const Ui& ui, const ButtonSpec& spec, float width) {
    float icon_px = ui.font.sizes.body * 1.25f;
    float icons = (spec.icon != Icon::none ? 1.f : 0.f) + (spec.selected ? 1.f : 0.f);
    return width - 2 * ui.m.unit * 3 - icons * (icon_px + ui.m.unit * 2);
}

ButtonText button_text(const Ui& ui, const ButtonSpec& spec, float available, int max_lines) {
    ButtonText t;
    auto lines = [&](TextStyle style, const std::string& text, int limit) {
        if (measure(ui, style, text).x <= available || limit <= 1) return std::vector<std::string>{text};
        t.cut = t.cut ||
                wrapped_lines(ui, style, text, available, limit + 1).size() > static_cast<std::size_t>(limit);
        return wrapped_lines(ui, style, text, available, limit);
    };
    const int detail_lines = spec.detail.empty() ? 0 : 1;
    t.label = lines(TextStyle::bold, spec.label, std::max(1, max_lines - detail_lines));
    if (!spec.detail.empty())
        t.detail =
            lines(TextStyle::body, spec.detail, std::max(1, max_lines - static_cast<int>(t.label.size())));
    for (const auto& line : t.label)
        t.w = std::max(t.w, measure(ui, TextStyle::bold, line).x);
    for (const auto& line : t.detail)
        t.w = std::max(t.w, measure(ui, TextStyle::body, line).x);
    t.h = size_of(ui, TextStyle::bold) * static_cast<float>(t.label.size()) +
          size_of(ui, TextStyle::body) * static_cast<float>(t.detail.size());
    return t;
}

} // namespace

float button_height(const Ui& ui, const ButtonSpec& spec, float width) {
    return button_text(ui, spec, text_room(ui, spec, width), 6).h + 2 * ui.m.unit * 3;
}

bool column_button(Ui& ui, Column& column, float min_h, const ButtonSpec& spec) {
    return button(ui, column.next(std::max(min_h, button_height(ui, spec, column.width()))), spec);
}

bool button(Ui& ui, Rect r, const ButtonSpec& spec) {
    Press press = spec.enabled ? press_area(ui, r, spec.id) : Press{};
    if (spec.stacked) return stacked_button(ui, r, spec, press);
    const auto& c = ui.color;
    Rgb fill = c.secondary, text = c.secondary_text, pressed_fill = c.secondary_pressed;
    if (spec.kind == ButtonKind::primary)
        fill = c.primary, text = c.primary_text, pressed_fill = c.primary_pressed;
    if (spec.kind == ButtonKind::danger) fill = c.error, text = c.primary_text, pressed_fill = c.error;
    // Hover is never shown: on a touch screen the pointer stays where the last finger was.
    bordered_rounded(ui, r, press.held ? pressed_fill : fill, spec.selected ? c.text : c.border, ui.m.radius,
                     spec.selected ? 6.f : 2.f);

    float pad = ui.m.unit * 3;
    float icon_px = ui.font.sizes.body * 1.25f;
    bool has_icon = spec.icon != Icon::none;
    Icon trailing = spec.selected ? Icon::check_circle : Icon::none;
    float icon_w = has_icon ? icon_px + ui.m.unit * 2 : 0;
    float trailing_w = trailing != Icon::none ? icon_px + ui.m.unit * 2 : 0;
    float available = text_room(ui, spec, r.w);
    // As many lines as the button's height holds; the width it needs is that of its longest line.
    const int max_lines = std::max(1, static_cast<int>((r.h - ui.m.unit * 2) / size_of(ui, TextStyle::bold)));
    const ButtonText words = button_text(ui, spec, available, max_lines);
    const float text_w = words.w, text_h = words.h;
    float x = spec.centered ? r.x + (r.w - icon_w - text_w - trailing_w) / 2 : r.x + pad;
    x = std::max(x, r.x + pad);
    if (has_icon) put_icon(ui, v2(x, icon_top(r.cy(), icon_px)), spec.icon, icon_px, text);
    float tx = x + icon_w;
    float ty = r.cy() - text_h / 2;
    for (const auto& line : words.label) {
        put_text(ui, v2(tx, ty), TextStyle::bold, text, line);
        ty += size_of(ui, TextStyle::bold);
    }
    for (const auto& line : words.detail) {
        put_text(ui, v2(tx, ty), TextStyle::body, text, line);
        ty += size_of(ui, TextStyle::body);
    }
    if (trailing != Icon::none)
        put_icon(ui, v2(r.right() - pad - icon_px, icon_top(r.cy(), icon_px)), trailing, icon_px, text);
    heard_ring(ui, r, spec.id);

    SemanticNode node{spec.role, std::string(spec.id), sentences(spec.label, spec.detail), r};
    node.tappable = true;
    node.enabled = spec.enabled;
    node.selected = spec.selected;
    node.overflow = words.cut || text_w > available + 1 || text_h > r.h;
    ui.add_node(std::move(node));
    return press.tapped;
}

namespace {

constexpr int row_text_lines = 2; // per text in a list row; the detail screen shows it whole

struct RowLayout {
    float text_x, text_w, line_h, icon_px, pad;
    std::vector<std::pair<TextStyle, std::string>> lines; // as drawn
};

RowLayout row_layout(const Ui& ui, float x, float width, const std::string& title,
                     const std::vector<std::string>& texts) {
    RowLayout l;
    l.pad = ui.m.unit * 3;
    l.icon_px = ui.font.sizes.body * 1.25f;
    l.line_h = ui.font.sizes.body * 1.4f;
    l.text_x = x + l.pad + l.icon_px + ui.m.unit * 2;
    // The chevron on the right keeps its own column: text never runs under it.
    l.text_w = x + width - l.pad - l.icon_px - ui.m.unit * 2 - l.text_x;
    for (auto& line : wrapped_lines(ui, TextStyle::bold, title, l.text_w, row_text_lines))
        l.lines.emplace_back(TextStyle::bold, std::move(line));
    for (const auto& text : texts)
        for (auto& line : wrapped_lines(ui, TextStyle::body, text, l.text_w, row_text_lines))
            l.lines.emplace_back(TextStyle::body, std::move(line));
    return l;
}

} // namespace

float list_row_height(const Ui& ui, float width, const std::string& title,
                      const std::vector<std::string>& lines) {
    auto layout = row_layout(ui, 0, width, title, lines);
    return layout.line_h * static_cast<float>(std::max<std::size_t>(layout.lines.size(), 1)) + ui.m.unit * 5;
}

bool list_row(Ui& ui, Rect r, std::string_view id, Icon icon, const std::string& title,
              const std::vector<std::string>& lines) {
    Press press = press_area(ui, r, id);
    const auto& c = ui.color;
    bordered_rounded(ui, r, press.held ? c.secondary_pressed : c.surface, c.border, ui.m.radius, 2.f);
    auto layout = row_layout(ui, r.x, r.w, title, lines);
    float y = r.y + ui.m.unit * 2.5f;
    put_icon(ui, v2(r.x + layout.pad, y), icon, layout.icon_px, c.text);
    float widest = 0;
    for (const auto& [style, line] : layout.lines) {
        put_text(ui, v2(layout.text_x, y), style, c.text, line);
        widest = std::max(widest, measure(ui, style, line).x);
        y += layout.line_h;
    }
    put_icon(ui, v2(r.right() - layout.pad - layout.icon_px, icon_top(r.cy(), layout.icon_px)),
             Icon::chevron_right, layout.icon_px, c.text);
    heard_ring(ui, r, id);

    std::string spoken = title;
    for (const auto& line : lines)
        spoken = sentences(spoken, line);
    SemanticNode node{Role::list_item, std::string(id), spoken, r};
    node.tappable = true;
    node.overflow = widest > layout.text_w + 1 || y > r.bottom() + 1;
    ui.add_node(std::move(node));
    return press.tapped;
}

} // namespace ui
