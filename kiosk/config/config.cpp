#include "kiosk/config/config.hpp"

#include "devices/phone/baresip_messages.hpp"
#include "kiosk/services/http/url_policy.hpp"
#include "kiosk/util/json_reader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <sys/stat.h>

namespace kiosk::config {
namespace {

// An address the kiosk builds URLs on: https (http only to loopback), no query, no trailing slash.
bool base_url(const std::string& text) {
    auto url = services::parse_url(text);
    return url && url->query.empty() && !text.ends_with("/") && text.find('?') == std::string::npos;
}

std::string api_root(const util::JsonReader& z, const char* key) {
    auto root = z.string(key);
    if (!base_url(root))
        z.fail(key, "expected an https address without a trailing slash, such as "
                    "https://openzaak.gemeente.nl/zaken/api/v1");
    return root;
}

// A secret in a file that other users can read is no secret: refused, with the fix in the message.
void refuse_open_file(const util::JsonReader& z, const char* key) {
    auto file = z.string(key);
    struct stat info {};
    if (stat(file.c_str(), &info) != 0) z.fail(key, "cannot read " + file);
    if (info.st_mode & (S_IROTH | S_IWOTH | S_IWGRP))
        z.fail(key,
               file + " may be read or changed by other users: chmod 600 (or 640 for the kiosk's group)");
}

std::string read_secret_file(const util::JsonReader& z, const char* key) {
    refuse_open_file(z, key);
    return util::read_text_file(z.string(key));
}

services::zgw::Confidentiality level(const util::JsonReader& z, const char* key) {
    auto text = z.string_or(key, "openbaar");
    auto parsed = services::zgw::parse_confidentiality(text);
    if (!parsed) z.fail(key, "expected a vertrouwelijkheidaanduiding such as openbaar or beperkt_openbaar");
    return *parsed;
}

services::zgw::ZgwSettings parse_zgw(const util::JsonReader& z, const std::string& kiosk_name) {
    z.allow_only({"zaken_root", "catalogi_root", "documenten_root", "client_id", "secret", "secret_file",
                  "kiosk_id", "max_confidentiality", "max_document_confidentiality",
                  "show_cases_without_status", "ca_file", "request_timeout_s", "max_pages", "max_document_mb",
                  "catalogue_ttl_s", "expand", "visible_roles"});
    services::zgw::ZgwSettings s;
    s.roots = {api_root(z, "zaken_root"), api_root(z, "catalogi_root"), api_root(z, "documenten_root")};
    s.credentials.client_id = z.string("client_id");
    if (z.has("secret") == z.has("secret_file")) z.fail("secret", "give either secret or secret_file");
    // A file readable by the kiosk user only keeps the secret out of a config that is copied around.
    s.credentials.secret = z.has("secret") ? z.string("secret") : read_secret_file(z, "secret_file");
    while (!s.credentials.secret.empty() &&
           (s.credentials.secret.back() == '\n' || s.credentials.secret.back() == '\r'))
        s.credentials.secret.pop_back();
    if (s.credentials.secret.size() < 16) z.fail("secret", "must be at least 16 characters");
    s.credentials.kiosk_id = z.string_or("kiosk_id", kiosk_name);
    s.rules.max_zaak = level(z, "max_confidentiality");
    s.rules.max_document = level(z, "max_document_confidentiality");
    s.rules.show_without_status = z.boolean_or("show_cases_without_status", false);
    if (z.has("visible_roles")) {
        s.rules.roles.clear();
        for (const auto& role : z.array("visible_roles")) {
            auto type = role.as_string();
            if (!services::zgw::known_role_type(type))
                z.fail("visible_roles",
                       "expected omschrijvingGeneriek values such as initiator or mede_initiator");
            s.rules.roles.push_back(type);
        }
        if (s.rules.roles.empty()) z.fail("visible_roles", "at least one role type, such as initiator");
    }
    s.ca_file = z.string_or("ca_file", "");
    s.request_timeout = std::chrono::seconds(z.integer_or("request_timeout_s", 1, 60, 10));
    s.max_pages = static_cast<int>(z.integer_or("max_pages", 1, 50, 5));
    s.max_document_bytes =
        static_cast<std::size_t>(z.integer_or("max_document_mb", 1, 200, 20)) * 1024 * 1024;
    s.catalogue_ttl = std::chrono::seconds(z.integer_or("catalogue_ttl_s", 0, 86'400, 3600));
    s.try_expand = z.boolean_or("expand", true);
    return s;
}

devices::CupsSettings parse_printer(const util::JsonReader& p) {
    devices::CupsSettings s;
    s.queue = p.string("queue");
    // Stricter than CUPS itself: the name goes into an IPP URI as it is.
    bool valid = !s.queue.empty() && s.queue.size() <= 127 && std::ranges::all_of(s.queue, [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.';
    });
    if (!valid) p.fail("queue", "expected a CUPS queue name such as balie-printer");
    s.server = p.string_or("server", "");
    if (!s.server.empty() && !devices::parse_cups_server(s.server))
        p.fail("server",
               "expected cupsd on this machine: its socket (/run/cups/cups.sock) or localhost[:port]");
    s.request_timeout = std::chrono::seconds(p.integer_or("request_timeout_s", 1, 60, 5));
    s.job_timeout = std::chrono::seconds(p.integer_or("job_timeout_s", 30, 1800, 180));
    return s;
}

services::IdBellenSettings parse_idbellen(const util::JsonReader& i, const std::string& kiosk_name) {
    i.allow_only({"url", "kiosk_id", "purpose_general", "purpose_case", "request_timeout_s", "ca_file"});
    services::IdBellenSettings s;
    s.url = i.string("url");
    if (!base_url(s.url))
        i.fail("url", "expected an https address without a trailing slash, such as "
                      "https://idbellen.gemeente.nl/api/v1");
    s.kiosk_id = i.string_or("kiosk_id", kiosk_name);
    s.purpose_general = i.string_or("purpose_general", s.purpose_general);
    s.purpose_case = i.string_or("purpose_case", s.purpose_case);
    s.timeout_ms = i.integer_or("request_timeout_s", 1, 60, 10) * 1000;
    s.ca_file = i.string_or("ca_file", "");
    return s;
}

devices::BaresipSettings parse_phone(const util::JsonReader& p) {
    p.allow_only({"managed", "baresip", "owner", "control", "sip_listen", "account", "audio_source",
                  "audio_player", "rtp_ports", "extra_config", "code_terminator", "command_timeout_s"});
    devices::BaresipSettings s;
    s.managed = p.boolean_or("managed", s.managed);
    s.binary = p.string_or("baresip", s.binary);
    s.owner = p.string_or("owner", s.owner);
    s.control = p.string_or("control", s.control);
    auto port =
        std::string_view(s.control).substr(std::min(s.control.size(), std::string_view("127.0.0.1:").size()));
    int port_number = 0;
    auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), port_number);
    if (!s.control.starts_with("127.0.0.1:") || error != std::errc() || end != port.data() + port.size() ||
        port_number < 1 || port_number > 65535)
        p.fail("control", "expected 127.0.0.1:PORT: ctrl_tcp has no password");
    s.sip_listen = p.string_or("sip_listen", s.sip_listen);
    s.account = p.string_or("account", s.account);
    auto account = devices::parse_account(s.account);
    if (!account) p.fail("account", "expected a baresip account line such as <sip:kiosk@pbx>");
    // The code travels in the call's media, and SDES keys in its signalling: off this machine both go
    // encrypted, or the kiosk does not call.
    if (!account->loopback && !(account->tls && account->srtp_mandatory))
        p.fail("account", "a SIP account off this machine needs ;transport=tls (or sips:) in the address "
                          "and ;mediaenc=srtp-mand");
    s.audio_source = p.string_or("audio_source", s.audio_source);
    s.audio_player = p.string_or("audio_player", s.audio_player);
    s.rtp_ports = p.string_or("rtp_ports", s.rtp_ports);
    if (p.has("extra_config"))
        for (const auto& line : p.array("extra_config"))
            s.extra_config.push_back(line.as_string());
    s.code_terminator = p.has("code_terminator") ? p.string("code_terminator") : "";
    if (!s.code_terminator.empty() && s.code_terminator != "#" && s.code_terminator != "*")
        p.fail("code_terminator", "expected \"#\" or \"*\"");
    s.command_timeout_ms = static_cast<int>(p.integer_or("command_timeout_s", 1, 30, 5) * 1000);
    for (const auto* value :
         {&s.control, &s.sip_listen, &s.account, &s.audio_source, &s.audio_player, &s.rtp_ports})
        if (value->find_first_of("\r\n") != std::string::npos)
            p.fail("", "settings may not hold line breaks");
    return s;
}

// The broker: TLS with the kiosk's own client certificate, except to a broker on this machine.
fleet::TelemetrySettings parse_telemetry(const util::JsonReader& t) {
    t.allow_only({"host", "port", "ca_file", "cert_file", "key_file", "topic_prefix", "health_interval_s",
                  "bundle_url", "bundle_ca_file"});
    fleet::TelemetrySettings s;
    s.host = t.string("host");
    if (s.host.find_first_of("/:@ ") != std::string::npos && s.host != "::1")
        t.fail("host", "expected a host name or address, such as mqtt.gemeente.nl");
    s.port = static_cast<int>(t.integer_or("port", 1, 65535, fleet::loopback_host(s.host) ? 1883 : 8883));
    s.ca_file = t.string_or("ca_file", "");
    s.cert_file = t.string_or("cert_file", "");
    s.key_file = t.string_or("key_file", "");
    if (!fleet::loopback_host(s.host) && (s.ca_file.empty() || s.cert_file.empty() || s.key_file.empty()))
        t.fail("host", "a broker on another machine is reached over TLS with the kiosk's client certificate: "
                       "give ca_file, cert_file and key_file");
    if (s.cert_file.empty() != s.key_file.empty())
        t.fail("cert_file", "give cert_file and key_file together");
    for (const char* key : {"ca_file", "cert_file"})
        if (t.has(key) && !std::filesystem::exists(t.string(key)))
            t.fail(key, "cannot read " + t.string(key));
    if (!s.key_file.empty()) refuse_open_file(t, "key_file");
    s.topic_prefix = t.string_or("topic_prefix", s.topic_prefix);
    if (s.topic_prefix.find_first_of("+#/ ") != std::string::npos)
        t.fail("topic_prefix", "one topic level, without + # / or spaces");
    s.health_interval = std::chrono::seconds(t.integer_or("health_interval_s", 5, 3600, 60));
    s.bundle_url = t.string_or("bundle_url", "");
    if (!s.bundle_url.empty()) {
        auto example = s.bundle_url;
        if (auto at = example.find("{kiosk}"); at != std::string::npos) example.replace(at, 7, "kiosk-1");
        if (!services::parse_url(example))
            t.fail("bundle_url",
                   "expected an https address, such as https://cdn.gemeente.nl/zuil/{kiosk}.bundle");
    }
    s.bundle_ca_file = t.string_or("bundle_ca_file", "");
    if (!s.bundle_ca_file.empty() && !std::filesystem::exists(s.bundle_ca_file))
        t.fail("bundle_ca_file", "cannot read " + s.bundle_ca_file);
    return s;
}

} // namespace

KioskConfig parse_config(const std::string& json_text, const std::string& source_name) {
    auto root = util::JsonReader::parse(json_text, source_name);
    root.allow_only({"kiosk_name", "municipality", "default_language", "display", "session", "printing",
                     "demo", "oidc", "zgw", "call", "telemetry", "staff", "sound"});
    KioskConfig c;
    c.kiosk_name = root.string_or("kiosk_name", c.kiosk_name);
    c.municipality = root.string_or("municipality", c.municipality);
    c.default_language = root.string_or("default_language", c.default_language);

    if (root.has("display")) {
        auto d = root.object("display");
        d.allow_only({"width", "height", "fullscreen", "renderer", "mirror"});
        c.display.width = static_cast<int>(d.integer_or("width", 640, 7680, c.display.width));
        c.display.height = static_cast<int>(d.integer_or("height", 480, 7680, c.display.height));
        c.display.fullscreen = d.boolean_or("fullscreen", c.display.fullscreen);
        auto renderer = d.string_or("renderer", "auto");
        if (renderer != "auto" && renderer != "software")
            d.fail("renderer", "expected \"auto\" or \"software\"");
        c.display.software_renderer = renderer == "software";
        c.display.mirror = d.boolean_or("mirror", c.display.mirror);
    }
    if (root.has("sound")) {
        auto sound = root.object("sound");
        sound.allow_only({"headset_control"});
        c.sound.headset_control = sound.string_or("headset_control", c.sound.headset_control);
        const auto& name = c.sound.headset_control;
        const bool plain =
            !name.empty() && name.size() <= 64 &&
            std::all_of(name.begin(), name.end(), [](char ch) { return ch > ' ' && ch < 127; });
        if (!plain)
            sound.fail("headset_control",
                       "expected \"auto\", \"none\" or an ALSA control device such as \"hw:0\"");
    }
    if (root.has("session")) {
        auto s = root.object("session");
        s.allow_only({"idle_warning_after_s", "idle_countdown_s", "idle_warning_on_phone_screens_s",
                      "limit_s", "limit_warning_s"});
        auto& p = c.policy;
        // The floors come from the accessibility rules: at least 20 s of warning (we keep 30 s for novices).
        p.idle_warning_after = core::seconds(s.integer_or("idle_warning_after_s", 15, 600, 60));
        p.idle_countdown = core::seconds(s.integer_or("idle_countdown_s", 30, 120, 30));
        p.idle_warning_on_phone_screens =
            core::seconds(s.integer_or("idle_warning_on_phone_screens_s", 60, 600, 120));
        p.session_limit = core::seconds(s.integer_or("limit_s", 120, 7200, 1200));
        p.session_warning = core::seconds(s.integer_or("limit_warning_s", 30, 600, 120));
        if (p.session_warning >= p.session_limit) s.fail("limit_warning_s", "must be shorter than limit_s");
    }
    if (root.has("printing")) {
        auto p = root.object("printing");
        p.allow_only({"max_pages_per_session", "queue", "server", "request_timeout_s", "job_timeout_s"});
        c.max_pages_per_session = static_cast<int>(p.integer_or("max_pages_per_session", 1, 500, 20));
        if (p.has("queue")) c.printer = parse_printer(p);
    }
    if (root.has("call")) {
        auto call = root.object("call");
        call.allow_only({"service", "phone", "answer_timeout_s", "code_pause_ms"});
        if (call.has("service")) c.idbellen = parse_idbellen(call.object("service"), c.kiosk_name);
        if (call.has("phone")) c.phone = parse_phone(call.object("phone"));
        c.policy.call_answer_timeout = core::seconds(call.integer_or("answer_timeout_s", 10, 300, 60));
        c.policy.call_code_pause = core::Duration(call.integer_or("code_pause_ms", 0, 10'000, 2000));
    }
    if (root.has("telemetry")) c.telemetry = parse_telemetry(root.object("telemetry"));
    if (root.has("staff")) c.staff = staff::parse_staff(root.object("staff"));
    if (root.has("demo")) {
        auto d = root.object("demo");
        d.allow_only({"enabled", "auto_login_s"});
        c.demo = d.boolean_or("enabled", false);
        c.demo_auto_login_s = static_cast<int>(d.integer_or("auto_login_s", 3, 600, 15));
    }
    if (root.has("oidc")) {
        auto o = root.object("oidc");
        o.allow_only({"issuer", "client_id", "scopes", "bsn_claim", "name_claim", "ca_file",
                      "verification_host", "acr_levels", "minimum_acr", "poll_interval_s",
                      "request_timeout_s", "code_lifetime_s"});
        services::OidcSettings s;
        s.issuer = o.string("issuer");
        if (!base_url(s.issuer)) o.fail("issuer", "expected an https address without a trailing slash");
        s.client_id = o.string("client_id");
        s.scopes = o.string_or("scopes", s.scopes);
        if (s.scopes.find("openid") == std::string::npos) o.fail("scopes", "must include openid");
        s.bsn_claim = o.string_or("bsn_claim", s.bsn_claim);
        s.name_claim = o.string_or("name_claim", s.name_claim);
        s.ca_file = o.string_or("ca_file", "");
        s.poll_interval = std::chrono::seconds(o.integer_or("poll_interval_s", 1, 60, 5));
        s.request_timeout = std::chrono::seconds(o.integer_or("request_timeout_s", 1, 60, 10));
        // RFC 8628 §5.4 and the cross-device BCP: a device code lives five minutes at the most.
        s.max_code_lifetime = std::chrono::seconds(o.integer_or("code_lifetime_s", 30, 300, 300));
        auto issuer_host = services::parse_url(s.issuer)->host;
        s.verification_host = o.string_or("verification_host", issuer_host);
        auto host_check = services::parse_url("https://" + s.verification_host + "/");
        if (!host_check || host_check->host != s.verification_host)
            o.fail("verification_host", "expected a host name such as inloggen.gemeente.nl");
        if (o.has("acr_levels")) {
            s.acr_levels.clear();
            for (const auto& level : o.array("acr_levels"))
                s.acr_levels.push_back(level.as_string());
            if (s.acr_levels.empty()) o.fail("acr_levels", "expected the broker's acr values, lowest first");
        }
        s.minimum_acr = o.string_or("minimum_acr", s.minimum_acr);
        if (std::find(s.acr_levels.begin(), s.acr_levels.end(), s.minimum_acr) == s.acr_levels.end())
            o.fail("minimum_acr", "must be one of acr_levels");
        c.oidc = s;
    }
    if (root.has("zgw")) c.zgw = parse_zgw(root.object("zgw"), c.kiosk_name);
    return c;
}

KioskConfig load_config(const std::filesystem::path& file) {
    return parse_config(util::read_text_file(file), file.string());
}

} // namespace kiosk::config
