#include "kiosk/app/wiring.hpp"

#include "devices/card/card_demo.hpp"
#include "devices/card/pcsc_reader.hpp"
#include "devices/phone/baresip_phone.hpp"
#include "devices/printer/cups_printer.hpp"
#include "devices/speech/headset_jack.hpp"
#include "kiosk/app/overview_maker.hpp"
#include "kiosk/app/self_tests.hpp"
#include "kiosk/fleet/backend_probe.hpp"
#include "kiosk/fleet/bundle_store.hpp"
#include "kiosk/fleet/unix_time.hpp"
#include "kiosk/services/demo/demo_services.hpp"
#include "kiosk/services/http/url_policy.hpp"
#include "kiosk/services/idbellen/idbellen_sessions.hpp"
#include "kiosk/services/oidc/oidc_auth.hpp"
#include "kiosk/services/unavailable.hpp"
#include "kiosk/services/zgw/zgw_cases.hpp"
#include "kiosk/staff/badge_desk.hpp"
#include "kiosk/util/log.hpp"

#include "kiosk/util/bounded_json.hpp"
#include "kiosk/util/json_reader.hpp"

#include <stdexcept>

namespace kiosk::app {
namespace {

// The backends the configuration names, as the telemetry asks after them.
std::vector<fleet::ProbeTarget> backend_targets(const config::KioskConfig& c) {
    std::vector<fleet::ProbeTarget> targets;
    if (c.oidc)
        targets.push_back({"oidc", c.oidc->issuer + "/.well-known/openid-configuration", c.oidc->ca_file});
    if (c.zgw)
        for (auto [name, root] :
             {std::pair{"zaken", &c.zgw->roots.zaken}, std::pair{"catalogi", &c.zgw->roots.catalogi},
              std::pair{"documenten", &c.zgw->roots.documenten}})
            targets.push_back({name, *root, c.zgw->ca_file});
    if (c.idbellen) targets.push_back({"idbellen", c.idbellen->url, c.idbellen->ca_file});
    return targets;
}

constexpr auto self_test_timeout = std::chrono::seconds(5);

// What the test page says, in the kiosk's own language: the kiosk, the time, the versions.
std::function<TestPageFacts()> test_page(const config::KioskConfig& config, const ui::Texts& texts,
                                         std::int64_t bundle_version) {
    return [&config, &texts, bundle_version] {
        using ui::operator""_tk;
        const auto& language = config.default_language;
        auto now = std::time(nullptr);
        char when[32] = {};
        std::strftime(when, sizeof when, "%Y-%m-%d %H:%M", std::localtime(&now));
        return TestPageFacts{
            config.municipality,
            texts.get(language, "test_page.title"_tk),
            {texts.format(language, "test_page.kiosk"_tk, {{"name", config.kiosk_name}}),
             texts.format(language, "test_page.printed"_tk, {{"time", when}}),
             texts.format(language, "test_page.versions"_tk,
                          {{"software", KIOSK_VERSION}, {"bundle", std::to_string(bundle_version)}}),
             texts.get(language, "test_page.private"_tk)}};
    };
}

class DemoBackends final : public BackendSet {
public:
    DemoBackends(runtime::Runtime& runtime, services::DemoData data, services::DemoTimings timings,
                 const Setup& setup, staff::StaffSettings staff, OverviewPlace place)
        : world(runtime, std::move(data), timings),
          overview(runtime, setup.content.texts, std::move(place), local_today),
          desk(runtime, std::move(staff)), card_reader(demo_or_real_reader(desk, setup)),
          self_tests(runtime,
                     {.printer = &world.printer,
                      .card_reader = card_reader.get(),
                      .phone_connected = [] { return std::optional<bool>(true); },
                      .backends = [this] { return demo_backends(); }},
                     test_page(setup.config, setup.content.texts, setup.bundle_version)) {
        runtime.attach({.auth = &world.auth,
                        .cases = &world.cases,
                        .call_sessions = &world.calls,
                        .phone = &world.calls,
                        .printer = &world.printer,
                        .health = &world.health,
                        .documents = &overview,
                        .demo = &world,
                        .self_tests = &self_tests});
    }
    DeviceProbes probes() override {
        return {[this] { world.printer.check_ready(0); }, [] { return std::optional<bool>(true); }, {}, true};
    }
    devices::DemoCardReader* demo_card_reader() override {
        return dynamic_cast<devices::DemoCardReader*>(card_reader.get());
    }

