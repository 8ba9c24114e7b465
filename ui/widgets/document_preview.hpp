#pragma once
// A page of a document, rendered by poppler straight into a texture (no file in between). One page is
// cached at a time; its pixels are zeroed when it is replaced or the session ends.
#include "kiosk/core/model.hpp"
#include "ui/ui.hpp"

#include <cstdint>
#include <optional>
#include <string>

struct SDL_Renderer;
struct SDL_Texture;

namespace ui {

class PreviewCache {
public:
    explicit PreviewCache(SDL_Renderer* renderer) : renderer_(renderer) {}
    ~PreviewCache() { clear(); }
    PreviewCache(const PreviewCache&) = delete;
    PreviewCache& operator=(const PreviewCache&) = delete;

    struct Page {
        SDL_Texture* texture = nullptr;
        float w = 0, h = 0;
    };
    // Page `index` (from 0) scaled to fit max_w × max_h; nullopt when it cannot be shown (not a PDF,
    // damaged, no such page).
    std::optional<Page> page(std::uint64_t generation, const kiosk::core::Document& document, int index,
                             float max_w, float max_h);
    void clear();

private:
    SDL_Renderer* renderer_;
    std::string key_;
    std::optional<Page> page_;
};

// The page on paper with a shadow, centred at the top of `r`, scaled to fit it. Returns the paper's
// rectangle (empty when there is nothing to show and a plain message was drawn instead).
Rect draw_document_page(Ui& ui, Rect r, std::uint64_t generation, const kiosk::core::Document& document,
                        int index);

} // namespace ui
