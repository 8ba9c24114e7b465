// The resident's cases from the fixture ZGW server (tests/peers/zgw/fixture.mjs), reached through one
// Prism validation proxy per API with the official specs (--errors): a request or answer that breaks the
// standard turns into an error and fails the test. Faults Prism would mask (malformed JSON, the 204 of an
// empty download, statuses of older servers) are tested against the fixture directly.
#include "../support/pdf_pages.hpp"
#include "event_sink.hpp"
#include "kiosk/services/zgw/case_loader.hpp"
#include "kiosk/services/zgw/zgw_cases.hpp"
#include "zgw_peer.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <thread>

using namespace kiosk;
using namespace kiosk::services;
using namespace testing_peers;
using core::FetchError;
using nlohmann::json;

namespace {

std::string id(const char* pointer) {
    return fixture_ids().at(json::json_pointer(pointer)).get<std::string>();
}
const std::string& bsn_a() {
    static const auto bsn = id("/residentA/bsn");
    return bsn;
}
const std::string& bsn_b() {
    static const auto bsn = id("/residentB/bsn");
    return bsn;
}

// The loader as the service runs it, synchronously.
struct Loader {
    explicit Loader(zgw::ZgwSettings s) : client(std::move(s), now), loader(client, cache, sandbox) {}
    explicit Loader(const ZgwPeer& peer) : Loader(peer.settings()) {}
    static long long now() {
        return std::chrono::duration_cast<std::chrono::seconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
    zgw::ZgwClient client;
    zgw::CatalogueCache cache{std::chrono::seconds(3600), [] { return std::chrono::steady_clock::now(); }};
    PdfSandbox sandbox{testing_support::test_sandbox()};
    zgw::CaseLoader loader;
    zgw::Cancelled never = [] { return false; };
};

FetchError failure_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const zgw::ZgwFailure& e) {
        return e.kind;
    }
    FAIL("expected a failure");
    return FetchError::invalid_answer;
}

std::set<std::string> ids_of(const std::vector<core::CaseSummary>& cases) {
    std::set<std::string> out;
    for (const auto& c : cases)
        out.insert(c.id);
    return out;
}

void check_requests_name_the_kiosk(const json& stats) {
    REQUIRE(stats.at("log").is_array());
    for (const auto& entry : stats.at("log")) {
        CHECK(entry.at("userId") == "zuil-test-kiosk"); // never the BSN
        CHECK(entry.at("status").get<int>() < 400);
    }
}

} // namespace

TEST_CASE("a resident's cases over several pages, through Prism: only what a resident portal shows") {
    ZgwPeer peer({"--page-size", "10"});
    Loader l(peer);
    auto cases = l.loader.cases(bsn_a(), l.never).cases;

    CHECK(cases.size() == fixture_ids().at("/counts/visibleForAInPortal"_json_pointer).get<std::size_t>());
    auto seen = ids_of(cases);
    CHECK_FALSE(seen.count(id("/caseInternZaaktype")));
    CHECK_FALSE(seen.count(id("/caseConfidential")));
    CHECK_FALSE(seen.count(id("/caseWithoutStatus")));
    CHECK_FALSE(seen.count(id("/caseOfB")));
    CHECK(seen.count(id("/richCase/uuid")));
    for (const auto& c : cases) {
        CHECK_FALSE(c.title.empty());          // from the zaaktype
        CHECK_FALSE(c.identification.empty()); // the number on the letters
        CHECK(c.registered.valid());
        if (c.closed)
            CHECK_FALSE(c.result.empty());
        else
            CHECK_FALSE(c.current_step.empty());
    }
    auto stats = peer.stats();
    check_requests_name_the_kiosk(stats);
    MESSAGE("cold list of " << cases.size() << " cases: " << l.client.counts().requests << " requests in "
                            << l.client.counts().rounds << " rounds");

    SUBCASE("a second visit uses the cached catalogue: no Catalogi requests") {
        peer.reset();
        auto again = l.loader.cases(bsn_a(), l.never).cases;
        CHECK(ids_of(again) == seen);
        auto stats_again = peer.stats(); // kept: a range-for over a temporary's member outlives it
        for (const auto& entry : stats_again.at("log"))
            CHECK_FALSE(entry.at("path").get<std::string>().starts_with("/catalogi"));
    }
}

