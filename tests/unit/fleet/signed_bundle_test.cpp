// The bundle's way into a kiosk: signature first, then the payload, then the kiosk's own rules.
#include "../../support/error_of.hpp"
#include "fleet_test_support.hpp"
#include "kiosk/fleet/bundle_intake.hpp"

#include <doctest/doctest.h>

using namespace kiosk::fleet;
using namespace fleet_testing;

namespace {

std::string refusal(const std::function<void()>& attempt) {
    return testing_support::error_of<FleetError>(attempt);
}

} // namespace

TEST_CASE("a bundle signed with the fleet key and meant for this kiosk is accepted") {
    auto key = SigningKey::generate();
    auto kiosk = library_kiosk();
    auto bundle = accept_bundle(signed_bundle(good_bundle(), key), key.public_key(), kiosk, 1, now());
    CHECK(bundle.version == 2);
    CHECK(bundle.settings["kiosk_name"] == "Zuil Bibliotheek Noord");
}

TEST_CASE("a changed byte, another key, a command or a cut-off bundle is refused before parsing") {
    auto key = SigningKey::generate();
    auto kiosk = library_kiosk();
    auto bytes = signed_bundle(good_bundle(), key);
    auto tampered = bytes;
    tampered[tampered.size() - 3] ^= 1;
    CHECK(refusal([&] { accept_bundle(tampered, key.public_key(), kiosk, 1, now()); }).find("signature") !=
          std::string::npos);
    auto other = SigningKey::generate();
    CHECK(refusal([&] { accept_bundle(bytes, other.public_key(), kiosk, 1, now()); }).find("signature") !=
          std::string::npos);
    auto command = seal_message(MessageKind::command, bundle_payload(good_bundle()), key);
    CHECK(refusal([&] {
              accept_bundle(command, key.public_key(), kiosk, 1, now());
          }).find("not a signed message") != std::string::npos);
    CHECK(refusal([&] {
              accept_bundle(bytes.substr(0, 50), key.public_key(), kiosk, 1, now());
          }).find("not a signed message") != std::string::npos);
    // A signed payload that is not JSON reaches the parser only because it is signed; still refused.
    auto garbage = seal_message(MessageKind::bundle, "{not json", key);
    CHECK(refusal([&] {
              accept_bundle(garbage, key.public_key(), kiosk, 1, now());
          }).find("not a JSON object") != std::string::npos);
}

TEST_CASE("rollback, expiry, a future date and other kiosks are refused with the reason") {
    auto key = SigningKey::generate();
    auto kiosk = library_kiosk();
    auto try_bundle = [&](const Bundle& b, std::int64_t installed) {
        return refusal(
            [&] { accept_bundle(signed_bundle(b, key), key.public_key(), kiosk, installed, now()); });
    };
    CHECK(try_bundle(good_bundle(2), 2).find("version 2 is installed") != std::string::npos);
    CHECK(try_bundle(good_bundle(2), 5).find("higher version") != std::string::npos);
    auto expired = good_bundle();
    expired.issued_at = now() - 7200;
    expired.expires_at = now() - 10;
    CHECK(try_bundle(expired, 1).find("expired") != std::string::npos);
    auto future = good_bundle();
    future.issued_at = now() + 3 * 24 * 3600;
    future.expires_at = now() + 4 * 24 * 3600;
    CHECK(try_bundle(future, 1).find("future") != std::string::npos);
    auto elsewhere = good_bundle();
    elsewhere.targets = {false, {"bieb-zuid-2"}, {"buurthuizen"}};
    CHECK(try_bundle(elsewhere, 1).find("meant for other kiosks, not bieb-noord-1") != std::string::npos);
    auto by_name = elsewhere;
    by_name.targets.kiosks.push_back("bieb-noord-1");
    CHECK(try_bundle(by_name, 1) == "accepted");
    auto everyone = good_bundle();
    everyone.targets = {true, {}, {}};
    CHECK(try_bundle(everyone, 1) == "accepted");
}

TEST_CASE("a bundle that carries a secret in clear, an unknown field or a bad logo is refused") {
    auto parse = [](const std::string& json) { return refusal([&] { parse_bundle(json); }); };
    auto base = nlohmann::json::parse(bundle_payload(good_bundle()));
    auto with = [&](const nlohmann::json& patch) {
        auto j = base;
        j.merge_patch(patch);
        return parse(j.dump());
    };
    CHECK(with({{"settings", {{"zgw", {{"secret", "0123456789abcdef"}}}}}}).find("settings.zgw.secret") !=
          std::string::npos);
    CHECK(with({{"settings", {{"call", {{"phone", {{"account", "<sip:k@x>;auth_pass=geheim"}}}}}}}})
              .find("SIP password") != std::string::npos);
    CHECK(with({{"colour", "red"}}).find("colour: unknown field") != std::string::npos);
    CHECK(with({{"zuil_bundle", 2}}).find("format 1") != std::string::npos);
    CHECK(with({{"version", 0}}).find("version") != std::string::npos);
    CHECK(with({{"version", "3"}}).find("whole number") != std::string::npos);
    CHECK(with({{"expires_at", base["issued_at"]}}).find("expires_at") != std::string::npos);
    CHECK(with({{"for", {{"kiosks", {"bieb noord"}}}}}).find("for.kiosks") != std::string::npos);
    CHECK(with({{"for", {{"groups", nullptr}}}}).find("names no kiosk") != std::string::npos);
    CHECK(with({{"content", {{"logo_png", "R0lGODlh"}}}}).find("not a PNG") != std::string::npos);
    CHECK(with({{"content", {{"texts", {{"nl", {{"welcome.title", ""}}}}}}}}).find("1 to 2000") !=
          std::string::npos);
    CHECK(with({{"secrets", {{"bieb-noord-1", {{"zgw/secret", "AAAA"}}}}}}).find("JSON pointer") !=
          std::string::npos);
    CHECK(parse(std::string(40, '[')).find("not a JSON object") != std::string::npos);
    CHECK(parse(base.dump()) == "accepted");
}

TEST_CASE("a payload survives signing unchanged, content and sealed secrets included") {
    auto key = SigningKey::generate();
    auto kiosk = library_kiosk();
    auto b = good_bundle();
    b.note = "nieuwe openingstijden";
    b.texts["nl"]["welcome.title"] = "Welkom in de bibliotheek";
    b.theme = {{"palettes", {{"normal", {{"primary", "#004B87"}}}}}};
    b.logo_png = std::string("\x89PNG\r\n\x1a\n", 8) + "rest";
    b.secrets["bieb-noord-1"]["/zgw/secret"] = seal_secret("een-geheim-van-zestien", kiosk.box_public);
    auto back = accept_bundle(signed_bundle(b, key), key.public_key(), kiosk, 0, now());
    CHECK(back.note == b.note);
    CHECK(back.texts == b.texts);
    CHECK(back.theme == b.theme);
    CHECK(back.logo_png == b.logo_png);
    CHECK(back.targets == b.targets);
    auto opened = open_secret(back.secrets["bieb-noord-1"]["/zgw/secret"], kiosk);
    CHECK(std::string(opened.begin(), opened.end()) == "een-geheim-van-zestien");
    auto other_kiosk = make_identity("bieb-zuid-2", {});
    CHECK(refusal([&] {
              open_secret(back.secrets["bieb-noord-1"]["/zgw/secret"], other_kiosk);
          }).find("not sealed to this kiosk") != std::string::npos);
}
