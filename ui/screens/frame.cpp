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

    float right = inner.right();
    if (languages) {
        // One button with the globe and the language now on screen opens the list of all languages,
        // each named in its own words.
        const auto* current = ui.content.texts.language(state.settings.language);
        ButtonSpec spec{.id = "header.language",
                        .icon = Icon::language,
                        .label = current ? current->name : state.settings.language,
                        .centered = true};
        float w = std::max(button_width(ui, spec), 200.f);
        Rect r{right - w, band.y + ui.m.unit * 2, w, band.h - ui.m.unit * 4};
        if (button(ui, r, spec)) ui.emit(kiosk::core::LanguageMenuOpened{});
        right -= w + ui.m.unit * 2;
    }
    right = staff_tools_button(state, ui, band, right);
    if (state.demo) {
        auto text = ui.t("demo.badge"_tk);
        float w = measure(ui, TextStyle::bold, text).x + ui.m.unit * 6;
        Rect r{right - w - ui.m.unit * 2, band.cy() - line / 2 - ui.m.unit, w, line + ui.m.unit * 2};
        fill_rounded(r, c.demo, ui.m.radius);
        label(ui, r, text, TextStyle::bold, c.demo_text, Role::status, true);
        right = r.x;
    }
    const float name_w = std::max(0.f, right - ui.m.unit * 4 - inner.x);
    // The municipality and the kiosk's place, one line each, shortened where the buttons leave too
    // little room (larger letters, portrait).
    shortened(ui, Rect{inner.x, text_top, name_w, line}, ui.content.municipality, TextStyle::bold,
              c.header_text, Role::text, 1);
    shortened(ui, Rect{inner.x, text_top + line, name_w, line}, ui.content.kiosk_name, TextStyle::body,
              c.header_text, Role::text, 1);
}

// "Voorlezen" in the left corner, "Terug" beside it, help in the middle, the end on the right. Where
// the words do not fit side by side (portrait, larger letters) each button puts its icon above its word.
void footer_row(Ui& ui, const State& state, const Footer& footer, Rect row) {
    const float gap = ui.m.unit * 2;
    const bool has_end = footer.end != Footer::End::none;
    ButtonSpec speech = speech_button_spec(ui, state);
    ButtonSpec back{.id = "footer.back", .icon = Icon::back, .label = ui.t("footer.back"_tk)};
    ButtonSpec help{
        .id = "footer.help", .icon = Icon::help, .label = ui.t(footer.help_label), .centered = true};
    ButtonSpec end{.id = "footer.end",
                   .icon = footer.end == Footer::End::logout ? Icon::logout : Icon::close,
                   .label = end_label(ui, state),
                   .centered = true};
    float natural = button_width(ui, speech) + (footer.back ? button_width(ui, back) + gap : 0) +
                    (footer.help ? button_width(ui, help) + gap : 0) +
                    (has_end ? button_width(ui, end) + gap : 0);
    const bool stacked = natural > row.w;
    auto width = [&](ButtonSpec& spec) {
        spec.stacked = stacked;
        return button_width(ui, spec);
    };
    const float speech_w = width(speech);
    // Side by side the buttons are roomy, up to 420 px, the middle one first; stacked each takes what
    // its word needs.
    const float roomy = stacked ? 0.f : std::min((row.w - speech_w) / 3 - gap, 420.f);
    const float help_w = std::max(roomy, width(help));
    const float sides = std::max(0.f, (row.w - speech_w - help_w) / 2 - gap * 2);
    const float back_w = std::max(std::min(roomy, sides), width(back));
    const float end_w = std::max(std::min(roomy, sides), width(end));

    Rect left = row;
    if (button(ui, left.take_left(speech_w, gap), speech)) ui.emit(kiosk::core::SpeechToggled{});
    if (footer.back && button(ui, left.take_left(back_w, gap), back)) ui.emit(kiosk::core::BackPressed{});
    Rect right{row.right() - end_w, row.y, end_w, row.h};
    if (has_end && button(ui, right, end)) ui.emit(kiosk::core::StopPressed{});
    if (footer.help) {
        // In the middle of the screen where there is room, else in the middle of what is left.
        float lo = left.x, hi = has_end ? right.x - gap : row.right();
        float w = std::min(help_w, hi - lo);
        float x = std::clamp(row.cx() - w / 2, lo, hi - w);
        if (button(ui, Rect{x, row.y, w, row.h}, help)) ui.emit(kiosk::core::HelpPressed{footer.help_topic});
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
    ui.chrome = true; // the same on every screen: speech does not read it with each new screen
    header(ui, state, area.take_top(m.header_h, 0), languages);

    // Every screen has a footer: "Voorlezen" sits in its left corner everywhere, where a blind
    // resident finds it by touch.
    {
        Rect bar = area.take_bottom(m.footer_h, 0);
        canvas()->AddLine(v2(bar.x, bar.y), v2(bar.right(), bar.y), col(ui.color.border), 2.f);
        Rect row = bar.inset(m.unit * 2);
        row.x = bar.x + m.margin;
        row.w = bar.w - 2 * m.margin;
        footer_row(ui, state, footer, row);
    }
    ui.chrome = false;
    if (state.settings.speech.on) speech_bar(ui, state, area);
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
