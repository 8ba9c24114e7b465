// Login with the DigiD app. Shows: numbered steps with pictograms, the QR code, the short code and
// address for those who cannot scan, the kiosk's own name (the broker shows the same on the phone),
// a countdown, "Lukt het niet?", and a plain message for every failure.
// Emits: NewLoginCodeRequested, DemoPhoneApproved, HelpPressed, BackPressed, StopPressed.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/qr_code.hpp"

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
    }
    return {};
}

void numbered_steps(Ui& ui, Column& column) {
    struct Step {
        Icon icon;
        TextKey text;
    };
    const Step steps[] = {{Icon::smartphone, "login.step1"_tk},
                          {Icon::login, "login.step2"_tk},
                          {Icon::qr_scan, "login.step3"_tk},
                          {Icon::check, "login.step4"_tk}};
    float icon_px = ui.font.sizes.heading;
    int number = 1;
    for (const auto& step : steps) {
        std::string text = std::to_string(number++) + ". " + ui.t(step.text);
        float text_w = column.width() - icon_px - ui.m.unit * 3;
        float h = std::max(icon_px, measure(ui, TextStyle::body, text, text_w).y);
        Rect r = column.next(h);
        put_icon(ui, v2(r.x, r.y - icon_px * 0.1f), step.icon, icon_px, ui.color.accent);
        Column text_column(Rect{r.x + icon_px + ui.m.unit * 3,
                                r.y + (h - measure(ui, TextStyle::body, text, text_w).y) / 2, text_w, h},
                           0);
        paragraph(ui, text_column, text);
    }
}

// The short code in groups, large, for residents who type it on their phone instead of scanning.
// The address as people type it: without "https://", which phones add by themselves.
std::string typed_address(const std::string& uri) {
    for (const char* scheme : {"https://", "http://"})
        if (uri.starts_with(scheme)) return uri.substr(std::char_traits<char>::length(scheme));
    return uri;
}

void manual_code(Ui& ui, Column& column, const LoginShowingCode& showing) {
    paragraph(ui, column,
              ui.f("login.manual"_tk, {{"address", typed_address(showing.code.verification_uri)}}));
    Rect r = column.next(ui.font.sizes.code * 1.2f);
    label(ui, r, showing.code.user_code, TextStyle::code, ui.color.text, Role::text, true);
}

void showing_code(const State& state, Ui& ui, Rect body, const LoginShowingCode& showing) {
    bool portrait = ui.screen.h > ui.screen.w;
    Rect steps_area = body, qr_area = body;
    float qr_side = 0;
    if (portrait) {
        qr_side = std::min(body.w * 0.6f, 560.f);
        qr_area = steps_area.take_top(qr_side + ui.gap(), ui.gap());
    } else {
        // The QR code gets what is left under it after the typed-in alternative.
        float column_w = std::min(body.w * 0.36f, 500.f);
        auto manual = ui.f("login.manual"_tk, {{"address", typed_address(showing.code.verification_uri)}});
        float below =
            measure(ui, TextStyle::body, manual, column_w).y + ui.font.sizes.code * 1.2f + ui.gap() * 2;
        qr_side = std::min(column_w, body.h - below);
        steps_area.w = body.w - column_w - ui.gap() * 2;
        qr_area = Rect{body.right() - column_w, body.y, column_w, body.h};
    }
    Column qr_column(qr_area, ui.gap());
    qr_code(ui, qr_column.next(qr_side), showing.code.verification_uri_complete, ui.t("login.qr_label"_tk));

    Column column(steps_area, ui.gap());
    numbered_steps(ui, column);
    paragraph(ui, column, ui.f("login.kiosk_name"_tk, {{"kiosk", ui.content.kiosk_name}}), TextStyle::bold);
    long left = seconds_left(state.now, showing.expires_at);
    long total = std::chrono::duration_cast<seconds>(showing.code.valid_for).count();
    countdown(
        ui, column, left,
        std::min<long>(total, std::chrono::duration_cast<seconds>(state.policy.login_code_lifetime).count()),
        ui.f("login.valid_for"_tk, {{"time", duration_words(ui, left)}}));
    manual_code(ui, portrait ? column : qr_column, showing);

    Rect row = column.next(ui.m.button_h);
    float w = state.demo ? (row.w - ui.gap()) / 2 : row.w;
    if (button(ui, row.take_left(w, ui.gap()),
               {.id = "login.trouble", .icon = Icon::help, .label = ui.t("login.trouble"_tk)}))
        ui.emit(HelpPressed{HelpTopic::login});
    if (state.demo && button(ui, row,
                             {.id = "login.demo_approve",
                              .icon = Icon::smartphone,
                              .label = ui.t("login.demo_approve"_tk),
                              .kind = ButtonKind::primary}))
        ui.emit(DemoPhoneApproved{});
}

} // namespace

void draw_login(const State& state, Ui& ui) {
    Rect body = screen_frame(ui, state, {.back = true, .help = false, .end = Footer::End::stop});
    Column column(body, ui.gap());
    heading(ui, column, ui.t("login.title"_tk));
    Rect rest = column.rest();

    if (const auto* showing = std::get_if<LoginShowingCode>(&state.login)) {
        showing_code(state, ui, rest, *showing);
    } else if (const auto* failed = std::get_if<LoginFailedStage>(&state.login)) {
        message(ui, column, Tone::error, failure_text(ui, failed->reason));
        if (button(ui, column.next(ui.m.primary_button_h),
                   {.id = "login.new_code",
                    .icon = Icon::refresh,
                    .label = ui.t("login.new_code"_tk),
                    .kind = ButtonKind::primary}))
            ui.emit(NewLoginCodeRequested{});
        if (button(ui, column.next(ui.m.button_h),
                   {.id = "login.trouble", .icon = Icon::help, .label = ui.t("login.trouble"_tk)}))
            ui.emit(HelpPressed{HelpTopic::login});
    } else {
        spinner(ui, column, ui.t("login.preparing"_tk));
    }
}

} // namespace ui
