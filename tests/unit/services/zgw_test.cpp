#include "kiosk/services/oidc/jwt.hpp"
#include "kiosk/services/zgw/catalogue_cache.hpp"
#include "kiosk/services/zgw/timeline.hpp"
#include "kiosk/services/zgw/visibility.hpp"
#include "kiosk/services/zgw/zgw_client.hpp"
#include "kiosk/services/zgw/zgw_token.hpp"

#include "../../support/error_of.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace kiosk;
using namespace kiosk::services::zgw;
using nlohmann::json;

using testing_support::error_of;

namespace {

const std::string zaken = "https://zaken.example/api/v1/";
const std::string catalogi = "https://catalogi.example/api/v1/";

json zaak_json() {
    return {{"url", zaken + "zaken/1"},
            {"identificatie", "ZAAK-2026-0001"},
            {"omschrijving", "Dakkapel achterzijde"},
            {"zaaktype", catalogi + "zaaktypen/1"},
            {"status", zaken + "statussen/2"},
            {"resultaat", nullptr},
            {"startdatum", "2026-09-15"},
            {"einddatumGepland", "2027-01-12"},
            {"einddatum", nullptr},
            {"vertrouwelijkheidaanduiding", "openbaar"},
            {"betalingsindicatie", ""}}; // a field the kiosk does not read
}

json statustype_json(int volgnummer, const std::string& omschrijving, const std::string& statustekst = "") {
    return {{"url", catalogi + "statustypen/" + std::to_string(volgnummer)},
            {"volgnummer", volgnummer},
            {"omschrijving", omschrijving},
            {"statustekst", statustekst},
            {"isEindstatus", volgnummer == 4}};
}

} // namespace

TEST_CASE("a zaak is read with its dates and confidentiality, unknown fields ignored") {
    auto z = parse_zaak(zaak_json());
    CHECK(z.identificatie == "ZAAK-2026-0001");
    CHECK(z.startdatum == core::Date{2026, 9, 15});
    CHECK(z.einddatum_gepland == core::Date{2027, 1, 12});
    CHECK_FALSE(z.einddatum);
    CHECK(z.resultaat.empty());
    CHECK(z.vertrouwelijkheid == Confidentiality::openbaar);
}

TEST_CASE("malformed ZGW answers are refused with the field at fault") {
    auto broken = [](const char* field, json value) {
        auto j = zaak_json();
        if (value.is_discarded())
            j.erase(field);
        else
            j[field] = value;
        return error_of<ZgwError>([&] { parse_zaak(j); });
    };
    CHECK(broken("identificatie", json::value_t::discarded) == "field 'identificatie' is missing");
    CHECK(broken("identificatie", 42) == "field 'identificatie' is not a text");
    CHECK(broken("startdatum", "15-09-2026") == "field 'startdatum' is not a date");
    CHECK(broken("startdatum", "2026-02-31x") == "field 'startdatum' is not a date");
    CHECK(broken("zaaktype", "") == "field 'zaaktype' is empty");
    CHECK(error_of<ZgwError>([] { parse_zaak(json::array()); }) == "zaak: expected an object");
    CHECK(error_of<ZgwError>([] { parse_statustype(statustype_json(0, "x")); }).find("volgnummer") !=
          std::string::npos);
    CHECK(error_of<ZgwError>([] {
              parse_page<Zaak>(json{{"results", json::array({zaak_json(), 7})}}, parse_zaak);
          }) == "results[1]: zaak: expected an object");
    CHECK(error_of<ZgwError>([] {
              parse_page<Zaak>(json{{"count", 1}}, parse_zaak);
          }) == "page: 'results' is not a list");
    CHECK(error_of<ZgwError>([] {
              parse_informatieobject({{"url", "u"}, {"titel", "t"}, {"bestandsomvang", -5}});
          }) == "field 'bestandsomvang' is not a size");
}

TEST_CASE("pages carry their next link; the last page has none") {
    auto page = parse_page<Zaak>(json{{"count", 2},
                                      {"next", zaken + "zaken?page=2"},
                                      {"previous", nullptr},
                                      {"results", json::array({zaak_json()})}},
                                 parse_zaak);
    CHECK(page.results.size() == 1);
    CHECK(page.next == zaken + "zaken?page=2");
    CHECK(parse_page<Zaak>(json{{"next", nullptr}, {"results", json::array()}}, parse_zaak).next.empty());
}

