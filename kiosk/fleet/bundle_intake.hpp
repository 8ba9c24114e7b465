#pragma once
// The checks every bundle passes before anything of it is used, in this order: the signature with the
// pinned fleet key (before any parsing), the payload, that it is meant for this kiosk, that it is newer
// than the installed one (no rollback to an older, maybe vulnerable configuration) and not expired.
// What the bundle then does to the kiosk's configuration is validated by the kiosk (kiosk/app).
#include "kiosk/fleet/bundle.hpp"
#include "kiosk/fleet/identity.hpp"

#include <cstdint>
#include <string_view>

namespace kiosk::fleet {

bool addressed_to(const Targets& targets, const KioskIdentity& kiosk);

// Throws FleetError with the reason, in words for IT staff.
Bundle accept_bundle(std::string_view signed_bundle, const PublicKey& fleet_key, const KioskIdentity& kiosk,
                     std::int64_t installed_version, std::int64_t now);

// The bundle's signature and payload only: for `kiosk-provision verify` on an IT workstation.
Bundle open_bundle(std::string_view signed_bundle, const PublicKey& fleet_key);

} // namespace kiosk::fleet
