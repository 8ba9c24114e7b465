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
