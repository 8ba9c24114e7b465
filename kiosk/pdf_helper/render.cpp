#include "kiosk/pdf_helper/render.hpp"

#include "kiosk/pdf_helper/protocol.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace kiosk::pdf_helper {

std::optional<Document> Document::open(std::string_view pdf) {
    if (pdf.empty() || pdf.size() > static_cast<std::size_t>(INT32_MAX)) return std::nullopt;
    // poppler takes a non-const pointer but only reads.
    std::shared_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
    if (!document || document->is_locked()) return std::nullopt;
    Document d;
    d.pages_ = document->pages();
    if (d.pages_ < 1 || d.pages_ > max_pages) return std::nullopt;
    d.document_ = std::move(document);
    return d;
}

std::optional<Pixels> Document::render_page(int index, int max_w, int max_h) const {
    if (index < 0 || index >= pages_) return std::nullopt;
    std::unique_ptr<poppler::page> page(document_->create_page(index));
    if (!page) return std::nullopt;
    auto box = page->page_rect();
    if (!(box.width() > 0) || !(box.height() > 0)) return std::nullopt;
    double scale = std::min(max_w / box.width(), max_h / box.height());
    if (!(scale > 0) || !std::isfinite(scale)) return std::nullopt;
    poppler::page_renderer painter;
    painter.set_render_hints(poppler::page_renderer::antialiasing |
                             poppler::page_renderer::text_antialiasing);
    painter.set_image_format(poppler::image::format_argb32);
    poppler::image image = painter.render_page(page.get(), 72.0 * scale, 72.0 * scale);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0 || image.width() > max_side_px ||
        image.height() > max_side_px)
        return std::nullopt;
    Pixels out;
    out.width = image.width();
    out.height = image.height();
    out.argb.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
    for (int y = 0; y < out.height; ++y)
        std::memcpy(out.argb.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(out.width),
                    image.const_data() +
                        static_cast<std::size_t>(y) * static_cast<std::size_t>(image.bytes_per_row()),
                    static_cast<std::size_t>(out.width) * 4);
    return out;
}

void silence_poppler() {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
}

} // namespace kiosk::pdf_helper
