// The document screen while the sandboxed helper draws a slow page: the UI thread keeps drawing
// frames (the old way, poppler on the UI thread, froze the screen and the wipe timers for the whole
// page), the page appears when it is done, and a helper that dies leaves one plain sentence.
#include "../../bench/inbox.hpp"
#include "../../support/hostile_pdfs.hpp"
#include "../core/test_support.hpp"
#include "kiosk/app/offscreen_canvas.hpp"
#include "kiosk/app/preview_renderer.hpp"
#include "kiosk/app/wiring.hpp"
#include "source_setup.hpp"
#include "ui/ui_host.hpp"

#include <doctest/doctest.h>

#include <SDL.h>

#include <csignal>
#include <thread>

using namespace kiosk;
using namespace kiosk::core::testing;
using Clock = std::chrono::steady_clock;

namespace {

// A signed-in resident looking at a document that takes seconds to draw.
core::State looking_at_slow_document() {
    auto s = on_document_screen(1);
    auto& document = std::get<core::Document>(s.session->document);
    document.content = testing_support::slow_pdf();
    return s;
}

struct DrawnScreen {
    app::Setup config = testing_app::source_setup();
    app::OffscreenCanvas canvas{1920, 1080};
    bench::Inbox inbox;
    app::SandboxedPageRenderer pages{inbox, config.sandbox};
    ui::UiHost host{canvas.renderer(), config.content, ui::Rect{0, 0, 1920, 1080}, &pages};
    double t = 0;
    void frame(const core::State& state) {
        t += 0.016;
        host.frame(state, ui::Pointer{}, t, 0.016f);
        SDL_RenderFlush(canvas.renderer());
    }
};

} // namespace

TEST_CASE("while a slow page is drawn in the helper, the screen keeps drawing frames") {
    DrawnScreen screen;
    // The letters are baked at the first frame (Latin, Cyrillic and Arabic: a start-up cost, not a
    // frozen screen), on Welcome, before the clock starts.
    screen.frame(core::State{});
    auto state = looking_at_slow_document();
    auto start = Clock::now(), last = start;
    double longest_gap_ms = 0;
    int frames = 0;
    std::optional<core::PreviewRendered> rendered;
    while (!rendered && Clock::now() - start < std::chrono::seconds(30)) {
        screen.frame(state);
        auto now = Clock::now();
        longest_gap_ms =
            std::max(longest_gap_ms, std::chrono::duration<double, std::milli>(now - last).count());
        last = now;
        ++frames;
        if (frames == 1) CHECK(screen.host.tree().shows_text("Even geduld. We maken de pagina klaar."));
        rendered = screen.inbox.next_of<core::PreviewRendered>(std::chrono::milliseconds(0));
    }
    auto drawing_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    REQUIRE(rendered);
    MESSAGE("page drawn in " << drawing_ms << " ms; " << frames << " frames meanwhile, longest gap "
                             << longest_gap_ms << " ms");
    CHECK(drawing_ms > 500);          // slow enough that a frozen UI would show
    CHECK(longest_gap_ms < 250);      // and the UI never froze
    CHECK(frames > drawing_ms / 250); // it kept drawing all the while
    screen.frame(state);
    bool page_shown = false;
    for (const auto& node : screen.host.tree().nodes())
        if (node.id == "document.preview") page_shown = true;
    CHECK(page_shown);
}

TEST_CASE("a helper that dies mid-page: 'Dit document kunnen we niet laten zien', and nothing else") {
    DrawnScreen screen;
    std::jthread killer;
    screen.pages.sandbox().on_started = [&](pid_t pid) {
        killer = std::jthread([pid] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            kill(pid, SIGKILL);
        });
    };
    auto state = looking_at_slow_document();
    screen.frame(state);
    auto unreadable = screen.inbox.next_of<core::DocumentUnreadable>(std::chrono::seconds(20));
    REQUIRE(unreadable);
    CHECK(unreadable->document_id == "doc1");
    core::update(state, *unreadable);
    screen.frame(state);
    CHECK(screen.host.tree().shows_text("Dit document kunnen we niet laten zien."));
    CHECK_FALSE(screen.host.tree().shows_text("Printen")); // nothing else: no page, no print button
    killer = {};
}
