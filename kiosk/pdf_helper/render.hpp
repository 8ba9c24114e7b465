#pragma once
// Counting and drawing the pages of a PDF with poppler, inside the helper only: the kiosk itself never
// parses a document from a server.
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace poppler {
class document;
}

namespace kiosk::pdf_helper {

struct Pixels {
    int width = 0, height = 0;
    std::vector<std::uint32_t> argb; // width * height, pre-multiplied ARGB32, no row padding
};

class Document {
public:
    // Nothing when the bytes are not a PDF poppler can open (damaged, locked, empty, absurdly many pages).
    static std::optional<Document> open(std::string_view pdf);
    int pages() const { return pages_; }
    // Page `index` (from 0) scaled to fit max_w x max_h; nothing when it cannot be drawn.
    std::optional<Pixels> render_page(int index, int max_w, int max_h) const;

private:
    std::shared_ptr<poppler::document> document_;
    int pages_ = 0;
};

// poppler's messages may quote what is in a document: they go nowhere.
void silence_poppler();

} // namespace kiosk::pdf_helper
