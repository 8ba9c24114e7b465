#include "kiosk/app/fleet_setup.hpp"

#include "kiosk/fleet/bundle_intake.hpp"
#include "kiosk/fleet/bundle_store.hpp"
#include "kiosk/fleet/files.hpp"
#include "kiosk/fleet/unix_time.hpp"
#include "kiosk/util/log.hpp"

#include <chrono>

namespace kiosk::app {
namespace {

std::string version_of(const fleet::Bundle& bundle) {
    return "bundle version " + std::to_string(bundle.version);
}

} // namespace

nlohmann::json configured_with(nlohmann::json config, const FleetBundle& applied) {
    config.merge_patch(applied.bundle.settings);
    auto mine = applied.bundle.secrets.find(applied.kiosk.id);
    if (mine == applied.bundle.secrets.end()) return config;
    for (const auto& [pointer, sealed] : mine->second) {
        nlohmann::json::json_pointer at;
        try {
            at = nlohmann::json::json_pointer(pointer);
        } catch (const nlohmann::json::exception&) {
            throw fleet::FleetError(version_of(applied.bundle) + ": secrets: " + pointer +
                                    " is not a JSON pointer");
        }
        auto secret = fleet::open_secret(sealed, applied.kiosk);
        config[at] = std::string(secret.begin(), secret.end());
    }
    return config;
}

nlohmann::json themed_with(nlohmann::json tokens, const fleet::Bundle& bundle) {
    for (const auto& [key, _] : bundle.theme.items())
        if (key != "palettes")
            throw fleet::FleetError(version_of(bundle) + ": content.theme." + key +
                                    ": a bundle changes the palettes only");
    tokens.merge_patch(bundle.theme);
    return tokens;
}

void reworded_with(ui::Texts& texts, const fleet::Bundle& bundle) {
    for (const auto& [language, table] : bundle.texts)
        for (const auto& [key, text] : table)
            texts.replace(language, key, text);
}

FleetStart fleet_bundle_at_start(const std::filesystem::path& fleet_dir,
                                 const std::function<void(const FleetBundle&)>& try_setup) {
    FleetStart result;
    fleet::BundleStore store(fleet_dir);
    if (!store.enrolled()) {
        // The package always names the directory; a kiosk nobody enrolled runs on kiosk.json alone.
        log::info("fleet: this kiosk is not enrolled (" + fleet_dir.string() +
                  " has no fleet.pub and identity.json); it runs on its own configuration");
        return result;
    }
    auto key = store.fleet_key();
    auto kiosk = store.identity();
    auto installed = store.installed();
    if (installed && installed->fallback)
        log::warning("fleet: bundle.current is damaged; running with the last good bundle, version " +
                     std::to_string(installed->bundle.version));

    auto incoming = fleet_dir / "incoming.bundle";
    if (std::filesystem::exists(incoming)) {
        std::int64_t offered = 0;
        try {
            auto bytes = fleet::read_small_file(incoming, fleet::max_bundle_bytes);
            FleetBundle candidate{fleet::accept_bundle(bytes, key, kiosk,
                                                       installed ? installed->bundle.version : 0,
                                                       fleet::unix_now()),
                                  kiosk};
            offered = candidate.bundle.version;
            try_setup(candidate);
            store.install(bytes);
            log::info("fleet: " + version_of(candidate.bundle) + " installed" +
                      (candidate.bundle.note.empty() ? "" : " (" + candidate.bundle.note + ")"));
            installed = fleet::InstalledBundle{std::move(candidate.bundle), false};
        } catch (const std::exception& e) {
            log::error(std::string("fleet: ") + e.what() + "; the configuration in use stays");
            store.record_refusal(offered, e.what(), fleet::unix_now());
            result.refusal = e.what();
        }
        std::error_code ignored;
        std::filesystem::remove(incoming, ignored);
    }
    if (installed) result.bundle = FleetBundle{std::move(installed->bundle), std::move(kiosk)};
    return result;
}

} // namespace kiosk::app
