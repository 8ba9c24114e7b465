#pragma once
// A page of a document on screen. The pixels come from the shell's PageRenderer (the sandboxed PDF
// helper), asked for when the page or its size changes; meanwhile the paper shows that it is being
// drawn. One page is kept at a time, in a texture that is zeroed before it is released.
#include "kiosk/core/model.hpp"
#include "ui/page_renderer.hpp"
#include "ui/ui.hpp"

#include <cstdint>
#include <optional>
#include <string>

struct SDL_Renderer;
struct SDL_Texture;

namespace ui {

class PreviewCache {
public:
    PreviewCache(SDL_Renderer* renderer, PageRenderer* pages) : renderer_(renderer), pages_(pages) {}
    ~PreviewCache() { clear(); }
    PreviewCache(const PreviewCache&) = delete;
    PreviewCache& operator=(const PreviewCache&) = delete;

    struct Page {
        SDL_Texture* texture = nullptr;
        float w = 0, h = 0;
    };
    enum class Status { drawing, ready, failed };
    struct Look {
        Status status = Status::failed;
        Page page; // when ready
    };
    // Page `index` (from 0) scaled to fit max_w x max_h: asked for when it changes, shown once drawn.
    Look page(std::uint64_t generation, const kiosk::core::Document& document, int index, float max_w,
              float max_h);
    bool drawing() const { return status_ == Status::drawing; }
    void clear(); // zeroes and releases the texture, abandons a request under way

private:
    void receive();

    SDL_Renderer* renderer_;
    PageRenderer* pages_;
    std::string key_;
    std::uint64_t ticket_ = 0;
    Status status_ = Status::failed;
    Page page_;
};

// The page on paper with a shadow, centred at the top of `r`, scaled to fit it. Returns the paper's
// rectangle (empty when there is nothing to show and a plain message was drawn instead).
Rect draw_document_page(Ui& ui, Rect r, std::uint64_t generation, const kiosk::core::Document& document,
                        int index);

} // namespace ui
