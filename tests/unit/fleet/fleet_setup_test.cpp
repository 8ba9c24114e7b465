// A bundle applied to the kiosk's own configuration and content, validated as the kiosk's files are.
#include "fleet_test_support.hpp"
#include "kiosk/app/wiring.hpp"
#include "kiosk/fleet/bundle_store.hpp"
#include "kiosk/fleet/files.hpp"

#include <doctest/doctest.h>

using namespace kiosk;
using namespace fleet_testing;

namespace {

app::Options options_with(const std::filesystem::path& config) {
    app::Options o;
    o.config = config;
    o.content_dir = KIOSK_SOURCE_DIR "/content";
    o.pdf_helper = KIOSK_PDF_HELPER;
    return o;
}

std::filesystem::path write_config(const TempDir& dir, const nlohmann::json& config) {
    auto file = dir.path / "kiosk.json";
    fleet::write_file_atomically(file, config.dump(), 0600);
    return file;
}

} // namespace

TEST_CASE("settings, texts, palettes, logo and sealed secrets reach the kiosk's setup") {
    TempDir dir;
    auto config = write_config(
        dir, {{"kiosk_name", "Zuil Bibliotheek Centrum"}, {"session", {{"idle_warning_after_s", 60}}}});
    app::FleetBundle applied{good_bundle(), library_kiosk()};
    auto& b = applied.bundle;
    b.settings = {{"session", {{"idle_warning_after_s", 90}}},
                  {"zgw",
                   {{"zaken_root", "https://zaken.example.nl/zaken/api/v1"},
                    {"catalogi_root", "https://zaken.example.nl/catalogi/api/v1"},
                    {"documenten_root", "https://zaken.example.nl/documenten/api/v1"},
                    {"client_id", "zuil"}}}};
    b.secrets[applied.kiosk.id]["/zgw/secret"] =
        fleet::seal_secret("zestien-tekens-lang", applied.kiosk.box_public);
    b.texts["nl"]["welcome.title"] = "Welkom in de bibliotheek";
    b.theme = {{"palettes", {{"normal", {{"primary", "#004B87"}}}}}};
    b.logo_png = std::string("\x89PNG\r\n\x1a\n", 8) + "logo";
    auto setup = app::load_setup(options_with(config), &applied);
    CHECK(setup.bundle_version == 2);
    CHECK(setup.config.kiosk_name == "Zuil Bibliotheek Centrum"); // not in the patch: kept
    CHECK(setup.config.policy.idle_warning_after == core::seconds(90));
    REQUIRE(setup.config.zgw);
    CHECK(setup.config.zgw->credentials.secret == "zestien-tekens-lang");
    CHECK(setup.content.texts.get("nl", ui::TextKey{"welcome.title"}) == "Welkom in de bibliotheek");
    CHECK(setup.content.theme.normal.primary == ui::Rgb{0x00, 0x4B, 0x87});
    CHECK(setup.logo_png == b.logo_png);
}

TEST_CASE("a bundle that would make a configuration the kiosk refuses is refused whole") {
    TempDir dir;
    auto config = write_config(dir, nlohmann::json::object());
    app::FleetBundle applied{good_bundle(), library_kiosk()};
    auto refused = [&](const std::function<void(fleet::Bundle&)>& spoil) {
        auto candidate = applied;
        spoil(candidate.bundle);
        try {
            app::load_setup(options_with(config), &candidate);
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK(refused([](auto&) {}) == "accepted");
    CHECK(refused([](auto& b) {
              b.settings = {{"session", {{"idle_warning_after_s", 5}}}};
          }).find("bundle version 2 on ") != std::string::npos);
    CHECK(refused([](auto& b) { b.texts["nl"]["welcome.no_such_text"] = "Hallo"; }).find("no such text") !=
          std::string::npos);
    CHECK(refused([](auto& b) { b.texts["nl"]["home.greeting_name"] = "Hallo"; }).find("placeholders") !=
          std::string::npos);
    CHECK(refused([](auto& b) { b.texts["xx"]["welcome.title"] = "Hallo"; }).find("no language xx") !=
          std::string::npos);
    CHECK(refused([](auto& b) {
              b.theme = {{"palettes", {{"normal", {{"primary", "#8FB8DE"}}}}}};
          }).find("normal: primary_text on primary is") != std::string::npos);
    CHECK(refused([](auto& b) {
              b.theme = {{"contrast_pairs", nlohmann::json::array()}};
          }).find("palettes only") != std::string::npos);
    CHECK(refused([](auto& b) {
              b.theme = {{"palettes", {{"normal", {{"primary", "blue"}}}}}};
          }) != "accepted");
    CHECK(refused([&](auto& b) {
              b.secrets[applied.kiosk.id]["/zgw/secret"] =
                  fleet::seal_secret("x", fleet::make_identity("other", {}).box_public);
          }).find("not sealed to this kiosk") != std::string::npos);
}

TEST_CASE("at start a waiting bundle is installed only when the kiosk would run with it") {
    TempDir dir;
    auto config = write_config(dir, nlohmann::json::object());
    auto key = fleet::SigningKey::generate();
    fleet::BundleStore store(dir.path / "fleet");
    std::filesystem::create_directories(store.dir());
    fleet::write_public_key(store.fleet_key_file(), key.public_key());
    fleet::write_file_atomically(store.identity_file(), fleet::identity_json(library_kiosk()), 0600);
    auto options = options_with(config);
    options.fleet_dir = store.dir();
    auto offer = [&](const fleet::Bundle& b) {
        fleet::write_file_atomically(store.dir() / "incoming.bundle", signed_bundle(b, key), 0600);
        return app::load_setup(options);
    };
    auto first = good_bundle(2);
    first.texts["nl"]["welcome.title"] = "Welkom in de bibliotheek";
    CHECK(offer(first).bundle_version == 2);
    CHECK_FALSE(std::filesystem::exists(store.dir() / "incoming.bundle"));

    auto unfit = good_bundle(3);
    unfit.settings = {{"session", {{"idle_warning_after_s", 5}}}};
    auto setup = offer(unfit);
    CHECK(setup.bundle_version == 2); // what ran before runs on
    CHECK(setup.content.texts.get("nl", ui::TextKey{"welcome.title"}) == "Welkom in de bibliotheek");
    CHECK(fleet::read_small_file(store.refusal_file(), 4096).find("idle_warning_after_s") !=
          std::string::npos);

    CHECK(offer(good_bundle(2)).bundle_version == 2); // the same version again: a rollback
    CHECK(fleet::read_small_file(store.refusal_file(), 4096).find("higher version") != std::string::npos);
    CHECK(offer(good_bundle(4)).bundle_version == 4);
    CHECK_FALSE(std::filesystem::exists(store.refusal_file()));
}
