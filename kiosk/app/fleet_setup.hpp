#pragma once
// The fleet's part in setting the kiosk up. A bundle changes kiosk.json (a merge patch, with the kiosk's
// sealed secrets opened into it), the texts, the theme's palettes and the logo; the result is validated
// exactly as the kiosk's own files are, so a bundle can never make a configuration the kiosk would
// refuse from disk.
#include "kiosk/fleet/bundle.hpp"
#include "kiosk/fleet/identity.hpp"
#include "ui/text.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>

namespace kiosk::app {

struct Options;

struct FleetBundle {
    fleet::Bundle bundle;
    fleet::KioskIdentity kiosk;
};

nlohmann::json configured_with(nlohmann::json config, const FleetBundle& applied);
// Only the palettes may change: the contrast pairs and sizes stay the kiosk's own.
nlohmann::json themed_with(nlohmann::json tokens, const fleet::Bundle& bundle);
void reworded_with(ui::Texts& texts, const fleet::Bundle& bundle);

// At start, with --fleet-dir (nothing when the kiosk is not enrolled): a bundle waiting in
// <fleet>/incoming.bundle is checked (signature, addressee, version, expiry) and tried on this kiosk's
// configuration and content (`try_setup` throws when the kiosk would refuse it). Only then is it installed;
// otherwise the reason goes to refused.json and the log, and the installed bundle stays.
struct FleetStart {
    std::optional<FleetBundle> bundle; // the bundle to run with, if any
    std::string refusal;               // why the waiting bundle was refused; empty: none was
};
FleetStart fleet_bundle_at_start(const std::filesystem::path& fleet_dir,
                                 const std::function<void(const FleetBundle&)>& try_setup);

} // namespace kiosk::app
