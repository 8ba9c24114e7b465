#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/scroll_area.hpp"

namespace ui {
namespace {

using kiosk::core::State;

void header(Ui& ui, const State& state, Rect band, bool languages) {
    const auto& c = ui.color;
    fill_rect(ui, band, c.header);
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
        if (r.x >= inner.x) { // a narrow screen with larger letters has no room for it
            fill_rounded(ui, r, c.demo, ui.m.radius);
            label(ui, r, text, TextStyle::bold, c.demo_text, Role::status, true);
            right = r.x;
        }
    }
    const float name_w = std::max(0.f, right - ui.m.unit * 4 - inner.x);
    // The municipality and the kiosk's place, one line each, shortened where the buttons leave too
    // little room (larger letters, portrait).
    shortened(ui, Rect{inner.x, text_top, name_w, line}, ui.content.municipality, TextStyle::bold,
              c.header_text, Role::text, 1);
    shortened(ui, Rect{inner.x, text_top + line, name_w, line}, ui.content.kiosk_name, TextStyle::body,
              c.header_text, Role::text, 1);
}

struct FooterButtons {
    ButtonSpec speech, back, help, end;
    bool has_speech, has_back, has_help, has_end;

    FooterButtons(const Ui& ui, const State& state, const Footer& footer, bool with_speech)
        : speech(speech_button_spec(ui, state)), back{.id = "footer.back",
                                                      .icon = Icon::back,
                                                      .label = ui.t("footer.back"_tk)},
          help{.id = "footer.help", .icon = Icon::help, .label = ui.t(footer.help_label), .centered = true},
          end{.id = "footer.end",
              .icon = footer.end == Footer::End::logout ? Icon::logout : Icon::close,
              .label = end_label(ui, state),
              .centered = true},
          has_speech(with_speech), has_back(footer.back), has_help(footer.help),
          has_end(footer.end != Footer::End::none) {}

