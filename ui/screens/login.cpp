// Login with the DigiD app. Shows: numbered steps with pictograms, the QR code, the short code and
// address for those who cannot scan, the kiosk's own name (the broker shows the same on the phone),
// a countdown, "Lukt het niet?", and a plain message for every failure.
// Emits: NewLoginCodeRequested, DemoPhoneApproved, HelpPressed, BackPressed, StopPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/qr_code.hpp"
#include "ui/widgets/scroll_area.hpp"

namespace ui {
namespace {

using namespace kiosk::core;

std::string failure_text(const Ui& ui, LoginFailure reason) {
    switch (reason) {
    case LoginFailure::denied:
        return ui.t("login.failed.denied"_tk);
    case LoginFailure::expired:
        return ui.t("login.failed.expired"_tk);
    case LoginFailure::unreachable:
        return ui.t("login.failed.unreachable"_tk);
    case LoginFailure::invalid_answer:
        return ui.t("login.failed.invalid"_tk);
    case LoginFailure::too_weak:
        return ui.t("login.failed.too_weak"_tk);
    }
    return {};
}

constexpr TextKey step_texts[] = {"login.step1"_tk, "login.step2"_tk, "login.step3"_tk, "login.step4"_tk};

std::string step_text(const Ui& ui, std::size_t index) {
    return std::to_string(index + 1) + ". " + ui.t(step_texts[index]);
}

float step_icon_px(const Ui& ui) {
    return ui.font.sizes.body * 1.5f;
}

float step_row_height(const Ui& ui, float width, std::size_t index) {
    float text_w = width - step_icon_px(ui) - ui.m.unit * 3;
    return std::max(step_icon_px(ui), measure(ui, TextStyle::body, step_text(ui, index), text_w).y);
}

// The height numbered_steps takes at `width`, gaps included.
float steps_height(const Ui& ui, float width) {
    float h = 0;
    for (std::size_t i = 0; i < std::size(step_texts); ++i)
        h += step_row_height(ui, width, i) + ui.m.unit * 1.5f;
    return h - ui.m.unit * 1.5f + ui.gap();
}

float countdown_height(const Ui& ui) {
    return ui.m.unit * 2 + ui.gap() + measure(ui, TextStyle::bold, "0").y + ui.gap();
}

void numbered_steps(Ui& ui, Column& column) {
    constexpr Icon icons[] = {Icon::smartphone, Icon::login, Icon::qr_scan, Icon::check};
    float icon_px = step_icon_px(ui);
    // The steps are one list: closer together than the blocks around them.
    Column list(column.rest(), ui.m.unit * 1.5f);
    for (std::size_t i = 0; i < std::size(step_texts); ++i) {
        auto text = step_text(ui, i);
        float text_w = column.width() - icon_px - ui.m.unit * 3;
        float h = step_row_height(ui, column.width(), i);
        Rect r = list.next(h);
        put_icon(ui, v2(r.x, r.y - icon_px * 0.1f), icons[i], icon_px, ui.color.accent);
        Column text_column(Rect{r.x + icon_px + ui.m.unit * 3,
                                r.y + (h - measure(ui, TextStyle::body, text, text_w).y) / 2, text_w, h},
                           0);
        paragraph(ui, text_column, text);
    }
    column.next(list.used() - ui.m.unit * 1.5f);
}

// The short code in groups, large, for residents who type it on their phone instead of scanning.
// The address as people type it: without "https://", which phones add by themselves.
std::string typed_address(const std::string& uri) {
    for (const char* scheme : {"https://", "http://"})
        if (uri.starts_with(scheme)) return uri.substr(std::char_traits<char>::length(scheme));
    return uri;
}

// What the resident checks on their phone, in a box of its own: the kiosk's name (the broker shows
// it in the app) and the broker's host, large, so a look-alike page reached through someone else's QR
// code is noticed (RFC 8628 §5.4, the IETF cross-device BCP).
struct CheckBox {
    std::string name, intro, host;
    TextStyle host_style;
    float pad, inner_w;
};

CheckBox check_box(const Ui& ui, float width, const std::string& host) {
    CheckBox b{ui.f("login.kiosk_name"_tk, {{"kiosk", ui.content.kiosk_name}}),
               ui.t("login.check_address"_tk),
               host,
               TextStyle::heading,
               ui.m.unit * 3,
               0};
    b.inner_w = width - 2 * b.pad;
    if (measure(ui, TextStyle::heading, host).x > b.inner_w) b.host_style = TextStyle::bold;
    return b;
}

float check_box_height(const Ui& ui, const CheckBox& b) {
    float h = measure(ui, TextStyle::bold, b.name, b.inner_w).y + 2 * b.pad;
    if (!b.host.empty())
        h += measure(ui, TextStyle::body, b.intro, b.inner_w).y +
             measure(ui, b.host_style, b.host, b.inner_w).y + 2 * ui.m.unit;
    return h;
}

void what_the_phone_shows(Ui& ui, Column& column, const std::string& host) {
    auto b = check_box(ui, column.width(), host);
    Rect box = column.next(check_box_height(ui, b));
    bordered_rounded(ui, box, ui.color.surface, ui.color.accent, ui.m.radius, 3.f);
    Column inside(box.inset(b.pad), ui.m.unit);
    paragraph(ui, inside, b.name, TextStyle::bold);
    if (host.empty()) return;
    paragraph(ui, inside, b.intro);
    paragraph(ui, inside, host, b.host_style);
}

float manual_height(const Ui& ui, float width, const LoginShowingCode& showing) {
    auto text = ui.f("login.manual"_tk, {{"address", typed_address(showing.code.verification_uri)}});
    return measure(ui, TextStyle::body, text, width).y + ui.gap() + ui.font.sizes.code * 1.2f + ui.gap();
}

void manual_code(Ui& ui, Column& column, const LoginShowingCode& showing) {
    paragraph(ui, column,
              ui.f("login.manual"_tk, {{"address", typed_address(showing.code.verification_uri)}}));
    Rect r = column.next(ui.font.sizes.code * 1.2f);
    // A code: whoever hears it could approve the login with their own phone. Never read aloud.
    label(ui, r, showing.code.user_code, TextStyle::code, ui.color.text, Role::code, true);
}

void showing_code(const State& state, Ui& ui, Rect body, const LoginShowingCode& showing) {
    bool portrait = ui.screen.h > ui.screen.w;
    bool manual_beside = false; // under the QR code, beside the steps (landscape)
    // The demo's stand-in for the phone, under the code; as tall as its words need in `width`.
    const ButtonSpec demo{.id = "login.demo_approve",
                          .icon = Icon::smartphone,
                          .label = ui.t("login.demo_approve"_tk),
                          .kind = ButtonKind::primary};
    auto demo_height = [&](float width) {
        return state.demo ? std::max(ui.m.button_h, button_height(ui, demo, width)) + ui.gap() : 0.f;
    };
    Rect steps_area = body, qr_area = body;
    float qr_side = 0;
    if (portrait) {
        // The QR code gets what the steps, the checks and the typed-in alternative leave of the height.
        float rest = steps_height(ui, body.w) +
                     check_box_height(ui, check_box(ui, body.w, showing.code.verification_host)) +
                     countdown_height(ui) + manual_height(ui, body.w, showing) + demo_height(body.w) +
                     ui.gap() * 4;
        qr_side = std::clamp(body.h - rest - ui.gap(), 240.f, std::min(body.w * 0.6f, 560.f));
        qr_area = steps_area.take_top(qr_side + ui.gap(), ui.gap());
    } else {
        // The QR code gets what is left under it after the typed-in alternative.
        float column_w = std::min(body.w * 0.36f, 500.f);
        auto manual = ui.f("login.manual"_tk, {{"address", typed_address(showing.code.verification_uri)}});
        float below =
            measure(ui, TextStyle::body, manual, column_w).y + ui.font.sizes.code * 1.2f + ui.gap() * 2;
        below += demo_height(column_w);
        // Where larger letters leave the code too little room, the typed-in alternative joins the steps.
        manual_beside = body.h - below >= 240;
        if (!manual_beside) below = demo_height(column_w);
        qr_side = std::min(column_w, body.h - below);
        steps_area.w = body.w - column_w - ui.gap() * 2;
        qr_area = Rect{body.right() - column_w, body.y, column_w, body.h};
    }
    Column qr_column(qr_area, ui.gap());
    qr_code(ui, qr_column.next(qr_side), showing.code.verification_uri_complete, ui.t("login.qr_label"_tk));
    // "Lukt het niet?" is in the footer. The demo's stand-in for the phone goes under the code.
    auto demo_button = [&](Column& below) {
        if (state.demo && column_button(ui, below, ui.m.button_h, demo)) ui.emit(DemoPhoneApproved{});
    };
    if (!portrait) { // beside the steps, before their scroll area: it clips whatever is drawn while it lives
        if (manual_beside) manual_code(ui, qr_column, showing);
        demo_button(qr_column);
    }

    // The steps scroll where the screen is short of height (the speech bar, larger letters).
    ScrollArea steps(ui, steps_area, "login.steps");
    Column& column = steps.column();
    numbered_steps(ui, column);
    what_the_phone_shows(ui, column, showing.code.verification_host);
    long left = seconds_left(state.now, showing.expires_at);
    long total = std::chrono::duration_cast<seconds>(showing.code.valid_for).count();
    countdown(
        ui, column, left,
        std::min<long>(total, std::chrono::duration_cast<seconds>(state.policy.login_code_lifetime).count()),
        ui.f("login.valid_for"_tk, {{"time", duration_words(ui, left)}}));
    if (!manual_beside) manual_code(ui, column, showing);
    if (portrait) demo_button(column);
}

} // namespace

void draw_login(const State& state, Ui& ui) {
    Rect body = screen_frame(ui, state,
                             {.back = true,
                              .help = true,
                              .end = Footer::End::stop,
                              .help_topic = HelpTopic::login,
                              .help_label = "login.trouble"_tk});
    Column column(body, ui.gap());
    heading(ui, column, ui.t("login.title"_tk));
    Rect rest = column.rest();

    if (const auto* showing = std::get_if<LoginShowingCode>(&state.login)) {
        showing_code(state, ui, rest, *showing);
    } else if (const auto* failed = std::get_if<LoginFailedStage>(&state.login)) {
        message(ui, column, Tone::error, failure_text(ui, failed->reason));
        if (column_button(ui, column, ui.m.primary_button_h,
                          {.id = "login.new_code",
                           .icon = Icon::refresh,
                           .label = ui.t("login.new_code"_tk),
                           .kind = ButtonKind::primary}))
            ui.emit(NewLoginCodeRequested{});
    } else {
        spinner(ui, column, ui.t("login.preparing"_tk));
    }
}

} // namespace ui
