#include "kiosk/fleet/bundle_intake.hpp"

#include "kiosk/fleet/signed_message.hpp"

#include <algorithm>

namespace kiosk::fleet {

bool addressed_to(const Targets& targets, const KioskIdentity& kiosk) {
    if (targets.all) return true;
    auto named = [](const std::vector<std::string>& list, const std::string& name) {
        return std::find(list.begin(), list.end(), name) != list.end();
    };
    return named(targets.kiosks, kiosk.id) ||
           std::any_of(kiosk.groups.begin(), kiosk.groups.end(),
                       [&](const std::string& group) { return named(targets.groups, group); });
}

Bundle open_bundle(std::string_view signed_bundle, const PublicKey& fleet_key) {
    auto opened = open_message(MessageKind::bundle, signed_bundle, fleet_key, max_bundle_bytes);
    if (opened.error) throw FleetError(std::string("bundle refused: ") + describe(*opened.error));
    return parse_bundle(opened.payload);
}

Bundle accept_bundle(std::string_view signed_bundle, const PublicKey& fleet_key, const KioskIdentity& kiosk,
                     std::int64_t installed_version, std::int64_t now) {
    auto bundle = open_bundle(signed_bundle, fleet_key);
    auto version = " (version " + std::to_string(bundle.version) + ")";
    if (!addressed_to(bundle.targets, kiosk))
        throw FleetError("bundle refused" + version + ": it is meant for other kiosks, not " + kiosk.id);
    if (bundle.version <= installed_version)
        throw FleetError("bundle refused" + version + ": version " + std::to_string(installed_version) +
                         " is installed; a bundle must have a higher version");
    if (bundle.expires_at <= now) throw FleetError("bundle refused" + version + ": it has expired");
    if (bundle.issued_at > now + 24 * 3600)
        throw FleetError("bundle refused" + version + ": it was issued in the future; check the clocks");
    return bundle;
}

} // namespace kiosk::fleet