    // Side by side, each as wide as its word needs (stacked: its icon above the word).
    float natural_width(const Ui& ui, float gap, bool stacked) const {
        float w = 0;
        for (auto [spec, shown] : {std::pair{speech, has_speech}, std::pair{back, has_back},
                                   std::pair{help, has_help}, std::pair{end, has_end}})
            if (shown) {
                spec.stacked = stacked;
                w += button_width(ui, spec) + gap;
            }
        return std::max(0.f, w - gap);
    }
};

// "Voorlezen" in the left corner, "Terug" beside it, help in the middle, the end on the right. Where
// the words do not fit side by side (portrait, larger letters) each button puts its icon above its word.
void footer_row(Ui& ui, const State& state, const Footer& footer, Rect row, bool with_speech) {
    const float gap = ui.m.unit * 2;
    FooterButtons b(ui, state, footer, with_speech);
    const bool stacked = b.natural_width(ui, gap, false) > row.w;
    auto width = [&](ButtonSpec& spec, bool shown) {
        spec.stacked = stacked;
        return shown ? button_width(ui, spec) : 0.f;
    };
    const float speech_w = width(b.speech, b.has_speech);
    // Side by side the buttons are roomy, up to 420 px, the middle one first; stacked each takes what
    // its word needs.
    const float roomy = stacked ? 0.f : std::min((row.w - speech_w) / 3 - gap, 420.f);
    const float help_w = std::max(roomy, width(b.help, true));
    const float sides = std::max(0.f, (row.w - speech_w - help_w) / 2 - gap * 2);
    const float back_w = std::max(std::min(roomy, sides), width(b.back, true));
    const float end_w = std::max(std::min(roomy, sides), width(b.end, true));

    Rect left = row;
    if (b.has_speech && button(ui, left.take_left(speech_w, gap), b.speech))
        ui.emit(kiosk::core::SpeechToggled{});
    if (b.has_back && button(ui, left.take_left(back_w, gap), b.back)) ui.emit(kiosk::core::BackPressed{});
    Rect right{row.right() - end_w, row.y, end_w, row.h};
    if (b.has_end && button(ui, right, b.end)) ui.emit(kiosk::core::StopPressed{});
    if (b.has_help) {
        // In the middle of the screen where there is room, else in the middle of what is left.
        float lo = left.x, hi = b.has_end ? right.x - gap : row.right();
        float w = std::min(help_w, hi - lo);
        float x = std::clamp(row.cx() - w / 2, lo, hi - w);
        if (button(ui, Rect{x, row.y, w, row.h}, b.help))
            ui.emit(kiosk::core::HelpPressed{footer.help_topic});
    }
}

// The footer's band: one row, or two where even stacked the words do not fit (200 % in portrait):
// "Terug" and help above, "Voorlezen" and the end below, so "Voorlezen" keeps the bottom-left corner.
void footer_band(Ui& ui, const State& state, const Footer& footer, Rect& area) {
    const auto& m = ui.m;
    const float row_w = area.w - 2 * m.margin;
    const FooterButtons buttons(ui, state, footer, true);
    const bool two_rows = buttons.natural_width(ui, m.unit * 2, true) > row_w;
    const bool side_by_side = buttons.natural_width(ui, m.unit * 2, false) <= row_w;
    const float row_h = m.footer_h - m.unit * 4;
    Rect bar = area.take_bottom(two_rows       ? m.footer_h + row_h + m.unit * 2
                                : side_by_side ? m.footer_line_h
                                               : m.footer_h,
                                0);
    canvas()->AddLine(v2(bar.x, bar.y), v2(bar.right(), bar.y), col(ui.color.border), 2.f);
    Rect rows{bar.x + m.margin, bar.y + m.unit * 2, row_w, bar.h - m.unit * 4};
    if (!two_rows) return footer_row(ui, state, footer, rows, true);
    Footer top = footer, bottom = footer;
    top.end = Footer::End::none;
    bottom.back = bottom.help = false;
    footer_row(ui, state, top, rows.take_top(row_h, m.unit * 2), false);
    footer_row(ui, state, bottom, rows, true);
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
    return column_button(ui, column, ui.m.button_h, action);
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
    footer_band(ui, state, footer, area);
    ui.chrome = false;
    if (state.settings.speech.on) speech_bar(ui, state, area);
    float content_w = std::min(m.content_w, area.w - 2 * m.margin);
    Rect body{area.cx() - content_w / 2, area.y + m.unit * 5, content_w, area.h - m.unit * 8};
    ui.container = body;
    return body;
}

namespace {

int grid_columns(const Ui& ui, const std::vector<ButtonSpec>& specs, float width, int max_columns) {
    float widest = 0;
    for (const auto& spec : specs)
        widest = std::max(widest, button_width(ui, spec));
    const int fit = static_cast<int>((width + ui.gap()) / (widest + ui.gap()));
    return std::clamp(fit, 1, std::max(1, max_columns));
}

} // namespace

bool scrolling_above_button(Ui& ui, Rect body, std::string_view scroll_id, const ButtonSpec& main,
                            const std::function<void(Column&)>& content) {
    Rect pinned =
        body.take_bottom(std::max(ui.m.primary_button_h, button_height(ui, main, body.w)), ui.gap());
    {
        ScrollArea scroll(ui, body, scroll_id);
        content(scroll.column());
    }
    return button(ui, pinned, main);
}

int grid_rows(const Ui& ui, const std::vector<ButtonSpec>& specs, float width, int max_columns) {
    const int columns = grid_columns(ui, specs, width, max_columns);
    return (static_cast<int>(specs.size()) + columns - 1) / columns;
}

int button_grid(Ui& ui, Column& column, const std::vector<ButtonSpec>& specs, int max_columns) {
    const int columns = grid_columns(ui, specs, column.width(), max_columns);
    const float gap = ui.gap();
    const float w = (column.width() - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const auto per_row = static_cast<std::size_t>(columns);
    int tapped = -1;
    Rect row;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (i % per_row == 0) { // as tall as the row's longest words need
            float h = ui.m.button_h;
            for (std::size_t j = i; j < std::min(i + per_row, specs.size()); ++j)
                h = std::max(h, button_height(ui, specs[j], w));
            row = column.next(h);
        }
        if (button(ui, row.take_left(w, gap), specs[i])) tapped = static_cast<int>(i);
    }
    return tapped;
}

int choices(Ui& ui, Column& column, const std::vector<Choice>& items) {
    int tapped = -1;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        const ButtonSpec spec{
            .id = item.id, .icon = item.icon, .label = item.label, .kind = item.kind, .detail = item.detail};
        float h = item.kind == ButtonKind::primary || !item.detail.empty() ? ui.m.primary_button_h * 1.15f
                                                                           : ui.m.button_h;
        // Taller where the words need more lines (larger letters, long translations).
        if (button(ui, column.next(std::max(h, button_height(ui, spec, column.width()))), spec))
            tapped = static_cast<int>(i);
    }
    return tapped;
}

} // namespace ui
