#include "ui/widgets/document_preview.hpp"

#include "ui/widgets/feedback.hpp"
#include "ui/widgets/text_block.hpp"

#include <SDL.h>
#include <poppler-document.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <sodium.h>

#include <memory>

namespace ui {
namespace {

std::optional<PreviewCache::Page> render_page(SDL_Renderer* renderer, const kiosk::core::Document& document,
                                              int index, float max_w, float max_h) {
    if (document.mime_type != "application/pdf" || document.content.empty()) return std::nullopt;
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
        reinterpret_cast<const char*>(document.content.data()), static_cast<int>(document.content.size())));
    if (!pdf || pdf->is_locked() || index < 0 || index >= pdf->pages()) return std::nullopt;
    std::unique_ptr<poppler::page> page(pdf->create_page(index));
    if (!page) return std::nullopt;
    auto box = page->page_rect();
    if (box.width() <= 0 || box.height() <= 0) return std::nullopt;
    double scale = std::min(max_w / box.width(), max_h / box.height());
    poppler::page_renderer painter;
    painter.set_render_hints(poppler::page_renderer::antialiasing |
                             poppler::page_renderer::text_antialiasing);
    painter.set_image_format(poppler::image::format_argb32);
    poppler::image image = painter.render_page(page.get(), 72.0 * scale, 72.0 * scale);
    if (!image.is_valid()) return std::nullopt;
    SDL_Texture* texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC,
                                             image.width(), image.height());
    if (texture) SDL_UpdateTexture(texture, nullptr, image.const_data(), image.bytes_per_row());
    // The rendered letter is personal data: zero poppler's copy before it is freed.
    sodium_memzero(image.data(), static_cast<std::size_t>(image.bytes_per_row()) *
                                     static_cast<std::size_t>(image.height()));
    if (!texture) return std::nullopt;
    return PreviewCache::Page{texture, static_cast<float>(image.width()), static_cast<float>(image.height())};
}

} // namespace

std::optional<PreviewCache::Page> PreviewCache::page(std::uint64_t generation,
                                                     const kiosk::core::Document& document, int index,
                                                     float max_w, float max_h) {
    std::string key = std::to_string(generation) + "/" + document.ref.id + "/" + std::to_string(index) + "/" +
                      std::to_string(static_cast<int>(max_w)) + "x" + std::to_string(static_cast<int>(max_h));
    if (key != key_) {
        clear();
        key_ = key;
        if (renderer_) page_ = render_page(renderer_, document, index, max_w, max_h);
    }
    return page_;
}

void PreviewCache::clear() {
    if (page_ && page_->texture) SDL_DestroyTexture(page_->texture);
    page_.reset();
    key_.clear();
}

Rect draw_document_page(Ui& ui, Rect r, std::uint64_t generation, const kiosk::core::Document& document,
                        int index) {
    auto page = ui.previews ? ui.previews->page(generation, document, index, r.w, r.h) : std::nullopt;
    if (!page) {
        Column column(r, ui.gap());
        message(ui, column, Tone::info, ui.t("document.no_preview"_tk));
        return {};
    }
    Rect paper{r.x + (r.w - page->w) / 2, r.y, page->w, page->h};
    fill_rect(Rect{paper.x + 6, paper.y + 6, paper.w, paper.h},
              ui.color.border); // a shadow: paper lies on the screen
    fill_rect(Rect{paper.x - 2, paper.y - 2, paper.w + 4, paper.h + 4}, ui.color.text);
    canvas()->AddImage(static_cast<ImTextureID>(page->texture), v2(paper.x, paper.y),
                       v2(paper.right(), paper.bottom()));
    ui.add_node({Role::image, "document.preview",
                 ui.f("document.preview_label"_tk,
                      {{"title", document.ref.title}, {"page", std::to_string(index + 1)}}),
                 paper});
    return paper;
}

} // namespace ui
