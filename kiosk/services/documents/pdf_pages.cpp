#include "kiosk/services/documents/pdf_pages.hpp"

#include <poppler-document.h>

#include <memory>

namespace kiosk::services {

int pdf_page_count(const std::vector<unsigned char>& pdf) {
    if (pdf.empty()) return 0;
    // poppler reads the bytes in place; it takes a non-const pointer but does not write.
    std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(
        reinterpret_cast<const char*>(pdf.data()), static_cast<int>(pdf.size())));
    if (!document || document->is_locked()) return 0;
    return document->pages();
}

} // namespace kiosk::services