    // The demo's backends, up or down as the demo switch says.
    std::map<std::string, std::string> demo_backends() const {
        std::map<std::string, std::string> states;
        for (const char* name : {"oidc", "zaken", "catalogi", "documenten", "idbellen"})
            states[name] = world.backends_down() ? "unreachable" : "reachable";
        return states;
    }

    services::DemoWorld world;
    OverviewMaker overview;
    staff::BadgeDesk desk;
    std::unique_ptr<devices::CardReader> card_reader; // after the desk it reports to
    SelfTests self_tests;

private:
    // The demo's own reader (keys and journey steps lay its badges on it), or, when the configuration
    // brings its own staff section, the real one: a training kiosk with the library's real badges.
    static std::unique_ptr<devices::CardReader> demo_or_real_reader(staff::BadgeDesk& desk,
                                                                    const Setup& setup) {
        if (setup.demo_badges) return std::make_unique<devices::DemoCardReader>(desk);
        return std::make_unique<devices::PcscReader>(
            desk, devices::PcscSettings{.reader = setup.config.staff->reader_name});
    }
};

// Real backends where configured; the rest answer "unavailable" until their issues land.
class RealBackends final : public BackendSet {
public:
    RealBackends(runtime::Runtime& runtime, const Setup& setup, OverviewPlace place)
        : none(runtime), overview(runtime, setup.content.texts, std::move(place), local_today) {
        const auto& config = setup.config;
        const auto& sandbox = setup.sandbox;
        runtime::Backends b{.auth = &none,
                            .cases = &none,
                            .call_sessions = &none,
                            .phone = &none,
                            .printer = &none,
                            .health = &none,
                            .documents = &overview,
                            .demo = nullptr};
        if (config.oidc) {
            auth.emplace(runtime, *config.oidc, services::HttpOptions{config.oidc->ca_file});
            b.auth = &*auth;
            b.health = &*auth; // the broker is what a resident needs first
        }
        if (config.zgw) {
            cases.emplace(runtime, *config.zgw, sandbox);
            b.cases = &*cases;
        }
        if (config.printer) {
            printer.emplace(runtime, *config.printer);
            b.printer = &*printer;
        }
        if (config.idbellen && auth) { // the service acts on the resident's login at the broker
            call_sessions.emplace(runtime, *auth, *config.idbellen);
            b.call_sessions = &*call_sessions;
        }
        if (config.phone) {
            phone.emplace(runtime, *config.phone);
            b.phone = &*phone;
        }
        if (config.sound.headset_control != "none") {
            const bool search = config.sound.headset_control == "auto";
            headset.emplace(
                runtime, devices::HeadsetJackSettings{.control = search ? "" : config.sound.headset_control});
        }
        if (config.staff) {
            desk.emplace(runtime, *config.staff);
            card_reader.emplace(*desk, devices::PcscSettings{.reader = config.staff->reader_name});
        }
        SelfTestProbes tests{.printer = printer ? &*printer : nullptr,
                             .card_reader = card_reader ? &*card_reader : nullptr};
        if (phone) tests.phone_connected = [this] { return std::optional<bool>(phone->connected()); };
        if (auto targets = backend_targets(config); !targets.empty())
            tests.backends = [targets] { return fleet::probe_backends(targets, self_test_timeout); };
        self_tests.emplace(runtime, std::move(tests),
                           test_page(config, setup.content.texts, setup.bundle_version));
        b.self_tests = &*self_tests;
        runtime.attach(b);
    }
    DeviceProbes probes() override {
        DeviceProbes p;
        if (printer) p.check_printer = [this] { printer->check_ready(0); };
        if (phone) p.phone_connected = [this] { return std::optional<bool>(phone->connected()); };
        p.card_reader = card_reader.has_value();
        return p;
    }
    services::Unavailable none;
    OverviewMaker overview;
    std::optional<services::OidcAuth> auth;
    std::optional<services::ZgwCases> cases;
    std::optional<devices::CupsPrinter> printer;
    std::optional<services::IdBellenSessions> call_sessions; // after auth: it borrows its token
    std::optional<devices::BaresipPhone> phone;
    std::optional<staff::BadgeDesk> desk;
    std::optional<devices::PcscReader> card_reader; // after the desk it reports to
    std::optional<devices::HeadsetJack> headset;
    std::optional<SelfTests> self_tests; // last: it uses the printer, reader and phone
};

std::vector<unsigned char> read_font(const std::filesystem::path& file, const char* package) {
    if (!std::filesystem::exists(file))
        throw std::runtime_error("font " + file.string() + " is missing: install the Debian package " +
                                 package);
    auto bytes = util::read_text_file(file); // binary-safe despite its name
    return {bytes.begin(), bytes.end()};
}

ui::FontData load_fonts(const ui::FontFiles& files) {
    return {read_font(files.regular, "fonts-noto-core"), read_font(files.bold, "fonts-noto-core"),
            read_font(files.icons, "fonts-material-design-icons-iconfont"),
            read_font(files.arabic_regular, "fonts-noto-core"),
            read_font(files.arabic_bold, "fonts-noto-core")};
}

} // namespace

namespace {

// A short fingerprint of the texts and theme in use (the content files and a bundle's own), so a
// technician can tell two kiosks' content apart. Not a security measure.
std::string content_fingerprint(const std::filesystem::path& content_dir, const FleetBundle* bundle) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(content_dir / "texts"))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end()); // the same content gives the same fingerprint on every kiosk
    std::string all;
    for (const auto& file : files)
        all += util::read_text_file(file);
    all += util::read_text_file(content_dir / "theme" / "tokens.json");
    if (bundle) all += std::to_string(bundle->bundle.version);
    char text[17] = {};
    std::snprintf(text, sizeof text, "%016zx", std::hash<std::string>{}(all));
    return text;
}

} // namespace

