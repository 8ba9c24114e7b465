// What the fleet keeps on disk: keys with their permissions, the identity, and the bundle store that
// always has a configuration to run with.
#include "fleet_test_support.hpp"
#include "kiosk/fleet/bundle_store.hpp"
#include "kiosk/fleet/files.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

using namespace kiosk::fleet;
using namespace fleet_testing;

namespace {

unsigned mode_of(const std::filesystem::path& file) {
    struct stat info {};
    stat(file.c_str(), &info);
    return info.st_mode & 0777;
}

BundleStore enrolled_store(const TempDir& dir, const SigningKey& key, const KioskIdentity& kiosk) {
    BundleStore store(dir.path);
    write_public_key(store.fleet_key_file(), key.public_key());
    write_file_atomically(store.identity_file(), identity_json(kiosk), 0600);
    return store;
}

} // namespace

TEST_CASE(
    "a secret key is written for its owner only, never over another, and refused once others can read it") {
    TempDir dir;
    auto key = SigningKey::generate();
    write_secret_key(dir.path / "fleet.key", key);
    CHECK(mode_of(dir.path / "fleet.key") == 0600);
    CHECK_THROWS_WITH_AS(write_secret_key(dir.path / "fleet.key", SigningKey::generate()),
                         doctest::Contains("exists already"), FileError);
    CHECK(read_secret_key(dir.path / "fleet.key").public_key() == key.public_key());
    chmod((dir.path / "fleet.key").c_str(), 0640);
    CHECK_THROWS_WITH_AS(read_secret_key(dir.path / "fleet.key"), doctest::Contains("others may read"),
                         FileError);
    write_public_key(dir.path / "fleet.pub", key.public_key());
    CHECK(read_public_key(dir.path / "fleet.pub") == key.public_key());
    CHECK_THROWS_WITH_AS(parse_public_key("zuil-fleet-secret-key-v1 AAAA", "x.pub"),
                         doctest::Contains("not a zuil-fleet-public-key-v1 file"), FleetError);
    CHECK_THROWS_WITH_AS(parse_public_key("zuil-fleet-public-key-v1 AAAA", "x.pub"),
                         doctest::Contains("3 bytes"), FleetError);
    CHECK(key_id(key.public_key()).size() == 16);
}

TEST_CASE("the kiosk's identity reads back, and a damaged one is refused") {
    auto kiosk = library_kiosk();
    auto back = parse_identity(identity_json(kiosk), "identity.json");
    CHECK(back.id == kiosk.id);
    CHECK(back.groups == kiosk.groups);
    CHECK(back.box_public == kiosk.box_public);
    auto other = make_identity("bieb-zuid-2", {});
    auto mixed = nlohmann::json::parse(identity_json(kiosk));
    mixed["box_public_key"] = box_key_text(other.box_public);
    CHECK_THROWS_WITH_AS(parse_identity(mixed.dump(), "identity.json"),
                         doctest::Contains("does not belong together"), FleetError);
    CHECK_THROWS_AS(make_identity("bieb noord", {}), FleetError);
}

TEST_CASE("installing keeps the bundle it replaces, and a damaged current bundle gives way to it") {
    TempDir dir;
    auto key = SigningKey::generate();
    auto store = enrolled_store(dir, key, library_kiosk());
    CHECK_FALSE(store.installed());
    CHECK(store.installed_version() == 0);
    store.install(signed_bundle(good_bundle(3), key));
    store.install(signed_bundle(good_bundle(4), key));
    CHECK(store.installed_version() == 4);
    CHECK(mode_of(store.current_file()) == 0600);
    // A disk error or a hand that edited the file: the signature no longer holds.
    auto damaged = read_small_file(store.current_file(), max_bundle_bytes);
    damaged[damaged.size() / 2] ^= 0x20;
    write_file_atomically(store.current_file(), damaged, 0600);
    auto in_use = store.installed();
    REQUIRE(in_use);
    CHECK(in_use->fallback);
    CHECK(in_use->bundle.version == 3);
    store.record_refusal(5, "bundle refused (version 5): it has expired", now());
    CHECK(std::filesystem::exists(store.refusal_file()));
    store.install(signed_bundle(good_bundle(6), key));
    CHECK_FALSE(std::filesystem::exists(store.refusal_file()));
}

TEST_CASE("a file larger than its limit is not read, and an atomic write leaves no temp file") {
    TempDir dir;
    write_file_atomically(dir.path / "a", std::string(100, 'x'), 0600);
    CHECK_THROWS_WITH_AS(read_small_file(dir.path / "a", 99), doctest::Contains("larger than 99 bytes"),
                         FileError);
    CHECK(read_small_file(dir.path / "a", 100).size() == 100);
    CHECK_FALSE(std::filesystem::exists(dir.path / "a.new"));
    CHECK_THROWS_AS(read_small_file(dir.path, 100), FileError); // a directory
}
