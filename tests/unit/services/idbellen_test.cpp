// The ID-bellen service's answer is checked field by field before the kiosk dials or sends keys.
#include "kiosk/services/idbellen/call_ticket_parser.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using kiosk::services::parse_call_ticket;

namespace {

nlohmann::json good() {
    return {{"ref", "3f6c1b0e9a7d4c2fb1e8a5d6c7b8a9f0"},
            {"sip_uri", "sip:idbellen@kcc.gemeente.nl"},
            {"number", "14 024"},
            {"code", "4821073596"},
            {"expires_in", 600},
            {"expires_at", "2026-12-02T10:15:00Z"}};
}

std::string error_of(const nlohmann::json& answer) {
    try {
        parse_call_ticket(answer.dump());
    } catch (const std::exception& e) {
        return e.what();
    }
    return "accepted";
}

} // namespace

TEST_CASE("a good answer becomes a ticket") {
    auto t = parse_call_ticket(good().dump());
    CHECK(t.ref == "3f6c1b0e9a7d4c2fb1e8a5d6c7b8a9f0");
    CHECK(t.sip_address == "sip:idbellen@kcc.gemeente.nl");
    CHECK(t.number == "14 024");
    CHECK(t.code.reveal() == "4821073596");
    CHECK(t.valid_for == std::chrono::seconds(600));
}

TEST_CASE("every field is checked, and the message names the field but never quotes a code") {
    auto with = [](const char* field, nlohmann::json value) {
        auto a = good();
        a[field] = value;
        return a;
    };
    CHECK(error_of(with("ref", "short")).find("ref") != std::string::npos);
    CHECK(error_of(with("ref", "3f6c1b0e9a7d4c2f/../../admin")).find("ref") != std::string::npos);
    CHECK(error_of(with("sip_uri", "tel:14024")).find("sip_uri") != std::string::npos);
    CHECK(error_of(with("sip_uri", "sip:a@b\r\nX: y")).find("sip_uri") != std::string::npos);
    CHECK(error_of(with("number", "call me")).find("number") != std::string::npos);
    CHECK(error_of(with("expires_in", 0)).find("expires_in") != std::string::npos);
    CHECK(error_of(with("expires_in", 86400)).find("expires_in") != std::string::npos);
    for (const nlohmann::json& code : {nlohmann::json("48210#3596"), nlohmann::json("123"),
                                       nlohmann::json("123456789012345678901"), nlohmann::json(4821073596)}) {
        auto message = error_of(with("code", code));
        CHECK(message.find("code") != std::string::npos);
        CHECK(message.find("4821") == std::string::npos);
        CHECK(message.find("#") == std::string::npos);
    }
    auto missing = good();
    missing.erase("code");
    CHECK(error_of(missing).find("code") != std::string::npos);
    CHECK(error_of(nlohmann::json::array()) != "accepted");
}