Setup load_setup(const Options& options) {
    if (options.fleet_dir.empty()) return load_setup(options, nullptr);
    auto start = fleet_bundle_at_start(
        options.fleet_dir, [&](const FleetBundle& candidate) { load_setup(options, &candidate); });
    auto setup = load_setup(options, start.bundle ? &*start.bundle : nullptr);
    setup.bundle_refusal = start.refusal;
    return setup;
}

Setup load_setup(const Options& options, const FleetBundle* bundle) {
    Setup s;
    auto where = [&](const std::string& file) {
        return bundle ? "bundle version " + std::to_string(bundle->bundle.version) + " on " + file : file;
    };
    if (bundle) {
        auto base = options.config ? util::parse_json(util::read_text_file(*options.config))
                                   : nlohmann::json::object();
        if (!base.is_object()) throw std::runtime_error(options.config->string() + ": not a JSON object");
        auto merged = configured_with(std::move(base), *bundle).dump();
        s.config =
            config::parse_config(merged, where(options.config ? options.config->string() : "kiosk.json"));
        std::fill(merged.begin(), merged.end(), '\0'); // it may hold a secret opened from the bundle
        s.bundle_version = bundle->bundle.version;
    } else if (options.config) {
        s.config = config::load_config(*options.config);
    }
    if (options.demo) s.config.demo = true;
    if (s.config.demo && !s.config.staff) { // the demo's own badges, to show assisted mode and maintenance
        s.demo_badges = true;
        auto file = options.content_dir / "demo" / "staff.json";
        s.config.staff =
            staff::parse_staff(util::JsonReader::parse(util::read_text_file(file), file.string()));
    }
    if (options.windowed) s.config.display.fullscreen = false;
    if (options.software_renderer) s.config.display.software_renderer = true;
    if (options.size) std::tie(s.config.display.width, s.config.display.height) = *options.size;

    s.content.texts = ui::Texts::load(options.content_dir);
    for (const auto& language : s.content.texts.languages())
        if (auto missing = s.content.texts.missing(language.code); !missing.empty())
            log::warning("texts: " + language.code + " has no text for " + std::to_string(missing.size()) +
                         " keys (shown in Dutch), first " + missing.front());
    auto tokens_file = options.content_dir / "theme" / "tokens.json";
    s.content.theme = ui::load_theme(tokens_file);
    s.logo_png = util::read_text_file(options.content_dir / "theme" / "logo.png");
    if (bundle) {
        const auto& b = bundle->bundle;
        reworded_with(s.content.texts, b);
        auto tokens = util::parse_json(util::read_text_file(tokens_file));
        s.content.theme =
            ui::parse_theme(themed_with(std::move(tokens), b).dump(), where(tokens_file.string()));
        auto shortfalls = ui::contrast_shortfalls(s.content.theme);
        if (!shortfalls.empty())
            throw std::runtime_error(
                where(tokens_file.string()) + ": too little contrast: " + shortfalls.front() +
                (shortfalls.size() > 1 ? " (and " + std::to_string(shortfalls.size() - 1) + " more)" : ""));
        if (!b.logo_png.empty()) s.logo_png = b.logo_png;
    }
    s.content.fonts = load_fonts(ui::FontFiles::debian());
    s.sandbox.helper = options.pdf_helper;
    if (!std::filesystem::exists(s.sandbox.helper))
        throw std::runtime_error("the PDF helper " + s.sandbox.helper.string() +
                                 " is missing: build or install kiosk-pdf-helper, or give --pdf-helper");
    s.content.kiosk_name = s.config.kiosk_name;
    s.content.municipality = s.config.municipality;
    // Headless runs write screenshots and screen dumps to disk: only ever of demo data or of the test
    // peers on this machine.
    auto loopback = [](const std::string& text) {
        auto url = services::parse_url(text);
        return url && url->loopback;
    };
    const auto& zgw = s.config.zgw;
    bool test_peers_only = s.config.oidc && loopback(s.config.oidc->issuer) &&
                           (!zgw || (loopback(zgw->roots.zaken) && loopback(zgw->roots.catalogi) &&
                                     loopback(zgw->roots.documenten))) &&
                           (!s.config.idbellen || loopback(s.config.idbellen->url));
    if (options.headless && !options.gallery && !s.config.demo && !test_peers_only)
        throw std::runtime_error(
            "--headless writes screenshots to disk: only with --demo or test peers on 127.0.0.1");
    if (!s.content.texts.language(s.config.default_language))
        throw std::runtime_error("default_language '" + s.config.default_language +
                                 "' is not in languages.json");

    auto& state = s.initial;
    state.policy = s.config.policy;
    state.defaults.language = s.config.default_language;
    state.settings = state.defaults;
    state.demo = s.config.demo;
    state.max_pages_per_session = s.config.max_pages_per_session;
    if (s.config.staff) state.helpline = s.config.staff->helpline;
    s.content.about = {.kiosk_id = {},
                       .software = KIOSK_VERSION,
                       .bundle = s.bundle_version ? std::to_string(s.bundle_version) : std::string(),
                       .content = content_fingerprint(options.content_dir, bundle)};
    if (!options.fleet_dir.empty()) {
        fleet::BundleStore store(options.fleet_dir);
        if (store.enrolled()) s.content.about.kiosk_id = store.identity().id;
    }
    return s;
}

