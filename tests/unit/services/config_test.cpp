#include "kiosk/config/config.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace kiosk::config;

namespace {
std::string error_of(const std::string& json) {
    try {
        parse_config(json, "kiosk.json");
    } catch (const std::exception& e) {
        return e.what();
    }
    return "accepted";
}
} // namespace

TEST_CASE("an empty configuration gives the documented defaults") {
    auto c = parse_config("{}", "kiosk.json");
    CHECK(c.policy.idle_warning_after == kiosk::core::seconds(60));
    CHECK(c.policy.idle_countdown == kiosk::core::seconds(30));
    CHECK(c.policy.session_limit == kiosk::core::seconds(1200));
    CHECK(c.display.width == 1920);
    CHECK(c.display.fullscreen);
    CHECK(c.sound.headset_control == "auto");
    CHECK_FALSE(c.demo);
}

TEST_CASE("the example configuration in provisioning/ is valid and says what the defaults are") {
    auto c = load_config(KIOSK_SOURCE_DIR "/provisioning/config/kiosk.example.json");
    auto defaults = parse_config("{}", "defaults");
    CHECK(c.policy == defaults.policy);
    CHECK(c.kiosk_name == defaults.kiosk_name);
    CHECK(c.max_pages_per_session == defaults.max_pages_per_session);
    CHECK(c.sound.headset_control == defaults.sound.headset_control);
}

TEST_CASE("the sound section: which sound card's jack tells that a headset is in") {
    CHECK(parse_config(R"({"sound":{"headset_control":"hw:1"}})", "kiosk.json").sound.headset_control ==
          "hw:1");
    CHECK(parse_config(R"({"sound":{"headset_control":"none"}})", "kiosk.json").sound.headset_control ==
          "none");
    CHECK(error_of(R"({"sound":{"headset_control":""}})").find("\"auto\", \"none\" or an ALSA control") !=
          std::string::npos);
    CHECK(error_of(R"({"sound":{"headset_control":"hw:0; rm -rf"}})").find("headset_control") !=
          std::string::npos);
    CHECK(error_of(R"({"sound":{"jack":"hw:0"}})").find("is not a known setting") != std::string::npos);
}

TEST_CASE("settings are read and checked") {
    auto c = parse_config(
        R"({"kiosk_name":"Zuil Buurthuis De Linde","display":{"width":1080,"height":1920,"renderer":"software"},
                              "session":{"idle_warning_after_s":45,"limit_s":900},"demo":{"enabled":true}})",
        "kiosk.json");
    CHECK(c.kiosk_name == "Zuil Buurthuis De Linde");
    CHECK(c.display.height == 1920);
    CHECK(c.display.software_renderer);
    CHECK(c.policy.idle_warning_after == kiosk::core::seconds(45));
    CHECK(c.demo);
}

TEST_CASE("mistakes are named with file, setting and what is allowed") {
    CHECK(error_of(R"({"session":{"idle_countdown_s":10}})") ==
          "kiosk.json.session.idle_countdown_s: expected a whole number from 30 to 120, got 10");
    CHECK(error_of(R"({"sesion":{}})") == "kiosk.json.sesion: is not a known setting (check the spelling)");
    CHECK(error_of(R"({"display":{"renderer":"vulkan"}})").find("\"auto\" or \"software\"") !=
          std::string::npos);
    CHECK(error_of(R"({"kiosk_name":42})") == "kiosk.json.kiosk_name: expected a text");
    CHECK(error_of(R"({"session":{"limit_s":300,"limit_warning_s":300}})").find("shorter than limit_s") !=
          std::string::npos);
    CHECK(error_of("not json").find("not valid JSON") != std::string::npos);
    CHECK(error_of(R"({"session":{"limit_s":1e999}})").find("not valid JSON") !=
          std::string::npos); // found by fuzzing
}

