#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"

namespace ui {
namespace {

using kiosk::core::State;

void header(Ui& ui, const State& state, Rect band, bool languages) {
    const auto& c = ui.color;
    fill_rect(band, c.header);
    Rect inner = band.inset(ui.m.unit * 2);
    inner.x = band.x + ui.m.margin;
    inner.w = band.w - 2 * ui.m.margin;
    float line = ui.font.sizes.body * 1.3f;
    float text_top = band.cy() - line;
    label(ui, Rect{inner.x, text_top, inner.w * 0.45f, line}, ui.content.municipality, TextStyle::bold,
          c.header_text);
    label(ui, Rect{inner.x, text_top + line, inner.w * 0.45f, line}, ui.content.kiosk_name, TextStyle::body,
          c.header_text);

    float right = inner.right();
    if (languages) {
        // Each other language is one tap away, named in its own language.
        for (auto it = ui.content.texts.languages().rbegin(); it != ui.content.texts.languages().rend();
             ++it) {
            if (it->code == state.settings.language) continue;
            ButtonSpec spec{.id = it->code, .icon = Icon::language, .label = it->name, .centered = true};
            float w = std::max(button_width(ui, spec), 200.f);
            Rect r{right - w, band.y + ui.m.unit * 2, w, band.h - ui.m.unit * 4};
            ImGui::PushID("header");
            bool tapped = button(ui, r, spec);
            ImGui::PopID();
            if (tapped) ui.emit(kiosk::core::LanguageChosen{it->code});
            right -= w + ui.m.unit * 2;
        }
    }
    right = staff_tools_button(state, ui, band, right);
    if (state.demo) {
        auto text = ui.t("demo.badge"_tk);
        float w = measure(ui, TextStyle::bold, text).x + ui.m.unit * 6;
        Rect r{right - w - ui.m.unit * 2, band.cy() - line / 2 - ui.m.unit, w, line + ui.m.unit * 2};
        fill_rounded(r, c.demo, ui.m.radius);
        label(ui, r, text, TextStyle::bold, c.demo_text, Role::status, true);
    }
}

} // namespace

bool fetch_failed(Ui& ui, Column& column, kiosk::core::FetchError error, const ButtonSpec& action) {
    using kiosk::core::FetchError;
    auto text = [&] {
        switch (error) {
        case FetchError::unreachable:
            return ui.t("error.unreachable"_tk);
        case FetchError::timed_out:
            return ui.t("error.timed_out"_tk);
        case FetchError::not_found:
            return ui.t("error.not_found"_tk);
        case FetchError::invalid_answer:
            return ui.t("error.invalid"_tk);
        case FetchError::no_content:
            return ui.t("error.no_content"_tk);
        case FetchError::unreadable:
            return ui.t("error.unreadable"_tk);
        }
        return std::string();
    };
    message(ui, column, Tone::error, text());
    return button(ui, column.next(ui.m.button_h), action);
}

std::string pages_text(const Ui& ui, int pages) {
    return pages == 1 ? ui.t("document.one_page"_tk)
                      : ui.f("document.pages"_tk, {{"n", std::to_string(pages)}});
}

std::string end_label(const Ui& ui, const State& state) {
    return state.session ? ui.t("footer.logout"_tk) : ui.t("footer.stop"_tk);
}

Rect screen_frame(Ui& ui, const State& state, Footer footer) {
    const auto& s = ui.screen;
    const auto& m = ui.m;
    Rect area = s;
    ui.container = s;
    bool languages =
        state.screen != kiosk::core::Screen::logged_out && state.screen != kiosk::core::Screen::call;
    header(ui, state, area.take_top(m.header_h, 0), languages);

    bool has_footer = footer.back || footer.help || footer.end != Footer::End::none;
    if (has_footer) {
        Rect bar = area.take_bottom(m.footer_h, 0);
        canvas()->AddLine(v2(bar.x, bar.y), v2(bar.right(), bar.y), col(ui.color.border), 2.f);
        Rect row = bar.inset(m.unit * 2);
        row.x = bar.x + m.margin;
        row.w = bar.w - 2 * m.margin;
        float w = std::min(row.w / 3 - m.unit * 2, 420.f);
        ButtonSpec help{
            .id = "footer.help", .icon = Icon::help, .label = ui.t(footer.help_label), .centered = true};
        // The middle button takes what its words need (a narrow portrait screen, larger letters); the
        // ends give way.
        float help_w = footer.help ? std::max(w, button_width(ui, help)) : w;
        w = std::min(w, (row.w - help_w) / 2 - m.unit * 2);
        if (footer.back && button(ui, Rect{row.x, row.y, w, row.h},
                                  {.id = "footer.back", .icon = Icon::back, .label = ui.t("footer.back"_tk)}))
            ui.emit(kiosk::core::BackPressed{});
        if (footer.help && button(ui, Rect{row.cx() - help_w / 2, row.y, help_w, row.h}, help))
            ui.emit(kiosk::core::HelpPressed{footer.help_topic});
        if (footer.end != Footer::End::none &&
            button(ui, Rect{row.right() - w, row.y, w, row.h},
                   {.id = "footer.end",
                    .icon = footer.end == Footer::End::logout ? Icon::logout : Icon::close,
                    .label = end_label(ui, state),
                    .centered = true}))
            ui.emit(kiosk::core::StopPressed{});
    }
    float content_w = std::min(m.content_w, area.w - 2 * m.margin);
    Rect body{area.cx() - content_w / 2, area.y + m.unit * 5, content_w, area.h - m.unit * 8};
    ui.container = body;
    return body;
}

int choices(Ui& ui, Column& column, const std::vector<Choice>& items) {
    int tapped = -1;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        float h = item.kind == ButtonKind::primary || !item.detail.empty() ? ui.m.primary_button_h * 1.15f
                                                                           : ui.m.button_h;
        if (button(ui, column.next(h),
                   {.id = item.id,
                    .icon = item.icon,
                    .label = item.label,
                    .kind = item.kind,
                    .detail = item.detail}))
            tapped = static_cast<int>(i);
    }
    return tapped;
}

} // namespace ui
