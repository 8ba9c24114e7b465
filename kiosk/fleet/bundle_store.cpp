#include "kiosk/fleet/bundle_store.hpp"

#include "kiosk/fleet/bundle_intake.hpp"
#include "kiosk/fleet/files.hpp"

#include <nlohmann/json.hpp>

namespace kiosk::fleet {

bool BundleStore::enrolled() const {
    return std::filesystem::exists(fleet_key_file()) && std::filesystem::exists(identity_file());
}

PublicKey BundleStore::fleet_key() const {
    return read_public_key(fleet_key_file());
}

KioskIdentity BundleStore::identity() const {
    auto text = read_small_file(identity_file(), 4096);
    auto identity = parse_identity(text, identity_file().string());
    std::fill(text.begin(), text.end(), '\0');
    return identity;
}

std::optional<InstalledBundle> BundleStore::installed() const {
    auto key = fleet_key();
    bool fallback = false;
    for (const auto& file : {current_file(), previous_file()}) {
        if (std::filesystem::exists(file)) {
            try {
                return InstalledBundle{open_bundle(read_small_file(file, max_bundle_bytes), key), fallback};
            } catch (const FleetError&) {
                // Damaged on disk (it was checked when installed): the last good one takes over.
            }
        }
        fallback = true;
    }
    return std::nullopt;
}

std::int64_t BundleStore::installed_version() const {
    auto in_use = installed();
    return in_use ? in_use->bundle.version : 0;
}

void BundleStore::install(std::string_view signed_bundle) const {
    if (std::filesystem::exists(current_file()))
        write_file_atomically(previous_file(), read_small_file(current_file(), max_bundle_bytes), 0600);
    write_file_atomically(current_file(), signed_bundle, 0600);
    clear_refusal();
}

void BundleStore::record_refusal(std::int64_t version, const std::string& reason, std::int64_t now) const {
    nlohmann::json j{{"version", version}, {"reason", reason}, {"at", now}};
    write_file_atomically(refusal_file(), j.dump() + "\n", 0600);
}

void BundleStore::clear_refusal() const {
    std::error_code ignored;
    std::filesystem::remove(refusal_file(), ignored);
}

} // namespace kiosk::fleet
