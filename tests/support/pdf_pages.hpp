#pragma once
// Pages of a PDF, counted the way the kiosk counts them: by the sandboxed helper of this build.
#include "kiosk/services/documents/pdf_sandbox.hpp"

#include <vector>

namespace testing_support {

inline kiosk::services::SandboxSettings test_sandbox() {
    return {.helper = KIOSK_PDF_HELPER};
}

inline int pdf_page_count(std::span<const unsigned char> pdf) {
    return kiosk::services::PdfSandbox(test_sandbox()).count_pages(pdf).pages.value_or(0);
}

} // namespace testing_support
