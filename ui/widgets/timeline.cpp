#include "ui/widgets/timeline.hpp"

namespace ui {
namespace {

using kiosk::core::CaseStep;
using kiosk::core::StepState;

std::string step_text(const Ui& ui, const CaseStep& step) {
    switch (step.state) {
    case StepState::done:
        return step.reached_on ? ui.f("timeline.done_on"_tk, {{"date", ui.date(*step.reached_on)}})
                               : ui.t("timeline.done"_tk);
    case StepState::current:
        return step.reached_on ? ui.f("timeline.current_since"_tk, {{"date", ui.date(*step.reached_on)}})
                               : ui.t("timeline.current"_tk);
    case StepState::coming:
        return ui.t("timeline.coming"_tk);
    }
    return {};
}

float step_height(const Ui& ui, float text_w, const CaseStep& step) {
    auto style = step.state == StepState::current ? TextStyle::bold : TextStyle::body;
    return measure(ui, style, step.title, text_w).y +
           measure(ui, TextStyle::body, step_text(ui, step), text_w).y + ui.m.unit * 4;
}

} // namespace

float timeline_height(const Ui& ui, const std::vector<CaseStep>& steps, float width) {
    float text_w = width - ui.font.sizes.body * 2.5f;
    float h = 0;
    for (const auto& s : steps)
        h += step_height(ui, text_w, s);
    return h;
}

void timeline(Ui& ui, Rect r, const std::vector<CaseStep>& steps) {
    const auto& c = ui.color;
    float icon_px = ui.font.sizes.body * 1.4f;
    float rail_x = r.x + icon_px / 2;
    float text_x = r.x + ui.font.sizes.body * 2.5f;
    float text_w = r.right() - text_x;
    float y = r.y;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto& step = steps[i];
        float h = step_height(ui, text_w, step);
        if (i + 1 < steps.size()) // the rail joins this step's marker to the next one
            canvas()->AddLine(v2(rail_x, y + icon_px), v2(rail_x, y + h), col(c.border), 4.f);
        Icon marker = step.state == StepState::done      ? Icon::check_circle
                      : step.state == StepState::current ? Icon::step_current
                                                         : Icon::step_coming;
        Rgb marker_color = step.state == StepState::coming ? c.text_muted
                           : step.state == StepState::done ? c.success
                                                           : c.accent;
        put_icon(ui, v2(r.x, y - icon_px * 0.1f), marker, icon_px, marker_color);

        auto style = step.state == StepState::current ? TextStyle::bold : TextStyle::body;
        Rgb text_color = step.state == StepState::coming ? c.text_muted : c.text;
        ImVec2 title = measure(ui, style, step.title, text_w);
        put_text(ui, v2(text_x, y), style, text_color, step.title, text_w);
        auto when = step_text(ui, step);
        put_text(ui, v2(text_x, y + title.y), TextStyle::body, c.text_muted, when, text_w);

        SemanticNode node{Role::list_item, "step", sentences(step.title, when),
                          Rect{r.x, y, r.w, h - ui.m.unit * 2}};
        node.selected = step.state == StepState::current;
        ui.add_node(std::move(node));
        y += h;
    }
}

} // namespace ui