TEST_CASE("without expand on the server the same list comes from separate requests") {
    ZgwPeer expanding({"--page-size", "10"});
    ZgwPeer plain({"--page-size", "10", "--no-expand"});
    Loader a(expanding), b(plain);
    auto with = a.loader.cases(bsn_a(), a.never).cases;
    auto without = b.loader.cases(bsn_a(), b.never).cases;
    CHECK(with == without);
    CHECK(b.client.counts().requests > a.client.counts().requests);
    // Once refused, expand is not asked again.
    plain.reset();
    b.loader.cases(bsn_a(), b.never);
    auto plain_stats = plain.stats();
    for (const auto& entry : plain_stats.at("log"))
        CHECK(entry.at("query").get<std::string>().find("expand") == std::string::npos);
}

TEST_CASE("the page cap reads the newest cases first, and says that older ones were left out") {
    ZgwPeer peer({"--page-size", "10"});
    Loader all(peer); // four pages of ten: within the default cap of five
    auto whole = all.loader.cases(bsn_a(), all.never);
    CHECK_FALSE(whole.newest_only);
    auto s = peer.settings();
    s.max_pages = 2;
    Loader l(s);
    peer.reset();
    auto capped = l.loader.cases(bsn_a(), l.never);
    int list_pages = 0;
    auto stats = peer.stats();
    for (const auto& entry : stats.at("log"))
        if (entry.at("path").get<std::string>().ends_with("/zaken")) {
            ++list_pages;
            CHECK(entry.at("query").get<std::string>().find("ordering=-startdatum") != std::string::npos);
        }
    CHECK_MESSAGE(list_pages == 2, stats.dump());
    CHECK(capped.newest_only); // the screen says "U ziet de nieuwste …" instead of pretending
    CHECK(capped.cases.size() < whole.cases.size());
    // What is left out is the oldest: every case shown is at least as new as every case left out.
    std::set<std::string> shown;
    core::Date oldest_shown{9999, 12, 31};
    for (const auto& c : capped.cases) {
        shown.insert(c.identification);
        oldest_shown = std::min(oldest_shown, c.registered);
    }
    for (const auto& c : whole.cases)
        if (!shown.count(c.identification)) CHECK(c.registered <= oldest_shown);
    std::set<std::string> whole_ids;
    for (const auto& c : whole.cases)
        whole_ids.insert(c.identification);
    for (const auto& newest : fixture_ids().at("/newestOfA"_json_pointer))
        if (whole_ids.count(newest.get<std::string>())) CHECK(shown.count(newest.get<std::string>()));
    // The resident has more roles than two pages hold: the cases the capped role list did not reach
    // were asked about one by one, and none of the cases read was lost on the way.
    int one_case_role_queries = 0;
    for (const auto& entry : stats.at("log"))
        if (entry.at("path").get<std::string>().ends_with("/rollen") &&
            entry.at("query").get<std::string>().find("zaak=") != std::string::npos)
            ++one_case_role_queries;
    CHECK(one_case_role_queries > 0);
    REQUIRE(capped.cases.size() <= whole.cases.size());
    for (std::size_t i = 0; i < capped.cases.size(); ++i)
        CHECK(capped.cases[i].identification == whole.cases[i].identification);
}

TEST_CASE("a case shared with a neighbour who objected is the applicant's alone") {
    ZgwPeer peer;
    Loader l(peer);
    const auto shared = id("/sharedCase/uuid");
    CHECK(ids_of(l.loader.cases(bsn_a(), l.never).cases).count(shared)); // A applied: initiator
    // B is belanghebbende: the BSN filter finds the case for her, the kiosk's role check does not list it.
    auto of_b = l.loader.cases(bsn_b(), l.never).cases;
    CHECK_FALSE(ids_of(of_b).count(shared));
    CHECK(of_b.size() == fixture_ids().at("/counts/visibleForBAsInitiator"_json_pointer).get<std::size_t>());
    CHECK(of_b.size() < fixture_ids().at("/counts/visibleForBInPortal"_json_pointer).get<std::size_t>());
    CHECK(failure_of([&] { l.loader.one_case(shared, bsn_b(), l.never); }) == FetchError::not_found);
    CHECK(failure_of([&] { l.loader.document(shared, id("/sharedCase/document"), bsn_b(), l.never); }) ==
          FetchError::not_found);
    CHECK(l.loader.document(shared, id("/sharedCase/document"), bsn_a(), l.never).page_count > 0);

    SUBCASE("a municipality that lets interested parties read along says so in its configuration") {
        auto s = peer.settings();
        s.rules.roles = {"initiator", "belanghebbende"};
        Loader wider(s);
        CHECK(ids_of(wider.loader.cases(bsn_b(), wider.never).cases).count(shared));
    }
}

