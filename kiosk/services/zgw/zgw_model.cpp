#include "kiosk/services/zgw/zgw_model.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <chrono>

namespace kiosk::services::zgw {
namespace {

using json = SecureJson;

const json& object(const json& j, const char* what) {
    if (!j.is_object()) throw ZgwError(std::string(what) + ": expected an object");
    return j;
}

// A text field; `required` fields must be present and non-empty, others may be null or absent.
std::string text(const json& j, const char* field, bool required = false) {
    auto it = j.find(field);
    if (it == j.end() || it->is_null()) {
        if (required) throw ZgwError(std::string("field '") + field + "' is missing");
        return {};
    }
    if (!it->is_string()) throw ZgwError(std::string("field '") + field + "' is not a text");
    const auto& value = it->get_ref<const core::SecureString&>();
    if (required && value.empty()) throw ZgwError(std::string("field '") + field + "' is empty");
    if (value.size() > 10'000) throw ZgwError(std::string("field '") + field + "' is too long");
    return std::string(value.data(), value.size());
}

std::optional<core::Date> date(const json& j, const char* field, bool required = false) {
    auto value = text(j, field, required);
    if (value.empty()) return std::nullopt;
    try {
        return parse_zgw_date(value);
    } catch (const ZgwError&) {
        throw ZgwError(std::string("field '") + field + "' is not a date");
    }
}

bool boolean(const json& j, const char* field) {
    auto it = j.find(field);
    if (it == j.end() || it->is_null()) return false;
    if (!it->is_boolean()) throw ZgwError(std::string("field '") + field + "' is not true or false");
    return it->get<bool>();
}

std::optional<Confidentiality> confidentiality(const json& j) {
    return parse_confidentiality(text(j, "vertrouwelijkheidaanduiding"));
}

// Exactly `width` decimal digits.
int fixed_digits(std::string_view text, std::size_t width) {
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.size() != width || error != std::errc() || end != text.data() + text.size() || value < 0)
        throw ZgwError("not a date");
    return value;
}

} // namespace

namespace {
constexpr std::array<std::pair<std::string_view, Confidentiality>, 8> confidentiality_levels{{
    {"openbaar", Confidentiality::openbaar},
    {"beperkt_openbaar", Confidentiality::beperkt_openbaar},
    {"intern", Confidentiality::intern},
    {"zaakvertrouwelijk", Confidentiality::zaakvertrouwelijk},
    {"vertrouwelijk", Confidentiality::vertrouwelijk},
    {"confidentieel", Confidentiality::confidentieel},
    {"geheim", Confidentiality::geheim},
    {"zeer_geheim", Confidentiality::zeer_geheim},
}};
} // namespace

std::optional<Confidentiality> parse_confidentiality(std::string_view text) {
    for (auto [name, level] : confidentiality_levels)
        if (name == text) return level;
    return std::nullopt;
}

std::string_view confidentiality_name(Confidentiality level) {
    for (auto [name, l] : confidentiality_levels)
        if (l == level) return name;
    return "openbaar";
}

core::Date parse_zgw_date(std::string_view text) {
    // "YYYY-MM-DD", possibly the start of a date-time ("…T10:15:00Z"): the day is what residents see.
    auto day_part = text.substr(0, std::min<std::size_t>(text.size(), 10));
    if (text.size() > 10 && text[10] != 'T') throw ZgwError("not a date");
    if (day_part.size() != 10 || day_part[4] != '-' || day_part[7] != '-') throw ZgwError("not a date");
    std::chrono::year_month_day ymd{
        std::chrono::year{fixed_digits(day_part.substr(0, 4), 4)},
        std::chrono::month{static_cast<unsigned>(fixed_digits(day_part.substr(5, 2), 2))},
        std::chrono::day{static_cast<unsigned>(fixed_digits(day_part.substr(8, 2), 2))}};
    core::Date d{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                 static_cast<int>(static_cast<unsigned>(ymd.day()))};
    if (!ymd.ok() || !d.valid()) throw ZgwError("not a date");
    return d;
}

Zaak parse_zaak(const json& j) {
    object(j, "zaak");
    Zaak z;
    z.url = text(j, "url", true);
    z.identificatie = text(j, "identificatie", true);
    z.omschrijving = text(j, "omschrijving");
    z.zaaktype = text(j, "zaaktype", true);
    z.status = text(j, "status");
    z.resultaat = text(j, "resultaat");
    z.startdatum = *date(j, "startdatum", true);
    z.einddatum_gepland = date(j, "einddatumGepland");
    z.uiterlijke_einddatum_afdoening = date(j, "uiterlijkeEinddatumAfdoening");
    z.einddatum = date(j, "einddatum");
    z.vertrouwelijkheid = confidentiality(j);
    return z;
}

Zaaktype parse_zaaktype(const json& j) {
    object(j, "zaaktype");
    return {text(j, "url", true), text(j, "omschrijving", true),
            text(j, "indicatieInternOfExtern") == "extern"};
}

Status parse_status(const json& j) {
    object(j, "status");
    return {text(j, "url", true), text(j, "statustype", true), text(j, "statustoelichting"),
            *date(j, "datumStatusGezet", true)};
}

Statustype parse_statustype(const json& j) {
    object(j, "statustype");
    Statustype t{text(j, "url", true), text(j, "omschrijving", true), text(j, "statustekst")};
    auto it = j.find("volgnummer");
    if (it == j.end() || !it->is_number_integer() || it->get<long>() < 1 || it->get<long>() > 9999)
        throw ZgwError("field 'volgnummer' is not a number from 1 to 9999");
    t.volgnummer = it->get<int>();
    t.is_eindstatus = boolean(j, "isEindstatus");
    return t;
}

Resultaat parse_resultaat(const json& j) {
    object(j, "resultaat");
    return {text(j, "url", true), text(j, "resultaattype", true), text(j, "toelichting")};
}

Resultaattype parse_resultaattype(const json& j) {
    object(j, "resultaattype");
    return {text(j, "url", true), text(j, "omschrijving", true)};
}

Rol parse_rol(const json& j) {
    object(j, "rol");
    Rol r{text(j, "zaak", true), text(j, "betrokkeneType"), text(j, "omschrijvingGeneriek"), {}};
    auto id = j.find("betrokkeneIdentificatie");
    if (id != j.end() && id->is_object()) r.inp_bsn = text(*id, "inpBsn");
    return r;
}

ZaakInformatieObject parse_zaakinformatieobject(const json& j) {
    object(j, "zaakinformatieobject");
    return {text(j, "informatieobject", true), text(j, "titel"), date(j, "registratiedatum")};
}

InformatieObject parse_informatieobject(const json& j) {
    object(j, "informatieobject");
    InformatieObject o;
    o.url = text(j, "url", true);
    o.titel = text(j, "titel", true);
    o.status = text(j, "status");
    o.formaat = text(j, "formaat");
    o.bestandsnaam = text(j, "bestandsnaam");
    o.inhoud = text(j, "inhoud");
    o.vertrouwelijkheid = confidentiality(j);
    o.inhoud_is_vervallen = boolean(j, "inhoudIsVervallen");
    o.creatiedatum = date(j, "creatiedatum");
    auto size = j.find("bestandsomvang");
    if (size != j.end() && !size->is_null()) {
        if (!size->is_number_integer() || size->get<long long>() < 0)
            throw ZgwError("field 'bestandsomvang' is not a size");
        o.bestandsomvang = size->get<long long>();
    }
    return o;
}

template <class T>
Page<T> parse_page(const json& j, T (*parse)(const json&)) {
    object(j, "page");
    auto results = j.find("results");
    if (results == j.end() || !results->is_array()) throw ZgwError("page: 'results' is not a list");
    Page<T> page;
    page.next = text(j, "next");
    for (std::size_t i = 0; i < results->size(); ++i) {
        try {
            page.results.push_back(parse((*results)[i]));
        } catch (const ZgwError& e) {
            throw ZgwError("results[" + std::to_string(i) + "]: " + e.what());
        }
    }
    return page;
}

template <class T>
std::vector<T> parse_list(const json& j, T (*parse)(const json&)) {
    if (!j.is_array()) throw ZgwError("expected a list");
    std::vector<T> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        try {
            out.push_back(parse(j[i]));
        } catch (const ZgwError& e) {
            throw ZgwError("[" + std::to_string(i) + "]: " + e.what());
        }
    }
    return out;
}

template Page<Zaak> parse_page(const json&, Zaak (*)(const json&));
template Page<Status> parse_page(const json&, Status (*)(const json&));
template Page<Statustype> parse_page(const json&, Statustype (*)(const json&));
template Page<Rol> parse_page(const json&, Rol (*)(const json&));
template Page<json> parse_page(const json&, json (*)(const json&));
template std::vector<ZaakInformatieObject> parse_list(const json&, ZaakInformatieObject (*)(const json&));

} // namespace kiosk::services::zgw
