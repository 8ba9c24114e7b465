#include "kiosk/services/demo/demo_data.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace kiosk::services;

TEST_CASE("the shipped demo data has the six requests of varied shape") {
    auto data = load_demo_data(KIOSK_SOURCE_DIR "/content/demo/cases.json");
    CHECK(data.cases.size() >= 6);
    int closed = 0, documents = 0;
    for (const auto& c : data.cases) {
        closed += c.detail.summary.closed;
        documents += static_cast<int>(c.documents.size());
        CHECK_FALSE(c.detail.steps.empty());
        CHECK_FALSE(c.detail.summary.current_step.empty());
    }
    CHECK(closed >= 1);
    CHECK(documents >= 5);
}

TEST_CASE("malformed demo data is refused with the place of the error") {
    auto error_of = [](const std::string& json) -> std::string {
        try {
            parse_demo_data(json);
        } catch (const std::exception& e) {
            return e.what();
        }
        return "accepted";
    };
    CHECK(error_of("{").find("not valid JSON") != std::string::npos);
    CHECK(error_of("[]").find("JSON object") != std::string::npos);
    std::string base =
        R"({"municipality":"G","resident":{"display_name":"A","bsn":"1"},"call_code":"12","call_number":"14 024","cases":[)";
    CHECK(error_of(base + "]}").find("'cases' is empty") != std::string::npos);
    auto bad_date = error_of(
        base +
        R"({"id":"x","identification":"Z","title":"T","registered":"2026-13-01","closed":false,"steps":[],"documents":[]}]})");
    CHECK(bad_date.find("cases[0].registered") != std::string::npos);
    auto bad_state = error_of(
        base +
        R"({"id":"x","identification":"Z","title":"T","registered":"2026-01-01","closed":false,"steps":[{"title":"s","state":"maybe"}],"documents":[]}]})");
    CHECK(bad_state.find("steps[0].state") != std::string::npos);
}

TEST_CASE("dates are read strictly") {
    CHECK(parse_date("2026-11-02") == kiosk::core::Date{2026, 11, 2});
    CHECK_THROWS(parse_date("2026-11-2"));
    CHECK_THROWS(parse_date("02-11-2026"));
    CHECK_THROWS(parse_date("2026-11-02x"));
}