TEST_CASE("long texts as municipalities write them arrive whole; the screens shorten, never the data") {
    ZgwPeer peer;
    Loader l(peer);
    const auto& texts = fixture_ids().at("/longTexts"_json_pointer);
    auto long_case = texts.at("caseUuid").get<std::string>();
    auto statustekst = texts.at("statustekst").get<std::string>();
    REQUIRE(statustekst.size() > 500);
    bool listed = false;
    for (const auto& c : l.loader.cases(bsn_a(), l.never).cases)
        if (c.id == long_case) {
            listed = true;
            CHECK(c.current_step == statustekst);
            CHECK(c.title == texts.at("zaaktypeOmschrijving").get<std::string>());
        }
    CHECK(listed);
    auto detail = l.loader.one_case(long_case, bsn_a(), l.never);
    CHECK(std::any_of(detail.documents.begin(), detail.documents.end(), [&](const core::DocumentRef& d) {
        return d.id == texts.at("documentUuid").get<std::string>() &&
               d.title == texts.at("documentTitel").get<std::string>();
    }));
}

TEST_CASE("one case: the timeline, its visible documents, and only for the resident on it") {
    ZgwPeer peer;
    Loader l(peer);
    auto detail = l.loader.one_case(id("/richCase/uuid"), bsn_a(), l.never);
    CHECK(detail.summary.id == id("/richCase/uuid"));
    REQUIRE_FALSE(detail.steps.empty());
    auto current = std::count_if(detail.steps.begin(), detail.steps.end(),
                                 [](const core::CaseStep& s) { return s.state == core::StepState::current; });
    CHECK(current == 1);
    CHECK(detail.steps.front().state == core::StepState::done);
    CHECK(detail.steps.front().reached_on.has_value());
    CHECK(detail.steps.back().state == core::StepState::coming); // coming steps from the statustypen
    CHECK_FALSE(detail.steps.back().reached_on.has_value());

    std::set<std::string> documents;
    for (const auto& d : detail.documents)
        documents.insert(d.id);
    CHECK(documents == std::set<std::string>{id("/documents/letter2p/uuid"), id("/documents/letter1p/uuid"),
                                             id("/documents/empty204/uuid")});
    for (std::size_t i = 1; i < detail.documents.size(); ++i)
        CHECK(detail.documents[i - 1].date >= detail.documents[i].date); // newest first
    check_requests_name_the_kiosk(peer.stats());
    MESSAGE("one case: " << l.client.counts().requests << " requests in " << l.client.counts().rounds
                         << " rounds");

    SUBCASE("another resident's case asked for directly is not found") {
        CHECK(failure_of([&] { l.loader.one_case(id("/caseOfB"), bsn_a(), l.never); }) ==
              FetchError::not_found);
    }
    SUBCASE("internal and confidential cases are not found either, even by their id") {
        CHECK(failure_of([&] { l.loader.one_case(id("/caseInternZaaktype"), bsn_a(), l.never); }) ==
              FetchError::not_found);
        CHECK(failure_of([&] { l.loader.one_case(id("/caseConfidential"), bsn_a(), l.never); }) ==
              FetchError::not_found);
    }
    SUBCASE("an id that is no uuid never reaches the server; an unknown uuid is not found") {
        peer.reset();
        CHECK(failure_of([&] { l.loader.one_case("../zaken", bsn_a(), l.never); }) == FetchError::not_found);
        CHECK(peer.stats().at("requests") == 0);
        CHECK(failure_of([&] {
                  l.loader.one_case("00000000-0000-4000-8000-000000000000", bsn_a(), l.never);
              }) == FetchError::not_found);
    }
}

TEST_CASE("documents: downloaded into memory after the role, link and visibility checks") {
    ZgwPeer peer;
    Loader l(peer);
    auto letter = l.loader.document(id("/richCase/uuid"), id("/documents/letter2p/uuid"), bsn_a(), l.never);
    CHECK(letter.mime_type == "application/pdf");
    CHECK(letter.page_count == 2);
    REQUIRE(letter.content.size() > 4);
    CHECK(std::string(letter.content.begin(), letter.content.begin() + 4) == "%PDF");
    CHECK(l.loader.document(id("/richCase/uuid"), id("/documents/letter1p/uuid"), bsn_a(), l.never)
              .page_count == 1);

    for (const char* hidden :
         {"/documents/concept/uuid", "/documents/expired/uuid", "/documents/confidential/uuid"})
        CHECK(failure_of([&] { l.loader.document(id("/richCase/uuid"), id(hidden), bsn_a(), l.never); }) ==
              FetchError::not_found);
    // A document of another case, asked for through this case: the link check refuses it.
    CHECK(failure_of([&] {
              l.loader.document(id("/richCase/uuid"), id("/documents/otherCaseLetter/uuid"), bsn_a(),
                                l.never);
          }) == FetchError::not_found);
    // Another resident's case: the role check refuses before the download.
    CHECK(failure_of([&] {
              l.loader.document(id("/caseOfB"), id("/documents/letter2p/uuid"), bsn_a(), l.never);
          }) == FetchError::not_found);
}

