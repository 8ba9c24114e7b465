// The page renderer between the UI thread and its worker: the UI asks, turns pages and forgets while
// the worker draws in the sandboxed helper. Only the answer to the newest request ever arrives, and a
// session that ended gets none. (The ThreadSanitizer build runs these too.)
#include "../../bench/inbox.hpp"
#include "../../support/hostile_pdfs.hpp"
#include "kiosk/app/preview_renderer.hpp"
#include "kiosk/services/documents/letter_pdf.hpp"

#include <doctest/doctest.h>

using namespace kiosk;
using namespace std::chrono_literals;

namespace {

services::SandboxSettings sandbox_settings() {
    services::SandboxSettings settings;
    settings.helper = KIOSK_PDF_HELPER;
    return settings;
}

core::Bytes letter() {
    services::Letter l{"Gemeente Voorbeeld", "2 november 2026", "Besluit", "ZAAK-2026-0001", {}, "Team"};
    l.paragraphs.push_back("Uw aanvraag is toegekend.");
    return services::render_letter_pdf(l).bytes;
}

ui::PageRenderer::Request page_of(core::Bytes pdf, std::uint64_t ticket) {
    return {ticket, 7, "doc" + std::to_string(ticket), std::move(pdf), 0, 630, 765};
}

} // namespace

TEST_CASE("a page turned while the previous one is drawn: only the newest answer arrives") {
    bench::Inbox inbox;
    app::SandboxedPageRenderer pages(inbox, sandbox_settings());
    pages.request(page_of(testing_support::slow_pdf(), 1)); // about two seconds in the helper
    pages.request(page_of(letter(), 2));
    auto rendered = inbox.next_of<core::PreviewRendered>(20s);
    REQUIRE(rendered);
    CHECK(rendered->generation == 7);
    auto outcome = pages.take();
    REQUIRE(outcome);
    CHECK(outcome->ticket == 2);
    REQUIRE(outcome->page);
    CHECK(outcome->page->width > 0);
    CHECK(outcome->page->argb.size() == std::size_t(outcome->page->width) * outcome->page->height * 4);
    CHECK_FALSE(pages.take()); // an answer is taken once
}

TEST_CASE("forget while a page is drawn: that answer never arrives, the next request still works") {
    bench::Inbox inbox;
    app::SandboxedPageRenderer pages(inbox, sandbox_settings());
    pages.request(page_of(testing_support::slow_pdf(), 1));
    pages.forget(); // the resident logged out
    pages.request(page_of(letter(), 3));
    auto rendered = inbox.next_of<core::PreviewRendered>(20s);
    REQUIRE(rendered);
    auto outcome = pages.take();
    REQUIRE(outcome);
    CHECK(outcome->ticket == 3);
    CHECK_FALSE(pages.take());
}
