#include "ui/widgets/document_preview.hpp"

#include "ui/widgets/scroll_area.hpp"

#include "ui/widgets/feedback.hpp"
#include "ui/widgets/text_block.hpp"

#include <SDL.h>

#include <cmath>
#include <cstring>

namespace ui {
namespace {

constexpr float a4_ratio = 297.f / 210.f; // the paper drawn while the page is being made

// A texture whose pixels can be zeroed before it goes (a static one cannot be read back or locked).
SDL_Texture* texture_of(SDL_Renderer* renderer, const RenderedPage& page) {
    SDL_Texture* texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING,
                                             page.width, page.height);
    if (!texture) return nullptr;
    void* pixels = nullptr;
    int pitch = 0;
    if (SDL_LockTexture(texture, nullptr, &pixels, &pitch) != 0) {
        SDL_DestroyTexture(texture);
        return nullptr;
    }
    auto row = static_cast<std::size_t>(page.width) * 4;
    for (int y = 0; y < page.height; ++y)
        std::memcpy(static_cast<unsigned char*>(pixels) +
                        static_cast<std::size_t>(y) * static_cast<std::size_t>(pitch),
                    page.argb.data() + static_cast<std::size_t>(y) * row, row);
    SDL_UnlockTexture(texture);
    return texture;
}

void zero_and_destroy(SDL_Texture* texture) {
    void* pixels = nullptr;
    int pitch = 0, height = 0;
    SDL_QueryTexture(texture, nullptr, nullptr, nullptr, &height);
    if (SDL_LockTexture(texture, nullptr, &pixels, &pitch) == 0) {
        kiosk::core::zero_memory(pixels, static_cast<std::size_t>(pitch) * static_cast<std::size_t>(height));
        SDL_UnlockTexture(texture);
    }
    SDL_DestroyTexture(texture);
}

} // namespace

void PreviewCache::receive() {
    if (status_ != Status::drawing || !pages_) return;
    auto outcome = pages_->take();
    if (!outcome || outcome->ticket != ticket_) return;
    status_ = Status::failed;
    if (!outcome->page) return;
    page_.texture = renderer_ ? texture_of(renderer_, *outcome->page) : nullptr;
    if (!page_.texture) return;
    page_.w = static_cast<float>(outcome->page->width);
    page_.h = static_cast<float>(outcome->page->height);
    status_ = Status::ready;
} // the pixels are zeroed as they go (Bytes)

PreviewCache::Look PreviewCache::page(std::uint64_t generation, const kiosk::core::Document& document,
                                      int index, float max_w, float max_h) {
    auto w = static_cast<int>(max_w), h = static_cast<int>(max_h);
    std::string key = std::to_string(generation) + "/" + document.ref.id + "/" + std::to_string(index) + "/" +
                      std::to_string(w) + "x" + std::to_string(h);
    if (key != key_) {
        clear();
        key_ = key;
        if (pages_ && w > 0 && h > 0) {
            pages_->request({++ticket_, generation, document.ref.id, document.content, index, w, h});
            status_ = Status::drawing;
        }
    }
    receive();
    return {status_, page_};
}

void PreviewCache::clear() {
    if (page_.texture) zero_and_destroy(page_.texture);
    page_ = {};
    if (status_ == Status::drawing && pages_) pages_->forget();
    status_ = Status::failed;
    key_.clear();
}

Rect draw_document_page(Ui& ui, Rect r, std::uint64_t generation, const kiosk::core::Document& document,
                        int index) {
    auto look = ui.previews ? ui.previews->page(generation, document, index, r.w, r.h) : PreviewCache::Look{};
    if (look.status == PreviewCache::Status::drawing) {
        // Paper of the page's likely shape, with a spinner on it: the screen stays alive meanwhile.
        float w = std::min(r.w, r.h / a4_ratio);
        Rect paper{r.x + (r.w - w) / 2, r.y, w, std::min(r.h, w * a4_ratio)};
        fill_rect(ui, Rect{paper.x - 2, paper.y - 2, paper.w + 4, paper.h + 4}, ui.color.border);
        fill_rect(ui, paper, ui.color.surface);
        Column column(paper.inset(ui.gap()), ui.gap());
        spinner(ui, column, ui.t("document.drawing"_tk));
        return paper;
    }
    if (look.status == PreviewCache::Status::failed) {
        ScrollArea scroll(ui, r, "document.unreadable"); // larger letters in a small place
        message(ui, scroll.column(), Tone::error, ui.t("error.unreadable"_tk));
        return {};
    }
    const auto& page = look.page;
    Rect paper{r.x + (r.w - page.w) / 2, r.y, page.w, page.h};
    fill_rect(ui, Rect{paper.x + 6, paper.y + 6, paper.w, paper.h},
              ui.color.border); // a shadow: paper lies on the screen
    fill_rect(ui, Rect{paper.x - 2, paper.y - 2, paper.w + 4, paper.h + 4}, ui.color.text);
    put_picture(ui, paper, static_cast<ImTextureID>(page.texture));
    ui.add_node({Role::image, "document.preview",
                 ui.f("document.preview_label"_tk,
                      {{"title", document.ref.title}, {"page", std::to_string(index + 1)}}),
                 paper});
    return paper;
}

} // namespace ui
