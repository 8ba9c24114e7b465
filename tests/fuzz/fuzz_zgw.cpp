// Untrusted ZGW answers: every parser either reads them or throws ZgwError, never worse.
#include "kiosk/services/zgw/zgw_model.hpp"

#include "kiosk/util/bounded_json.hpp"
#include "kiosk/util/secure_json.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::services::zgw;
    auto j = kiosk::util::parse_json<kiosk::SecureJson>(
        std::string_view(reinterpret_cast<const char*>(data), size));
    if (j.is_discarded()) return 0;
    auto attempt = [&](auto parse) {
        try {
            parse(j);
        } catch (const ZgwError&) {
        }
    };
    attempt([](const kiosk::SecureJson& v) { parse_page<Zaak>(v, parse_zaak); });
    attempt([](const kiosk::SecureJson& v) { parse_page<Status>(v, parse_status); });
    attempt([](const kiosk::SecureJson& v) { parse_page<Statustype>(v, parse_statustype); });
    attempt([](const kiosk::SecureJson& v) { parse_page<Rol>(v, parse_rol); });
    attempt(
        [](const kiosk::SecureJson& v) { parse_list<ZaakInformatieObject>(v, parse_zaakinformatieobject); });
    attempt([](const kiosk::SecureJson& v) { parse_zaaktype(v); });
    attempt([](const kiosk::SecureJson& v) { parse_resultaat(v); });
    attempt([](const kiosk::SecureJson& v) { parse_resultaattype(v); });
    attempt([](const kiosk::SecureJson& v) { parse_informatieobject(v); });
    return 0;
}