TEST_CASE("dates and date-times") {
    CHECK(parse_zgw_date("2026-11-02") == core::Date{2026, 11, 2});
    CHECK(parse_zgw_date("2026-11-02T10:15:00Z") == core::Date{2026, 11, 2});
    CHECK_THROWS_AS(parse_zgw_date("2026-11-02 10:15"), ZgwError);
    CHECK_THROWS_AS(parse_zgw_date("2026-1-02"), ZgwError);
    CHECK_THROWS_AS(parse_zgw_date(""), ZgwError);
    CHECK_THROWS_AS(parse_zgw_date("2026-02-29"), ZgwError); // not a leap year
    CHECK(parse_zgw_date("2028-02-29") == core::Date{2028, 2, 29});
    CHECK_THROWS_AS(parse_zgw_date("2026-04-31"), ZgwError);
    CHECK(parse_zgw_date("2000-02-29") == core::Date{2000, 2, 29}); // divisible by 400: a leap year
    CHECK_THROWS_AS(parse_zgw_date("2100-02-29"), ZgwError);        // by 100 only: not
    CHECK_THROWS_AS(parse_zgw_date("2026-13-01"), ZgwError);
    CHECK_THROWS_AS(parse_zgw_date("2026-00-10"), ZgwError);
    CHECK_THROWS_AS(parse_zgw_date("2026-11-00"), ZgwError);
    CHECK_THROWS_AS(parse_zgw_date("+026-11-02"), ZgwError); // from_chars takes no sign; the width is checked
    CHECK_THROWS_AS(parse_zgw_date("2026-+1-02"), ZgwError);
    CHECK_THROWS_AS(parse_zgw_date("1899-12-31"), ZgwError);
}

TEST_CASE("visibility: external types only, confidentiality up to the maximum, a status required") {
    auto z = parse_zaak(zaak_json());
    Zaaktype type{catalogi + "zaaktypen/1", "Omgevingsvergunning", true};
    VisibilityRules rules;
    CHECK(zaak_visible(z, type, rules));
    auto internal = type;
    internal.extern_ = false;
    CHECK_FALSE(zaak_visible(z, internal, rules));
    auto secret = z;
    secret.vertrouwelijkheid = Confidentiality::vertrouwelijk;
    CHECK_FALSE(zaak_visible(secret, type, rules));
    rules.max_zaak = Confidentiality::zeer_geheim;
    CHECK(zaak_visible(secret, type, rules));
    auto unknown = z;
    unknown.vertrouwelijkheid.reset();
    CHECK_FALSE(zaak_visible(unknown, type, rules));
    auto no_status = z;
    no_status.status.clear();
    CHECK_FALSE(zaak_visible(no_status, type, rules));
    rules.show_without_status = true;
    CHECK(zaak_visible(no_status, type, rules));
    Zaaktype other{catalogi + "zaaktypen/2", "Ander", true};
    CHECK_FALSE(zaak_visible(z, other, rules)); // the type must be the zaak's own
}

TEST_CASE("documents: final, not withdrawn, not too confidential") {
    InformatieObject d{"u",
                       "Besluit",
                       "definitief",
                       "application/pdf",
                       "besluit.pdf",
                       "u/download",
                       Confidentiality::openbaar};
    VisibilityRules rules;
    CHECK(document_visible(d, rules));
    d.status = "gearchiveerd";
    CHECK(document_visible(d, rules));
    d.status = "in_bewerking";
    CHECK_FALSE(document_visible(d, rules));
    d.status = "definitief";
    d.inhoud_is_vervallen = true;
    CHECK_FALSE(document_visible(d, rules));
    d.inhoud_is_vervallen = false;
    d.vertrouwelijkheid = Confidentiality::intern;
    CHECK_FALSE(document_visible(d, rules));
}

