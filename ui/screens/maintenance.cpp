// Maintenance, for a technician's badge between visits: the self-tests and their results, the switch
// for "buiten gebruik", what runs on this kiosk (id, software, bundle, content) and the health log.
// Nothing on it belongs to a resident. Emits: SelfTestsRequested, TestPagePressed, MaintenanceToggled,
// MaintenanceDone.
#include "ui/screens/frame.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/scroll_area.hpp"

#include <chrono>

namespace ui {
namespace {

using namespace kiosk::core;

std::string test_name(const Ui& ui, const std::string& name) {
    if (name == "printer") return ui.t("maintenance.test.printer"_tk);
    if (name == "test_page") return ui.t("maintenance.test.test_page"_tk);
    if (name == "card_reader") return ui.t("maintenance.test.card_reader"_tk);
    if (name == "network") return ui.t("maintenance.test.network"_tk);
    if (name == "phone") return ui.t("maintenance.test.phone"_tk);
    if (name == "speech") return ui.t("maintenance.test.speech"_tk);
    return ui.f("maintenance.test.backend"_tk, {{"name", name}}); // oidc, zaken, catalogi, ...
}

std::string reason_words(const Ui& ui, const std::string& code) {
    if (code == "out_of_paper") return ui.t("maintenance.reason.out_of_paper"_tk);
    if (code == "paper_jam") return ui.t("maintenance.reason.paper_jam"_tk);
    if (code == "toner_empty") return ui.t("maintenance.reason.toner_empty"_tk);
    if (code == "cover_open") return ui.t("maintenance.reason.cover_open"_tk);
    if (code == "printer_offline" || code == "unreachable") return ui.t("maintenance.unreachable"_tk);
    if (code == "not_configured") return ui.t("maintenance.not_configured"_tk);
    if (code == "no_reader") return ui.t("maintenance.no_reader"_tk);
    if (code == "no_sound") return ui.t("maintenance.no_sound"_tk);
    return code; // a technical fact for the technician: an address, a status code
}

std::string result_line(const Ui& ui, const SelfTest& test) {
    switch (test.outcome) {
    case TestOutcome::running:
        return test_name(ui, test.name) + ": " + ui.t("maintenance.running"_tk);
    case TestOutcome::passed:
        return test_name(ui, test.name) + ": " +
               (test.detail.empty() ? ui.t("maintenance.passed"_tk)
                                    : ui.t("maintenance.passed"_tk) + " (" + test.detail + ")");
    case TestOutcome::failed:
        return test_name(ui, test.name) + ": " + reason_words(ui, test.detail);
    }
    return {};
}

// Every entry's words take the entry's detail (a staff member's name) where the text has {detail}.
TextKey log_key(HealthEvent what) {
    switch (what) {
    case HealthEvent::volunteer_badge:
        return "maintenance.log.volunteer"_tk;
    case HealthEvent::technician_badge:
        return "maintenance.log.technician"_tk;
    case HealthEvent::technician_waits:
        return "maintenance.log.waits"_tk;
    case HealthEvent::badge_removed:
        return "maintenance.log.badge_removed"_tk;
    case HealthEvent::staff_called:
        return "maintenance.log.staff_called"_tk;
    case HealthEvent::reader_lost:
        return "maintenance.log.reader_lost"_tk;
    case HealthEvent::reader_back:
        return "maintenance.log.reader_back"_tk;
    case HealthEvent::maintenance_on:
        return "maintenance.log.out_of_use_on"_tk;
    case HealthEvent::maintenance_off:
        return "maintenance.log.out_of_use_off"_tk;
    case HealthEvent::self_test_failed:
        return "maintenance.log.test_failed"_tk;
    }
    return "maintenance.log.test_failed"_tk;
}

std::string log_line(const Ui& ui, const State& state, const HealthNote& note) {
    auto ago = std::chrono::duration_cast<std::chrono::minutes>(state.now - note.at).count();
    std::string detail = note.what == HealthEvent::self_test_failed
                             ? test_name(ui, note.detail) + ": " + reason_words(ui, note.reason)
                             : note.detail;
    return ui.f("maintenance.log.ago"_tk, {{"minutes", std::to_string(ago)}}) + " · " +
           ui.f(log_key(note.what), {{"detail", detail}});
}

} // namespace

// Left: what the technician does (scrolling only where larger letters need it). Right: what the kiosk
// reports, scrolling, so ten test results, the facts and the whole log fit at any text size.
void draw_maintenance(const State& state, Ui& ui) {
    Rect body = screen_frame(ui, state, {.back = false, .help = false, .end = Footer::End::none});
    Rect left = body.take_left(body.w * 0.4f - ui.gap() / 2, ui.gap());
    { // the actions' scrolling part clips whatever is drawn while it lives
        ScrollArea action_area(ui, left, "maintenance.actions");
        Column& actions = action_area.column();
        heading(ui, actions, ui.t("maintenance.title"_tk));
        if (column_button(
                ui, actions, ui.m.button_h,
                {.id = "maintenance.retest", .icon = Icon::refresh, .label = ui.t("maintenance.retest"_tk)}))
            ui.emit(SelfTestsRequested{});
        if (column_button(ui, actions, ui.m.button_h,
                          {.id = "maintenance.test_page",
                           .icon = Icon::print,
                           .label = ui.t("maintenance.test_page"_tk)}))
            ui.emit(TestPagePressed{});
        if (column_button(ui, actions, ui.m.button_h,
                          {.id = "maintenance.out_of_use",
                           .icon = Icon::build,
                           .label = ui.t("maintenance.out_of_use"_tk),
                           .role = Role::toggle,
                           .selected = state.maintenance}))
            ui.emit(MaintenanceToggled{});
        if (column_button(ui, actions, ui.m.primary_button_h,
                          {.id = "maintenance.done",
                           .icon = Icon::check,
                           .label = ui.t("maintenance.done"_tk),
                           .kind = ButtonKind::primary,
                           .centered = true}))
            ui.emit(MaintenanceDone{});
    }

    ScrollArea report(ui, body, "maintenance.report");
    Column& column = report.column();
    paragraph(ui, column, ui.t("maintenance.tests"_tk), TextStyle::bold, Role::heading);
    for (const auto& test : state.self_tests) {
        auto tone = test.outcome == TestOutcome::failed   ? Tone::error
                    : test.outcome == TestOutcome::passed ? Tone::success
                                                          : Tone::info;
        message(ui, column, tone, result_line(ui, test));
    }
    if (state.self_tests.empty()) spinner(ui, column, ui.t("maintenance.running"_tk));

    const auto& about = ui.content.about;
    paragraph(ui, column, ui.t("maintenance.about"_tk), TextStyle::bold, Role::heading);
    auto none = ui.t("maintenance.none"_tk);
    paragraph(ui, column,
              ui.f("maintenance.kiosk_id"_tk, {{"id", about.kiosk_id.empty() ? none : about.kiosk_id}}));
    paragraph(ui, column, ui.f("maintenance.software"_tk, {{"version", about.software}}));
    paragraph(ui, column,
              ui.f("maintenance.bundle"_tk, {{"version", about.bundle.empty() ? none : about.bundle}}));
    paragraph(ui, column, ui.f("maintenance.content"_tk, {{"version", about.content}}));
    paragraph(ui, column, ui.t("maintenance.log"_tk), TextStyle::bold, Role::heading);
    if (state.health_log.empty()) paragraph(ui, column, none);
    for (auto it = state.health_log.rbegin(); it != state.health_log.rend(); ++it) // the newest first
        paragraph(ui, column, log_line(ui, state, *it));
}

} // namespace ui