TEST_CASE("faults of the server give plain failures (fixture directly: Prism would mask them)") {
    ZgwPeer peer({"--direct"});
    auto s = peer.settings();
    s.request_timeout = std::chrono::seconds(1);
    Loader l(s);

    SUBCASE("an empty download (204)") {
        CHECK(failure_of([&] {
                  l.loader.document(id("/richCase/uuid"), id("/documents/empty204/uuid"), bsn_a(), l.never);
              }) == FetchError::no_content);
    }
    SUBCASE("malformed JSON") {
        peer.mode({{"malformed", true}});
        CHECK(failure_of([&] { l.loader.cases(bsn_a(), l.never); }) == FetchError::invalid_answer);
    }
    SUBCASE("server errors and refused tokens") {
        peer.mode({{"failStatus", 500}});
        CHECK(failure_of([&] { l.loader.cases(bsn_a(), l.never); }) == FetchError::unreachable);
        peer.mode({{"failStatus", 403}});
        CHECK(failure_of([&] { l.loader.cases(bsn_a(), l.never); }) == FetchError::unreachable);
    }
    SUBCASE("a slow server: every request has a timeout") {
        peer.mode({{"latencyMs", 2500}});
        auto started = std::chrono::steady_clock::now();
        CHECK(failure_of([&] { l.loader.cases(bsn_a(), l.never); }) == FetchError::timed_out);
        CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(2));
    }
    SUBCASE("a wrong secret is refused by the server") {
        auto wrong = peer.settings();
        wrong.credentials.secret = "not-the-secret-0123456789";
        Loader bad(wrong);
        CHECK(failure_of([&] { bad.loader.cases(bsn_a(), bad.never); }) == FetchError::unreachable);
    }
}

TEST_CASE("statuses without indicatieLaatstGezetteStatus, as older servers send them") {
    ZgwPeer peer({"--direct", "--legacy-statuses"});
    Loader l(peer);
    auto cases = l.loader.cases(bsn_a(), l.never).cases;
    CHECK(cases.size() == fixture_ids().at("/counts/visibleForAInPortal"_json_pointer).get<std::size_t>());
    auto detail = l.loader.one_case(id("/richCase/uuid"), bsn_a(), l.never);
    CHECK(std::count_if(detail.steps.begin(), detail.steps.end(),
                        [](const core::CaseStep& s) { return s.state == core::StepState::current; }) == 1);
}

TEST_CASE("the case service: results as events; a wipe drops what is under way") {
    ZgwPeer peer;
    EventSink sink;
    ZgwCases service(sink, peer.settings(), testing_support::test_sandbox());
    service.fetch_cases(7, core::Secret(bsn_a()));
    auto loaded = sink.wait_for<core::CasesLoaded>(std::chrono::seconds(20));
    REQUIRE(loaded);
    CHECK(loaded->generation == 7);
    CHECK_FALSE(loaded->cases.empty());

    service.fetch_case(8, id("/caseOfB"), core::Secret(bsn_a()));
    auto refused = sink.wait_for<core::CaseFailed>(std::chrono::seconds(20));
    REQUIRE(refused);
    CHECK(refused->error == FetchError::not_found);

    peer.mode({{"latencyMs", 1500}});
    auto requests_before = peer.stats().at("requests").get<int>();
    service.fetch_cases(9, core::Secret(bsn_a()));
    // Under way: the fixture has the request (it counts arrivals before it answers).
    for (int i = 0; i < 200 && peer.stats().at("requests").get<int>() == requests_before; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(peer.stats().at("requests").get<int>() > requests_before);
    service.wipe();
    peer.mode({{"latencyMs", 0}});
    // The worker runs one request after another: once a later request's answer is in, the wiped one
    // would have been posted before it, if at all.
    service.fetch_cases(10, core::Secret(bsn_a()));
    auto later = sink.wait_for_if<core::CasesLoaded>([](const auto& e) { return e.generation == 10; },
                                                     std::chrono::seconds(20));
    REQUIRE(later);
    CHECK(sink.count_of<core::CasesLoaded>() == 2); // generation 7 and 10; nothing of 9
    CHECK(sink.count_of<core::CasesFailed>() == 0);
}
