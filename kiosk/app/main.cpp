// kiosk: the self-service kiosk. Wires configuration, content, backends and the chosen mode.
#include "devices/phone/baresip_sidecar.hpp"
#include "kiosk/app/modes.hpp"
#include "kiosk/app/process_hardening.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/util/log.hpp"

#include <cstdio>
#include <exception>

#if !defined(KIOSK_DEFAULT_CONTENT_DIR) || !defined(KIOSK_DEFAULT_PDF_HELPER)
#error "the build sets KIOSK_DEFAULT_CONTENT_DIR and KIOSK_DEFAULT_PDF_HELPER"
#endif

int main(int argc, char** argv) {
    auto process_start = kiosk::core::Clock::now();
    kiosk::app::restart_with_safe_malloc(argv); // first: it may start the process again
    kiosk::app::harden_process();               // before any thread or library reads the environment
    using namespace kiosk;
    app::Options options;
    try {
        options =
            app::parse_options(std::vector<std::string>(argv + 1, argv + argc), KIOSK_DEFAULT_CONTENT_DIR);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: %s\n\n%s", e.what(), app::usage().c_str());
        return 2;
    }
    if (options.pdf_helper.empty()) options.pdf_helper = KIOSK_DEFAULT_PDF_HELPER;
    if (options.help) {
        std::printf("%s", app::usage().c_str());
        return 0;
    }
    log::set_level(options.verbose ? log::Level::debug : log::Level::info);
    try {
        if (!options.phone_config_dir.empty()) {
            auto config = config::load_config(*options.config);
            if (!config.phone) throw std::runtime_error(options.config->string() + ": no call.phone section");
            devices::write_baresip_config(*config.phone, options.phone_config_dir);
            return 0;
        }
        auto setup = app::load_setup(options);
        return options.headless ? app::run_headless(options, setup)
                                : app::run_windowed(options, setup, process_start);
    } catch (const std::exception& e) {
        // Configuration and content errors end here: one clear line for the administrator.
        log::error(e.what());
        return 1;
    }
}
