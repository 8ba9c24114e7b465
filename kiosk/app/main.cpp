// kiosk: the self-service kiosk. Wires configuration, content, backends and the chosen mode.
#include "devices/phone/baresip_sidecar.hpp"
#include "kiosk/app/install_paths.hpp"
#include "kiosk/app/modes.hpp"
#include "kiosk/app/process_hardening.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/util/log.hpp"

#include <cstdio>
#include <exception>

#if !defined(KIOSK_BUILD_CONTENT_DIR) || !defined(KIOSK_BUILD_PDF_HELPER) ||                                 \
    !defined(KIOSK_RELATIVE_CONTENT_DIR) || !defined(KIOSK_RELATIVE_PDF_HELPER)
#error "the build sets where content and the PDF helper are, in the build tree and installed"
#endif

int main(int argc, char** argv) {
    auto process_start = kiosk::core::Clock::now();
    kiosk::app::restart_with_safe_malloc(argv); // first: it may start the process again
    kiosk::app::harden_process();               // before any thread or library reads the environment
    using namespace kiosk;
    auto paths = app::find_install_paths(app::running_executable(),
                                         {KIOSK_RELATIVE_CONTENT_DIR, KIOSK_RELATIVE_PDF_HELPER},
                                         {KIOSK_BUILD_CONTENT_DIR, KIOSK_BUILD_PDF_HELPER});
    app::Options options;
    try {
        options = app::parse_options(std::vector<std::string>(argv + 1, argv + argc), paths.content_dir);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: %s\n\n%s", e.what(), app::usage().c_str());
        return 2;
    }
    if (options.pdf_helper.empty()) options.pdf_helper = paths.pdf_helper;
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
