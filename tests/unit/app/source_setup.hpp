#pragma once
// The kiosk's setup as the tests use it: the texts, theme and fonts of this source tree, and the PDF
// helper of this build.
#include "kiosk/app/wiring.hpp"

namespace kiosk::testing_app {

inline app::Setup source_setup() {
    app::Options options;
    options.content_dir = KIOSK_SOURCE_DIR "/content";
    options.pdf_helper = KIOSK_PDF_HELPER;
    return app::load_setup(options);
}

} // namespace kiosk::testing_app
