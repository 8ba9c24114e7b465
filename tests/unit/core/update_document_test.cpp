#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

TEST_CASE("pages are turned one at a time and stay within the document") {
    State s = on_document_screen(3);
    CHECK(s.session->page == 0);
    CHECK(update(s, PageTurned{-1}).empty());
    CHECK(s.session->page == 0);
    update(s, PageTurned{+1});
    update(s, PageTurned{+1});
    CHECK(s.session->page == 2);
    update(s, PageTurned{+1});
    CHECK(s.session->page == 2);
    update(s, PageTurned{-1});
    CHECK(s.session->page == 1);
}

TEST_CASE("the large reading view: Groter, Kleiner, and Back returns to the document first") {
    State s = on_document_screen(2);
    update(s, ReadingToggled{});
    CHECK(s.session->reading);
    update(s, ReadingToggled{});
    CHECK_FALSE(s.session->reading);
    update(s, ReadingToggled{});
    update(s, BackPressed{});
    CHECK(s.screen == Screen::document);
    CHECK_FALSE(s.session->reading);
    update(s, BackPressed{});
    CHECK(s.screen == Screen::case_detail);
}

TEST_CASE("another document opens at its first page, in the normal view") {
    State s = on_document_screen(2);
    update(s, PageTurned{+1});
    update(s, ReadingToggled{});
    update(s, BackPressed{});
    update(s, BackPressed{});
    update(s, DocumentSelected{"doc1"});
    CHECK(s.session->page == 0);
    CHECK_FALSE(s.session->reading);
}

TEST_CASE("paging means nothing while the document is still loading or elsewhere") {
    State s = on_case_screen();
    update(s, PageTurned{+1});
    update(s, ReadingToggled{});
    CHECK(s.session->page == 0);
    CHECK_FALSE(s.session->reading);
    update(s, DocumentSelected{"doc1"});
    update(s, PageTurned{+1});
    update(s, ReadingToggled{});
    CHECK(s.session->page == 0);
    CHECK_FALSE(s.session->reading);
}

TEST_CASE("the overview of a case opens as a document, made by the shell in the resident's language") {
    State s = on_case_screen();
    s.settings.language = "en";
    auto g = s.session->generation;
    auto effects = update(s, OverviewPressed{});
    REQUIRE(effects.size() == 1);
    const auto& order = std::get<MakeOverview>(effects[0]);
    CHECK(order.generation == g);
    CHECK(order.detail == detail("a"));
    CHECK(order.language == "en");
    CHECK(s.screen == Screen::document);
    CHECK(is_loading(s.session->document));
    Document overview{{overview_document_id, "Overview", {2026, 12, 1}}, "application/pdf", {'%'}, 1};
    update(s, DocumentLoaded{g, overview});
    REQUIRE(ready(s.session->document));
    CHECK(ready(s.session->document)->ref.title == "Overview");
    update(s, BackPressed{});
    CHECK(s.screen == Screen::case_detail);
}

TEST_CASE("no overview before the case has loaded") {
    State s = on_case_screen();
    s.session->detail = Loading{};
    CHECK(update(s, OverviewPressed{}).empty());
    CHECK(s.screen == Screen::case_detail);
}

TEST_CASE("a document without a page the kiosk can count is refused: never shown, never printed") {
    State s = on_case_screen();
    auto g = s.session->generation;
    update(s, DocumentSelected{"doc1"});
    REQUIRE(is_loading(s.session->document));
    update(s, DocumentLoaded{g, document(0)});
    const auto* failed = std::get_if<Failed>(&s.session->document);
    REQUIRE(failed);
    CHECK(failed->error == FetchError::unreadable);
    CHECK(update(s, PrintPressed{}).empty()); // nothing to print
    CHECK(std::holds_alternative<PrintIdle>(s.session->print));
}