TEST_CASE("the DigiD broker: https only (http just for loopback test peers), openid in the scopes") {
    auto c = parse_config(R"({"oidc":{"issuer":"https://login.gemeente.example","client_id":"zuil-1"}})",
                          "kiosk.json");
    REQUIRE(c.oidc);
    CHECK(c.oidc->scopes == "openid bsn profile offline_access");
    CHECK(c.oidc->bsn_claim == "bsn");
    CHECK(c.oidc->max_code_lifetime == std::chrono::seconds(300));
    CHECK(parse_config(R"({"oidc":{"issuer":"http://127.0.0.1:8080","client_id":"k"}})", "k").oidc);
    CHECK(error_of(R"({"oidc":{"issuer":"http://login.gemeente.example","client_id":"k"}})").find("https") !=
          std::string::npos);
    CHECK(error_of(R"({"oidc":{"issuer":"https://x.example/","client_id":"k"}})").find("trailing slash") !=
          std::string::npos);
    CHECK(error_of(R"({"oidc":{"issuer":"https://x.example","client_id":"k","scopes":"bsn"}})")
              .find("openid") != std::string::npos);
    CHECK(error_of(R"({"oidc":{"issuer":"https://x.example","client_id":"k","code_lifetime_s":900}})")
              .find("30 to 300") != std::string::npos);
    CHECK(error_of(R"({"oidc":{"issuer":"https://x.example"}})") == "kiosk.json.oidc.client_id: is missing");
}

TEST_CASE("the DigiD level the kiosk requires, and the host the phone must show") {
    auto c =
        parse_config(R"({"oidc":{"issuer":"https://login.gemeente.example/broker","client_id":"k"}})", "k");
    REQUIRE(c.oidc);
    CHECK(c.oidc->verification_host == "login.gemeente.example"); // the issuer's host by default
    CHECK(c.oidc->minimum_acr == "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract"); // midden
    CHECK(c.oidc->acr_sufficient("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard"));
    CHECK_FALSE(c.oidc->acr_sufficient("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"));
    CHECK_FALSE(c.oidc->acr_sufficient(""));
    CHECK_FALSE(c.oidc->acr_sufficient("midden")); // another broker's word for it is not this broker's
    auto own = parse_config(R"({"oidc":{"issuer":"https://x.example","client_id":"k",
        "verification_host":"inloggen.gemeente.nl",
        "acr_levels":["basis","midden","substantieel","hoog"],"minimum_acr":"substantieel"}})",
                            "k");
    CHECK(own.oidc->verification_host == "inloggen.gemeente.nl");
    CHECK(own.oidc->acr_sufficient("hoog"));
    CHECK_FALSE(own.oidc->acr_sufficient("midden"));
    CHECK(error_of(R"({"oidc":{"issuer":"https://x.example","client_id":"k","minimum_acr":"hoog"}})")
              .find("minimum_acr") != std::string::npos);
    CHECK(error_of(R"({"oidc":{"issuer":"https://x.example","client_id":"k","acr_levels":[]}})")
              .find("acr_levels") != std::string::npos);
    for (const char* bad : {"https://inloggen.gemeente.nl", "inloggen.gemeente.nl/pad", "a b", "x@y"})
        CHECK(error_of(std::string(
                           R"({"oidc":{"issuer":"https://x.example","client_id":"k","verification_host":")") +
                       bad + R"("}})")
                  .find("verification_host") != std::string::npos);
}

TEST_CASE("the idle question on the screens where the resident uses their own phone") {
    CHECK(parse_config("{}", "k").policy.idle_warning_on_phone_screens == kiosk::core::seconds(120));
    CHECK(parse_config(R"({"session": {"idle_warning_on_phone_screens_s": 300}})", "k")
              .policy.idle_warning_on_phone_screens == kiosk::core::seconds(300));
    CHECK(error_of(R"({"session": {"idle_warning_on_phone_screens_s": 3600}})").find("60 to 600") !=
          std::string::npos);
}

TEST_CASE("the zgw section: API roots, credentials and visibility ceilings") {
    const std::string roots = R"("zaken_root":"https://oz.gemeente.example/zaken/api/v1",)"
                              R"("catalogi_root":"https://oz.gemeente.example/catalogi/api/v1",)"
                              R"("documenten_root":"https://oz.gemeente.example/documenten/api/v1",)";
    auto c = parse_config(R"({"kiosk_name":"Zuil 7","zgw":{)" + roots +
                              R"("client_id":"zuil","secret":"0123456789abcdef0123"}})",
                          "kiosk.json");
    REQUIRE(c.zgw);
    CHECK(c.zgw->roots.catalogi == "https://oz.gemeente.example/catalogi/api/v1");
    CHECK(c.zgw->credentials.kiosk_id == "Zuil 7"); // the audit trail names the kiosk, never the resident
    CHECK(c.zgw->rules.max_zaak == kiosk::services::zgw::Confidentiality::openbaar);
    CHECK(c.zgw->rules.max_document == kiosk::services::zgw::Confidentiality::openbaar);
    CHECK(c.zgw->max_pages == 5);
    CHECK(c.zgw->try_expand);

    auto with = [&](const std::string& rest) { return error_of(R"({"zgw":{)" + roots + rest + "}}"); };
    CHECK(with(R"("client_id":"zuil","secret":"short")").find("at least 16") != std::string::npos);
    CHECK(with(R"("client_id":"zuil")").find("either secret or secret_file") != std::string::npos);
    CHECK(with(R"("client_id":"zuil","secret":"0123456789abcdef0123","max_confidentiality":"open")")
              .find("vertrouwelijkheidaanduiding") != std::string::npos);
    CHECK(with(R"("client_id":"zuil","secret":"0123456789abcdef0123","max_pages":0)").find("max_pages") !=
          std::string::npos);
    CHECK(error_of(R"({"zgw":{"zaken_root":"http://oz.example/zaken/api/v1"}})").find("https") !=
          std::string::npos);
    CHECK(error_of(R"({"zgw":{"zaken_root":"https://oz.example/zaken/api/v1/"}})").find("trailing slash") !=
          std::string::npos);
    CHECK(error_of(R"({"zgw":{"zaken_root":"https://oz.example/zaken/api/v1?x=1"}})").find("zaken_root") !=
          std::string::npos);
    CHECK(error_of(R"({"zgw":{"zaken_root":"http://127.0.0.1:1@oz.example/zaken/api/v1"}})")
              .find("zaken_root") != std::string::npos);
}

TEST_CASE("a secret file that other users may read is refused; one for the kiosk alone is read") {
    const std::string roots = R"("zaken_root":"https://oz.gemeente.example/zaken/api/v1",)"
                              R"("catalogi_root":"https://oz.gemeente.example/catalogi/api/v1",)"
                              R"("documenten_root":"https://oz.gemeente.example/documenten/api/v1",)";
    auto file = std::filesystem::temp_directory_path() / ("zgw-secret-" + std::to_string(getpid()));
    {
        std::ofstream out(file);
        out << "0123456789abcdef0123\n";
    }
    auto config = R"({"zgw":{)" + roots + R"("client_id":"zuil","secret_file":")" + file.string() + R"("}})";
    std::filesystem::permissions(file, std::filesystem::perms::owner_read |
                                           std::filesystem::perms::owner_write |
                                           std::filesystem::perms::group_read);
    auto c = parse_config(config, "kiosk.json");
    REQUIRE(c.zgw);
    CHECK(c.zgw->credentials.secret == "0123456789abcdef0123"); // the line break is not part of it
    std::filesystem::permissions(file, std::filesystem::perms::others_read,
                                 std::filesystem::perm_options::add);
    CHECK(error_of(config).find("chmod 600") != std::string::npos);
    std::filesystem::permissions(file, std::filesystem::perms::others_read,
                                 std::filesystem::perm_options::remove);
    std::filesystem::permissions(file, std::filesystem::perms::group_write,
                                 std::filesystem::perm_options::add);
    CHECK(error_of(config).find("chmod 600") != std::string::npos);
    std::filesystem::remove(file);
    CHECK(error_of(config).find("cannot read") != std::string::npos);
}

TEST_CASE("the printing section: a CUPS queue by a name that is safe in a URI, and bounded timeouts") {
    CHECK_FALSE(parse_config(R"({"printing": {"max_pages_per_session": 10}})", "k").printer);
    auto c = parse_config(R"({"printing": {"queue": "balie-printer_1.a", "server": "/run/cups/cups.sock",
                                           "request_timeout_s": 3, "job_timeout_s": 120}})",
                          "k");
    REQUIRE(c.printer);
    CHECK(c.printer->queue == "balie-printer_1.a");
    CHECK(c.printer->server == "/run/cups/cups.sock");
    CHECK(c.printer->request_timeout == std::chrono::seconds(3));
    CHECK(c.printer->job_timeout == std::chrono::seconds(120));
    for (const char* bad : {R"("")", R"("balie printer")", R"("a/b")", R"("a%20b")", R"("a?b")"})
        CHECK(error_of(std::string(R"({"printing": {"queue": )") + bad + "}}").find("queue") !=
              std::string::npos);
    CHECK(error_of(R"({"printing": {"queue": "q", "job_timeout_s": 5}})").find("job_timeout_s") !=
          std::string::npos);
    for (const char* remote : {"printserver.gemeente.nl", "10.0.0.5:631", "127.0.0.1.evil.example",
                               "localhost:0", "[::1]:x", "relative/cups.sock"})
        CHECK(error_of(std::string(R"({"printing": {"queue": "q", "server": ")") + remote + R"("}})")
                  .find("on this machine") != std::string::npos);
    for (const char* local : {"/run/cups/cups.sock", "localhost", "127.0.0.1:8631", "[::1]:631"})
        CHECK(parse_config(std::string(R"({"printing": {"queue": "q", "server": ")") + local + R"("}})", "k")
                  .printer->server == local);
}

TEST_CASE("the call section: the ID-bellen service, the phone, and the call's timings") {
    auto c =
        parse_config(R"({"kiosk_name": "Zuil Noord", "call": {"answer_timeout_s": 45, "code_pause_ms": 1500,
        "service": {"url": "https://idbellen.gemeente.nl/api/v1", "purpose_case": "zaak_kcc"},
        "phone": {"control": "127.0.0.1:4455", "account": "<sip:zuil-noord@pbx.gemeente.nl;transport=tls>;mediaenc=srtp-mand",
                  "code_terminator": "#", "extra_config": ["sip_verify_server\tyes"]}}})",
                     "k");
    CHECK(c.policy.call_answer_timeout == kiosk::core::seconds(45));
    CHECK(c.policy.call_code_pause == kiosk::core::Duration(1500));
    REQUIRE(c.idbellen);
    CHECK(c.idbellen->url == "https://idbellen.gemeente.nl/api/v1");
    CHECK(c.idbellen->kiosk_id == "Zuil Noord");
    CHECK(c.idbellen->purpose_case == "zaak_kcc");
    REQUIRE(c.phone);
    CHECK(c.phone->managed);
    CHECK(c.phone->control == "127.0.0.1:4455");
    CHECK(c.phone->code_terminator == "#");
    CHECK(c.phone->extra_config.size() == 1);
    CHECK_FALSE(parse_config("{}", "k").phone);
    CHECK(error_of(R"({"call": {"service": {"url": "http://idbellen.gemeente.nl"}}})").find("url") !=
          std::string::npos);
    CHECK(error_of(R"({"call": {"phone": {"control": "0.0.0.0:4444"}}})").find("control") !=
          std::string::npos);
    CHECK(error_of(R"({"call": {"phone": {"code_terminator": "1"}}})").find("code_terminator") !=
          std::string::npos);
    CHECK(error_of(R"({"call": {"phone": {"account": "kiosk@pbx"}}})").find("account") != std::string::npos);
    CHECK(error_of(R"({"call": {"answer_timeout_s": 2}})").find("answer_timeout_s") != std::string::npos);
    CHECK(error_of(R"({"call": {"phone": {"audio_source": "a\nmodule\thttpd.so"}}})").find("line break") !=
          std::string::npos);
    CHECK(error_of(R"({"call": {"phone": {"control": "127.0.0.1:44x"}}})").find("control") !=
          std::string::npos);
    CHECK(error_of(R"({"call": {"phone": {"control": "127.0.0.1:99999"}}})").find("control") !=
          std::string::npos);
}

TEST_CASE("a SIP account off this machine must encrypt signalling and media: the code travels in them") {
    auto account = [](const std::string& line) {
        return error_of(R"({"call": {"phone": {"account": ")" + line + R"("}}})");
    };
    CHECK(account("<sip:kiosk@127.0.0.1:5062>;regint=0") == "accepted"); // the tests' own contact centre
    CHECK(account("<sip:zuil@pbx.gemeente.nl;transport=tls>;mediaenc=srtp-mand") == "accepted");
    CHECK(account("<sips:zuil@pbx.gemeente.nl>;auth_pass=x;mediaenc=srtp-mand") == "accepted");
    CHECK(account("<sip:zuil@pbx.gemeente.nl;transport=tls>").find("mediaenc=srtp-mand") !=
          std::string::npos);
    CHECK(account("<sip:zuil@pbx.gemeente.nl>;mediaenc=srtp-mand").find("transport=tls") !=
          std::string::npos);
    CHECK(account("<sip:zuil@pbx.gemeente.nl;transport=udp>;mediaenc=srtp").find("transport=tls") !=
          std::string::npos);
    // The parameter must be the account's own, not text that merely contains it.
    CHECK(account("<sip:zuil@pbx.gemeente.nl;x=transport=tls>;y=mediaenc=srtp-mand") != "accepted");
    CHECK(account("<sip:zuil@127.0.0.1.evil.example>;regint=0") != "accepted");
}
