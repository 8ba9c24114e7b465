#include "kiosk/services/documents/letter_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <memory>
#include <sstream>
#include <stdexcept>

namespace kiosk::services {
namespace {

// A4 in PostScript points, with margins that suit a window envelope.
constexpr double page_w_pt = 595.28;
constexpr double page_h_pt = 841.89;
constexpr double margin_pt = 72;
constexpr double body_size_pt = 11;
constexpr double line_gap_pt = 16;
constexpr const char* font_family = "Noto Sans";

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::vector<unsigned char>*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

// Breaks text into lines no wider than `width` at word boundaries.
std::vector<std::string> wrap(cairo_t* cr, const std::string& text, double width) {
    std::vector<std::string> lines;
    std::istringstream words(text);
    std::string word, line;
    while (words >> word) {
        std::string candidate = line.empty() ? word : line + " " + word;
        cairo_text_extents_t ext;
        cairo_text_extents(cr, candidate.c_str(), &ext);
        if (ext.x_advance > width && !line.empty()) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

class PageWriter {
public:
    PageWriter(cairo_t* cr, const Letter& letter) : cr_(cr), letter_(letter) { start_page(); }

    void text(const std::string& line, bool bold = false, double size = body_size_pt) {
        if (y_ + line_gap_pt > page_h_pt - margin_pt) next_page();
        cairo_select_font_face(cr_, font_family, CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(cr_, size);
        cairo_move_to(cr_, margin_pt, y_);
        cairo_show_text(cr_, line.c_str());
        y_ += size > body_size_pt ? size * 1.6 : line_gap_pt;
    }
    void paragraph(const std::string& text) {
        cairo_select_font_face(cr_, font_family, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(cr_, body_size_pt);
        for (const auto& line : wrap(cr_, text, page_w_pt - 2 * margin_pt))
            this->text(line);
        gap();
    }
    void gap() { y_ += line_gap_pt * 0.75; }
    int pages() const { return pages_; }

private:
    void start_page() {
        ++pages_;
        y_ = margin_pt;
        cairo_set_source_rgb(cr_, 0.0, 0.27, 0.53); // sender band in the municipality's colour
        cairo_rectangle(cr_, 0, 0, page_w_pt, 8);
        cairo_fill(cr_);
        cairo_set_source_rgb(cr_, 0, 0, 0);
        text(letter_.sender, true, 18);
        gap();
    }
    void next_page() {
        cairo_show_page(cr_);
        start_page();
    }

    cairo_t* cr_;
    const Letter& letter_;
    double y_ = margin_pt;
    int pages_ = 0;
};

} // namespace

RenderedPdf render_letter_pdf(const Letter& letter) {
    RenderedPdf out;
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_pdf_surface_create_for_stream(append_bytes, &out.bytes, page_w_pt, page_h_pt),
        cairo_surface_destroy);
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);

    PageWriter page(cr.get(), letter);
    page.text(letter.date_line);
    page.text("Ons kenmerk: " + letter.reference);
    page.gap();
    page.text("Betreft: " + letter.subject, true);
    page.gap();
    page.text("Beste inwoner,");
    page.gap();
    for (const auto& p : letter.paragraphs)
        page.paragraph(p);
    page.text("Met vriendelijke groet,");
    page.gap();
    page.text(letter.signature, true);
    out.pages = page.pages();

    cr.reset();
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("letter PDF: ") +
                                 cairo_status_to_string(cairo_surface_status(surface.get())));
    return out;
}

} // namespace kiosk::services
