// Untrusted ZGW answers: every parser either reads them or throws ZgwError, never worse.
#include "kiosk/services/zgw/zgw_model.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::services::zgw;
    auto j = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return 0;
    auto attempt = [&](auto parse) {
        try {
            parse(j);
        } catch (const ZgwError&) {
        }
    };
    attempt([](const nlohmann::json& v) { parse_page<Zaak>(v, parse_zaak); });
    attempt([](const nlohmann::json& v) { parse_page<Status>(v, parse_status); });
    attempt([](const nlohmann::json& v) { parse_page<Statustype>(v, parse_statustype); });
    attempt([](const nlohmann::json& v) { parse_page<Rol>(v, parse_rol); });
    attempt([](const nlohmann::json& v) { parse_list<ZaakInformatieObject>(v, parse_zaakinformatieobject); });
    attempt([](const nlohmann::json& v) { parse_zaaktype(v); });
    attempt([](const nlohmann::json& v) { parse_resultaat(v); });
    attempt([](const nlohmann::json& v) { parse_resultaattype(v); });
    attempt([](const nlohmann::json& v) { parse_informatieobject(v); });
    return 0;
}