TEST_CASE("a case is the resident's only through their own role of an allowed kind, on that very case") {
    const std::string zaak = zaken + "zaken/1", other = zaken + "zaken/2";
    auto rol = [](const std::string& on, const char* type, const char* kind, json id) {
        return parse_rol({{"zaak", on},
                          {"betrokkeneType", type},
                          {"omschrijvingGeneriek", kind},
                          {"betrokkeneIdentificatie", id}});
    };
    VisibilityRules rules; // initiator only
    std::vector<Rol> roles{rol(zaak, "natuurlijk_persoon", "initiator", {{"inpBsn", "999993653"}}),
                           rol(zaak, "niet_natuurlijk_persoon", "initiator", {{"innNnpId", "1"}})};
    CHECK(has_role(roles, zaak, "999993653", rules));
    CHECK_FALSE(has_role(roles, zaak, "111222333", rules));
    CHECK_FALSE(has_role({}, zaak, "999993653", rules));
    CHECK_FALSE(has_role(roles, zaak, "", rules));
    // The role of a role list must be on the case asked about, not on another one of the resident.
    CHECK_FALSE(has_role(roles, other, "999993653", rules));
    // A neighbour who objected is belanghebbende on the applicant's case: not theirs to read.
    std::vector<Rol> neighbour{rol(zaak, "natuurlijk_persoon", "belanghebbende", {{"inpBsn", "111222333"}})};
    CHECK_FALSE(has_role(neighbour, zaak, "111222333", rules));
    rules.roles = {"initiator", "belanghebbende"}; // a municipality may decide otherwise
    CHECK(has_role(neighbour, zaak, "111222333", rules));
    CHECK_THROWS_AS(parse_rol({{"betrokkeneType", "natuurlijk_persoon"}}), ZgwError); // a rol names its zaak
    CHECK(known_role_type("mede_initiator"));
    CHECK_FALSE(known_role_type("buurman"));
}

TEST_CASE("the timeline: reached steps by date, the current one marked, coming steps by volgnummer") {
    auto z = parse_zaak(zaak_json());
    std::vector<Statustype> types{
        parse_statustype(statustype_json(3, "Beoordeling")),
        parse_statustype(statustype_json(1, "Ontvangen", "Wij hebben uw aanvraag ontvangen")),
        parse_statustype(statustype_json(4, "Besluit")),
        parse_statustype(statustype_json(2, "Aanvulling nodig"))};
    std::vector<Status> statussen{
        {zaken + "statussen/2", catalogi + "statustypen/2", "", {2026, 10, 20}},
        {zaken + "statussen/1", catalogi + "statustypen/1", "", {2026, 9, 15}},
    };
    auto steps = timeline(z, statussen, types);
    REQUIRE(steps.size() == 4);
    CHECK(steps[0].title == "Wij hebben uw aanvraag ontvangen"); // statustekst before omschrijving
    CHECK(steps[0].state == core::StepState::done);
    CHECK(steps[1].title == "Aanvulling nodig");
    CHECK(steps[1].state == core::StepState::current);
    CHECK(steps[1].reached_on == core::Date{2026, 10, 20});
    CHECK(steps[2].title == "Beoordeling");
    CHECK(steps[2].state == core::StepState::coming);
    CHECK(steps[3].title == "Besluit");

    auto closed = z;
    closed.einddatum = core::Date{2026, 12, 1};
    auto done = timeline(closed, statussen, types);
    CHECK(done.size() == 2); // nothing is still to come for a closed case
    CHECK(done[1].state == core::StepState::done);
}

TEST_CASE("the summary row: title from the case type, result only when closed") {
    auto z = parse_zaak(zaak_json());
    Zaaktype type{catalogi + "zaaktypen/1", "Omgevingsvergunning", true};
    auto current = parse_statustype(statustype_json(2, "Aanvulling nodig"));
    Resultaattype granted{"r", "Verleend"};
    auto row = summarize(z, type, &current, &granted);
    CHECK(row.title == "Omgevingsvergunning");
    CHECK(row.current_step == "Aanvulling nodig");
    CHECK_FALSE(row.closed);
    CHECK(row.result.empty());
    z.einddatum = core::Date{2026, 12, 1};
    CHECK(summarize(z, type, &current, &granted).result == "Verleend");
}

