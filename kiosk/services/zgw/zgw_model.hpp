#pragma once
// The ZGW resources the kiosk reads (Zaken 1.5, Catalogi 1.3, Documenten 1.5), parsed and validated.
// Only the fields the kiosk uses are read; unknown fields are ignored (servers add their own, such as
// Open Zaak's countExact). A malformed answer throws ZgwError naming the field.
#include "kiosk/core/time.hpp"

#include "kiosk/util/secure_json.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::services::zgw {

struct ZgwError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// vertrouwelijkheidaanduiding, from least to most confidential.
enum class Confidentiality {
    openbaar,
    beperkt_openbaar,
    intern,
    zaakvertrouwelijk,
    vertrouwelijk,
    confidentieel,
    geheim,
    zeer_geheim
};
std::optional<Confidentiality> parse_confidentiality(std::string_view text);
std::string_view confidentiality_name(Confidentiality level); // as the API spells it

struct Zaak {
    std::string url, identificatie, omschrijving, zaaktype, status,
        resultaat; // status/resultaat: URLs or empty
    core::Date startdatum;
    std::optional<core::Date> einddatum_gepland, uiterlijke_einddatum_afdoening, einddatum;
    std::optional<Confidentiality> vertrouwelijkheid; // absent or unknown: treated as hidden
};

struct Zaaktype {
    std::string url, omschrijving;
    bool extern_ = false; // indicatieInternOfExtern == "extern"
};

struct Status {
    std::string url, statustype, toelichting;
    core::Date datum_gezet;
};

struct Statustype {
    std::string url, omschrijving, statustekst;
    int volgnummer = 0;
    bool is_eindstatus = false;
    std::string label() const { return statustekst.empty() ? omschrijving : statustekst; } // as OIP shows it
};

struct Resultaat {
    std::string url, resultaattype, toelichting;
};

struct Resultaattype {
    std::string url, omschrijving;
};

struct Rol {
    std::string zaak;                  // the URL of the zaak the role is on
    std::string betrokkene_type;       // "natuurlijk_persoon", …
    std::string omschrijving_generiek; // "initiator", "belanghebbende", …
    std::string inp_bsn;               // empty for other kinds of role
};

struct ZaakInformatieObject {
    std::string informatieobject, titel;
    std::optional<core::Date> registratiedatum;
};

struct InformatieObject {
    std::string url, titel, status, formaat, bestandsnaam, inhoud;
    std::optional<Confidentiality> vertrouwelijkheid;
    long long bestandsomvang = -1; // unknown
    bool inhoud_is_vervallen = false;
    std::optional<core::Date> creatiedatum;
};

template <class T>
struct Page {
    std::vector<T> results;
    std::string next; // empty on the last page
};

Zaak parse_zaak(const SecureJson& j);
Zaaktype parse_zaaktype(const SecureJson& j);
Status parse_status(const SecureJson& j);
Statustype parse_statustype(const SecureJson& j);
Resultaat parse_resultaat(const SecureJson& j);
Resultaattype parse_resultaattype(const SecureJson& j);
Rol parse_rol(const SecureJson& j);
ZaakInformatieObject parse_zaakinformatieobject(const SecureJson& j);
InformatieObject parse_informatieobject(const SecureJson& j);

// A paged list ({count, next, previous, results}); `parse` reads one result.
template <class T>
Page<T> parse_page(const SecureJson& j, T (*parse)(const SecureJson&));
// A plain array (as /zaakinformatieobjecten answers).
template <class T>
std::vector<T> parse_list(const SecureJson& j, T (*parse)(const SecureJson&));

// "2026-11-02", or the date part of "2026-11-02T10:15:00Z".
core::Date parse_zgw_date(std::string_view text);

} // namespace kiosk::services::zgw
