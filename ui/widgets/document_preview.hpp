#pragma once
// The first page of a document, rendered by poppler straight into a texture (no file in between).
// One page is cached at a time; its pixels are zeroed when it is replaced or the session ends.
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
    // nullopt when the document cannot be shown (not a PDF, damaged).
    std::optional<Page> first_page(std::uint64_t generation, const kiosk::core::Document& document,
                                   float max_w, float max_h);
    void clear();

private:
    SDL_Renderer* renderer_;
    std::string key_;
    std::optional<Page> page_;
};

void draw_document_preview(Ui& ui, Rect r, std::uint64_t generation, const kiosk::core::Document& document);

} // namespace ui