TEST_CASE("JWT-ZGW tokens: HS256 over iss, iat, client_id and the kiosk as user, never the BSN") {
    auto token =
        mint_token({"zuil-kiosk", "geheim-van-de-gemeente", "zuil-bibliotheek-centrum"}, 1'800'000'000);
    auto dot1 = token.find('.'), dot2 = token.rfind('.');
    auto header = json::parse(kiosk::services::base64url_decode(token.substr(0, dot1)));
    auto claims = json::parse(kiosk::services::base64url_decode(token.substr(dot1 + 1, dot2 - dot1 - 1)));
    CHECK(header == json{{"alg", "HS256"}, {"typ", "JWT"}});
    CHECK(claims["iss"] == "zuil-kiosk");
    CHECK(claims["client_id"] == "zuil-kiosk");
    CHECK(claims["iat"].is_number_integer());
    CHECK(claims["iat"] == 1'800'000'000);
    CHECK(claims["exp"].is_number_integer());
    CHECK(claims["exp"] == 1'800'000'300); // short-lived: a token seen in a proxy's log is soon worthless
    CHECK(claims["user_id"] == "zuil-bibliotheek-centrum");
    CHECK(kiosk::services::base64url_decode(token.substr(dot2 + 1)).size() == 32); // SHA-256 MAC
    CHECK(mint_token({"zuil-kiosk", "another-secret", "k"}, 1'800'000'000) != token);
}

TEST_CASE("the client follows only URLs inside its API roots") {
    kiosk::services::zgw::ZgwSettings settings;
    settings.roots = {"https://oz.example/zaken/api/v1", "https://oz.example/catalogi/api/v1",
                      "https://oz.example/documenten/api/v1"};
    kiosk::services::zgw::ZgwClient client(settings, [] { return 1'700'000'000LL; });
    CHECK(client.inside_roots("https://oz.example/zaken/api/v1/zaken/1"));
    CHECK(client.inside_roots("https://oz.example/catalogi/api/v1/zaaktypen/1"));
    CHECK_FALSE(client.inside_roots("https://oz.example/zaken/api/v1x/zaken"));    // a lookalike prefix
    CHECK_FALSE(client.inside_roots("https://evil.example/zaken/api/v1/zaken/1")); // another host
    CHECK_FALSE(client.inside_roots("https://oz.example/zaken/api/v1/../../admin/"));
    CHECK_FALSE(client.inside_roots("https://oz.example/besluiten/api/v1/besluiten/1"));
    CHECK_FALSE(client.inside_roots(""));
    // Refused before anything is sent: a list that points outside is a malformed answer.
    try {
        client.get({"https://evil.example/zaken/api/v1/zaken/1"}, {});
        FAIL("followed a URL outside the roots");
    } catch (const kiosk::services::zgw::ZgwFailure& f) {
        CHECK(f.kind == kiosk::core::FetchError::invalid_answer);
    }
    CHECK(client.counts().requests == 0);
}

TEST_CASE("ids: the uuid at the end of a resource URL, and nothing else passes for one") {
    using kiosk::services::zgw::is_uuid;
    using kiosk::services::zgw::uuid_of;
    CHECK(uuid_of("https://oz.example/zaken/api/v1/zaken/0b1a6c0e-1111-4c3b-9d0e-2f7a1b2c3d4e") ==
          "0b1a6c0e-1111-4c3b-9d0e-2f7a1b2c3d4e");
    CHECK(uuid_of("https://oz.example/x/abc/?versie=1") == "abc");
    CHECK(is_uuid("0b1a6c0e-1111-4c3b-9d0e-2f7a1b2c3d4e"));
    CHECK_FALSE(is_uuid("0b1a6c0e-1111-4c3b-9d0e-2f7a1b2c3d4"));
    CHECK_FALSE(is_uuid("0b1a6c0e-1111-4c3b-9d0e-2f7a1b2c3d4e/../x"));
    CHECK_FALSE(is_uuid("../../../../etc/passwd-0000-0000-0000"));
    CHECK_FALSE(is_uuid("0b1a6c0e_1111_4c3b_9d0e_2f7a1b2c3d4e"));
}

TEST_CASE("the catalogue cache forgets entries after their time to live") {
    auto now = std::chrono::steady_clock::time_point{};
    kiosk::services::zgw::CatalogueCache cache(std::chrono::seconds(60), [&] { return now; });
    cache.zaaktypen.put("https://oz.example/zt/1", {"https://oz.example/zt/1", "Aanvraag paspoort", true});
    now += std::chrono::seconds(59);
    REQUIRE(cache.zaaktypen.find("https://oz.example/zt/1"));
    CHECK(cache.zaaktypen.find("https://oz.example/zt/1")->omschrijving == "Aanvraag paspoort");
    now += std::chrono::seconds(1);
    CHECK_FALSE(cache.zaaktypen.find("https://oz.example/zt/1"));
    CHECK(cache.zaaktypen.size() == 0);
}

TEST_CASE("confidentiality levels are spelled as the API spells them") {
    using namespace kiosk::services::zgw;
    for (auto level :
         {Confidentiality::openbaar, Confidentiality::beperkt_openbaar, Confidentiality::zeer_geheim})
        CHECK(parse_confidentiality(confidentiality_name(level)) == level);
}
