#pragma once
// Keys, kiosks and bundles for the fleet tests: a fresh fleet key per test and a bundle that every
// check accepts, for a test to spoil one field at a time.
#include "kiosk/fleet/bundle.hpp"
#include "kiosk/fleet/identity.hpp"
#include "kiosk/fleet/signed_message.hpp"

#include <chrono>
#include <filesystem>
#include <string>

namespace fleet_testing {

inline std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

inline kiosk::fleet::Bundle good_bundle(std::int64_t version = 2) {
    kiosk::fleet::Bundle b;
    b.version = version;
    b.issued_at = now() - 60;
    b.expires_at = now() + 3600;
    b.targets.groups = {"bibliotheken"};
    b.settings = {{"kiosk_name", "Zuil Bibliotheek Noord"}};
    return b;
}

inline std::string signed_bundle(const kiosk::fleet::Bundle& b, const kiosk::fleet::SigningKey& key) {
    return kiosk::fleet::seal_message(kiosk::fleet::MessageKind::bundle, kiosk::fleet::bundle_payload(b),
                                      key);
}

inline kiosk::fleet::KioskIdentity library_kiosk() {
    return kiosk::fleet::make_identity("bieb-noord-1", {"bibliotheken"});
}

// A directory of its own under the system's temp directory, removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        char name[] = "/tmp/fleet-test-XXXXXX";
        path = mkdtemp(name);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

} // namespace fleet_testing
