#pragma once
// The kiosk configuration: one JSON file given with --config, validated at start. Every error names
// the file, the setting and what is allowed, so IT staff can fix it without reading code.
#include "devices/phone/baresip_settings.hpp"
#include "devices/printer/cups_settings.hpp"
#include "kiosk/core/state.hpp"
#include "kiosk/fleet/telemetry_settings.hpp"
#include "kiosk/services/idbellen/idbellen_settings.hpp"
#include "kiosk/services/oidc/oidc_client.hpp"
#include "kiosk/services/zgw/zgw_settings.hpp"
#include "kiosk/staff/badges.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace kiosk::config {

struct Display {
    int width = 1920;
    int height = 1080;
    bool fullscreen = true;
    bool software_renderer = false; // SDL's software renderer: no GPU driver needed, least memory
    bool mirror = false; // a second screen facing the volunteer shows the kiosk while the resident agrees
};

struct Sound {
    // The ALSA control device whose jack tells whether a headset is in: "auto" searches every sound
    // card, "none" watches nothing (a kiosk without a headset socket), or a device such as "hw:1".
    std::string headset_control = "auto";
};

struct KioskConfig {
    std::string kiosk_name = "Zuil Bibliotheek Centrum"; // shown on screen and at the broker
    std::string municipality = "Gemeente Voorbeeld";
    std::string default_language = "nl";
    Display display;
    Sound sound;
    core::Policy policy;
    int max_pages_per_session = 20;
    bool demo = false;
    int demo_auto_login_s = 15;
    std::optional<services::OidcSettings> oidc;         // the DigiD broker; absent: no real login
    std::optional<services::zgw::ZgwSettings> zgw;      // the case APIs; absent: no real cases
    std::optional<devices::CupsSettings> printer;       // printing.queue; absent: no printer
    std::optional<services::IdBellenSettings> idbellen; // call.service; absent: no calls
    std::optional<devices::BaresipSettings> phone;      // call.phone; absent: no handset
    std::optional<fleet::TelemetrySettings> telemetry;  // the fleet's broker; absent: no reports
    std::optional<staff::StaffSettings> staff;          // badges and the card reader; absent: no reader
};

KioskConfig parse_config(const std::string& json_text, const std::string& source_name);
KioskConfig load_config(const std::filesystem::path& file);

} // namespace kiosk::config
