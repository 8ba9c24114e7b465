#include "kiosk/app/wiring.hpp"

#include "kiosk/services/demo/demo_services.hpp"
#include "kiosk/services/unavailable.hpp"
#include "kiosk/util/log.hpp"

#include <stdexcept>

namespace kiosk::app {
namespace {

class DemoBackends final : public BackendSet {
public:
    DemoBackends(runtime::Runtime& runtime, services::DemoData data, services::DemoTimings timings)
        : world(runtime, std::move(data), timings) {
        runtime.attach({&world.auth, &world.cases, &world.calls, &world.printer, &world.health, &world});
    }
    services::DemoWorld world;
};

class UnavailableBackends final : public BackendSet {
public:
    explicit UnavailableBackends(runtime::Runtime& runtime) : none(runtime) {
        runtime.attach({&none, &none, &none, &none, &none, nullptr});
    }
    services::Unavailable none;
};

} // namespace

Setup load_setup(const Options& options) {
    Setup s;
    if (options.config) s.config = config::load_config(*options.config);
    if (options.demo) s.config.demo = true;
    if (options.windowed) s.config.display.fullscreen = false;
    if (options.software_renderer) s.config.display.software_renderer = true;
    if (options.size) std::tie(s.config.display.width, s.config.display.height) = *options.size;

    s.content.texts = ui::Texts::load(options.content_dir);
    s.content.theme = ui::load_theme(options.content_dir / "theme" / "tokens.json");
    s.content.kiosk_name = s.config.kiosk_name;
    s.content.municipality = s.config.municipality;
    if (!s.content.texts.language(s.config.default_language))
        throw std::runtime_error("default_language '" + s.config.default_language + "' is not in languages.json");

    auto& state = s.initial;
    state.policy = s.config.policy;
    state.defaults.language = s.config.default_language;
    state.settings = state.defaults;
    state.demo = s.config.demo;
    state.max_pages_per_session = s.config.max_pages_per_session;
    return s;
}

std::unique_ptr<BackendSet> attach_backends(runtime::Runtime& runtime, const Setup& setup, const Options& options) {
    if (setup.config.demo) {
        auto data = services::load_demo_data(options.content_dir / "demo" / "cases.json");
        data.municipality = setup.config.municipality;
        services::DemoTimings timings;
        timings.auto_approve = core::seconds(setup.config.demo_auto_login_s);
        return std::make_unique<DemoBackends>(runtime, std::move(data), timings);
    }
    // The real DigiD, ZGW, ID-bellen and CUPS clients arrive with their own issues; until one is
    // configured the kiosk says plainly that it is out of order.
    log::warning("no backends configured: the kiosk shows 'out of order' (start with --demo for the demo)");
    return std::make_unique<UnavailableBackends>(runtime);
}

} // namespace kiosk::app
