#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

TEST_CASE("requests arrive newest first") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CasesLoaded{g,
                          {summary("old", {2025, 1, 5}), summary("new", {2026, 11, 2}),
                           summary("mid", {2026, 3, 1})}});
    const auto* cases = ready(s.session->cases);
    REQUIRE(cases);
    REQUIRE(cases->size() == 3);
    CHECK((*cases)[0].id == "new");
    CHECK((*cases)[1].id == "mid");
    CHECK((*cases)[2].id == "old");
}

TEST_CASE("opening the list does not fetch again while the first fetch is running") {
    State s = signed_in_state();
    CHECK(update(s, MyCasesPressed{}).empty());
    CHECK(s.screen == Screen::cases);
}

TEST_CASE("a failed list can be retried from its screen") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, MyCasesPressed{});
    update(s, CasesFailed{g, FetchError::unreachable});
    CHECK(std::get<Failed>(s.session->cases).error == FetchError::unreachable);
    CHECK(update(s, RetryPressed{}) == Effects{FetchCases{g, resident().bsn}});
    CHECK(is_loading(s.session->cases));
}

TEST_CASE("selecting a request fetches its details once") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CasesLoaded{g, {summary("a", {2026, 11, 2})}});
    update(s, MyCasesPressed{});
    CHECK(update(s, CaseSelected{"a"}) == Effects{FetchCase{g, "a", resident().bsn}});
    CHECK(s.screen == Screen::case_detail);
    update(s, CaseLoaded{g, detail("a")});
    update(s, BackPressed{});
    CHECK(s.screen == Screen::cases);
    CHECK(update(s, CaseSelected{"a"}).empty()); // already loaded
}

TEST_CASE("details of another request than the one asked for are not shown") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CasesLoaded{g, {summary("a", {2026, 11, 2})}});
    update(s, MyCasesPressed{});
    update(s, CaseSelected{"a"});
    update(s, CaseLoaded{g, detail("b")});
    CHECK(is_loading(s.session->detail));
}

TEST_CASE("a document can only be opened from the request it belongs to") {
    State s = on_case_screen();
    auto g = s.session->generation;
    CHECK(update(s, DocumentSelected{"not-listed"}).empty());
    CHECK(s.screen == Screen::case_detail);
    CHECK(update(s, DocumentSelected{"doc1"}) == Effects{FetchDocument{g, "a", "doc1", resident().bsn}});
    CHECK(s.screen == Screen::document);
}

TEST_CASE("results for a wiped session are dropped") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, StopPressed{});
    CHECK(update(s, CasesLoaded{g, {summary("a", {2026, 11, 2})}}).empty());
    CHECK_FALSE(s.session);
}

TEST_CASE("results for an earlier session never reach the next resident") {
    State s = signed_in_state();
    auto first = s.session->generation;
    update(s, StopPressed{});
    update(s, DonePressed{});
    update(s, BeginPressed{});
    update(s, LoginChosen{});
    update(s, LoginCodeReceived{s.login_attempt, code()});
    update(s, LoginSucceeded{s.login_attempt, Identity{Secret("123456782"), "Someone Else"}});
    REQUIRE(s.session);
    CHECK(s.session->generation != first);
    update(s, CasesLoaded{first, {summary("a", {2026, 11, 2})}});
    CHECK(is_loading(s.session->cases));
}

TEST_CASE("a late answer for the first document does not appear as the second") {
    State s = on_document_screen();
    auto g = s.session->generation;
    update(s, BackPressed{});
    auto d = detail("a");
    d.documents.push_back({"doc2", "Besluit", {2026, 11, 9}});
    s.session->detail = d;
    update(s, DocumentSelected{"doc1"});
    update(s, BackPressed{});
    update(s, DocumentSelected{"doc2"});
    update(s, DocumentLoaded{g, document()}); // doc1's answer, late
    CHECK(is_loading(s.session->document));
    update(s, DocumentFailed{g, "doc1", FetchError::timed_out});
    CHECK(is_loading(s.session->document));
    update(s, DocumentFailed{g, "doc2", FetchError::not_found});
    CHECK(std::get<Failed>(s.session->document).error == FetchError::not_found);
}

TEST_CASE("a failed request detail is matched to the request asked for") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CasesLoaded{g, {summary("a", {2026, 11, 2}), summary("b", {2026, 11, 1})}});
    update(s, MyCasesPressed{});
    update(s, CaseSelected{"a"});
    update(s, BackPressed{});
    update(s, CaseSelected{"b"});
    update(s, CaseFailed{g, "a", FetchError::unreachable});
    CHECK(is_loading(s.session->detail));
}

TEST_CASE("a list the page cap cut short is marked, so the screen can say it shows the newest only") {
    State s = signed_in_state();
    auto g = s.session->generation;
    update(s, CasesLoaded{g, {summary("a", {2026, 11, 2})}, /*newest_only=*/true});
    CHECK(s.session->newest_cases_only);
    update(s, StopPressed{}); // and the next resident starts without the mark
    CHECK_FALSE(s.session);
    s = signed_in_state();
    update(s, CasesLoaded{s.session->generation, {summary("a", {2026, 11, 2})}});
    CHECK_FALSE(s.session->newest_cases_only);
}
