#pragma once
// The fleet directory on a kiosk (/var/lib/zuil/fleet, the zuil user's only):
//   fleet.pub        the fleet's public key, pinned at enrolment
//   identity.json    the kiosk's id, groups and key pair (mode 0600)
//   bundle.current   the bundle in use, as signed
//   bundle.previous  the one before it: the last good one, should bundle.current be damaged
//   refused.json     why the last bundle offered was refused (no personal data: version and reason)
// Every file is written atomically (files.hpp): a power cut leaves the old configuration in place.
#include "kiosk/fleet/bundle.hpp"
#include "kiosk/fleet/identity.hpp"

#include <filesystem>
#include <optional>

namespace kiosk::fleet {

struct InstalledBundle {
    Bundle bundle;
    bool fallback = false; // bundle.current could not be used; this is bundle.previous
};

class BundleStore {
public:
    explicit BundleStore(std::filesystem::path dir) : dir_(std::move(dir)) {}

    const std::filesystem::path& dir() const { return dir_; }
    std::filesystem::path fleet_key_file() const { return dir_ / "fleet.pub"; }
    std::filesystem::path identity_file() const { return dir_ / "identity.json"; }
    std::filesystem::path current_file() const { return dir_ / "bundle.current"; }
    std::filesystem::path previous_file() const { return dir_ / "bundle.previous"; }
    std::filesystem::path refusal_file() const { return dir_ / "refused.json"; }

    bool enrolled() const;
    PublicKey fleet_key() const;
    KioskIdentity identity() const;

    // The bundle in use: bundle.current when it opens with the fleet key, else bundle.previous.
    std::optional<InstalledBundle> installed() const;
    std::int64_t installed_version() const; // 0 when none

    // Keeps the bundle in use as bundle.previous, then puts `signed_bundle` in place.
    void install(std::string_view signed_bundle) const;
    void record_refusal(std::int64_t version, const std::string& reason, std::int64_t now) const;
    void clear_refusal() const;

private:
    std::filesystem::path dir_;
};

} // namespace kiosk::fleet
