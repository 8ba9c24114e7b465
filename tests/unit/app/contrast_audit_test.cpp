// The contrast audit sees what the screens really paint: a theme colour that is too pale is found
// where it is drawn, and the kiosk in use (not audited) records no paint at all.
#include "../core/test_support.hpp"
#include "kiosk/app/offscreen_canvas.hpp"
#include "kiosk/app/wiring.hpp"
#include "source_setup.hpp"
#include "ui/audit.hpp"
#include "ui/ui_host.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

namespace {

std::vector<ui::AuditFinding> contrast_on_welcome(const ui::UiContent& content, const core::Settings& look) {
    app::OffscreenCanvas canvas{1920, 1080};
    ui::UiHost host{canvas.renderer(), content, ui::Rect{0, 0, 1920, 1080}};
    host.set_auditing(true);
    core::State state;
    state.settings = look;
    host.frame(state, ui::Pointer{}, 0, 0.1f);
    CHECK(host.tree().paints().size() > 10); // the header, the buttons and their words
    std::vector<ui::AuditFinding> out;
    for (auto& f : ui::audit(host.tree(), host.screen()))
        if (f.rule == "contrast") out.push_back(f);
    return out;
}

} // namespace

TEST_CASE("the contrast audit finds a pale text colour on the screen where it is painted") {
    auto config = testing_app::source_setup();
    const core::Settings dutch{"nl", core::TextSize::normal, core::Contrast::normal};
    const core::Settings arabic_high{"ar", core::TextSize::largest, core::Contrast::high};
    CHECK(contrast_on_welcome(config.content, dutch).empty());
    CHECK(contrast_on_welcome(config.content, arabic_high).empty());

    config.content.theme.normal.text = {170, 170, 170}; // grey on white: 2.3:1
    auto found = contrast_on_welcome(config.content, dutch);
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].detail.find("#AAAAAA on #") != std::string::npos);
    CHECK(contrast_on_welcome(config.content, arabic_high).empty()); // the other palette is untouched

    // Dark letters pass on the white screen but not on the blue header band painted under them.
    auto dark_header = config.content;
    dark_header.theme.normal.header_text = {26, 26, 26};
    auto on_header = contrast_on_welcome(dark_header, dutch);
    REQUIRE_FALSE(on_header.empty());
    CHECK(on_header[0].detail.find("#1A1A1A on #00578A") != std::string::npos);

    config.content.theme.high_contrast.header_text = {90, 90, 90}; // on the high palette's black header
    CHECK_FALSE(contrast_on_welcome(config.content, arabic_high).empty());
}

TEST_CASE("a kiosk in use records no paint: the contrast audit costs it nothing") {
    auto config = testing_app::source_setup();
    app::OffscreenCanvas canvas{1920, 1080};
    ui::UiHost host{canvas.renderer(), config.content, ui::Rect{0, 0, 1920, 1080}};
    host.frame(core::State{}, ui::Pointer{}, 0, 0.1f);
    CHECK_FALSE(host.tree().nodes().empty());
    CHECK(host.tree().paints().empty());
}