std::unique_ptr<BackendSet> attach_backends(runtime::Runtime& runtime, const Setup& setup,
                                            const Options& options) {
    OverviewPlace place{setup.config.municipality, setup.config.kiosk_name, setup.logo_png};
    if (setup.config.demo) {
        auto data = services::load_demo_data(options.content_dir / "demo" / "cases.json");
        data.municipality = setup.config.municipality;
        services::DemoTimings timings;
        timings.auto_approve = core::seconds(setup.config.demo_auto_login_s);
        return std::make_unique<DemoBackends>(runtime, std::move(data), timings, setup, *setup.config.staff,
                                              std::move(place));
    }
    if (!setup.config.oidc)
        log::warning(
            "no backends configured: the kiosk shows 'out of order' (start with --demo for the demo)");
    return std::make_unique<RealBackends>(runtime, setup, std::move(place));
}

std::unique_ptr<FleetTelemetry> start_telemetry(runtime::Runtime& runtime, const Setup& setup,
                                                const Options& options, BackendSet& backends) {
    if (!setup.config.telemetry) return nullptr;
    if (options.fleet_dir.empty()) {
        log::warning("telemetry: the kiosk reports only once enrolled in a fleet (--fleet-dir)");
        return nullptr;
    }
    fleet::BundleStore store(options.fleet_dir);
    if (!store.enrolled()) {
        log::warning("telemetry: the kiosk reports only once enrolled in a fleet (kiosk-provision enroll)");
        return nullptr;
    }
    auto started = fleet::unix_now();
    auto telemetry = std::make_unique<FleetTelemetry>(
        runtime, *setup.config.telemetry, store.identity(), store.fleet_key(),
        KioskFacts{options.fleet_dir, KIOSK_VERSION, setup.bundle_version, started}, [&] {
            auto probes = backends.probes();
            probes.backends = backend_targets(setup.config);
            return probes;
        }());
    if (!setup.bundle_refusal.empty())
        telemetry->report("bundle_refused", {{"reason", setup.bundle_refusal}});
    return telemetry;
}

} // namespace kiosk::app
