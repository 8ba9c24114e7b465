#pragma once
// A4 pages drawn with cairo straight into memory (no file is ever written): a band in the
// municipality's colour, the sender (with its logo when there is one) on every page, then lines and
// wrapped paragraphs that flow onto new pages. Letters and the printable case overview share it.
#include "kiosk/core/secure_memory.hpp"

#include <memory>
#include <string>
#include <vector>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace kiosk::services {

struct RenderedPdf {
    core::Bytes bytes; // a letter or an overview names the resident's affairs: zeroed when freed
    int pages = 0;
};

class PdfWriter {
public:
    // `logo_png`: a PNG image drawn at the top left of each page; empty or damaged: none.
    PdfWriter(std::string sender, const std::string& logo_png = {});
    ~PdfWriter();
    PdfWriter(const PdfWriter&) = delete;
    PdfWriter& operator=(const PdfWriter&) = delete;

    void text(const std::string& line, bool bold = false, double size_pt = 11);
    void paragraph(const std::string& text, bool bold = false);
    // A step with a mark in front, drawn (not a glyph a font may lack): a tick in a disc for done, a
    // disc for the current step (its text bold), a ring for a coming one. The text wraps beside it.
    enum class Mark { done, current, coming };
    void item(Mark mark, const std::string& text);
    void gap();
    RenderedPdf finish(); // throws when cairo failed

private:
    void start_page();
    void need(double height);
    void draw_mark(Mark mark);

    std::string sender_;
    std::unique_ptr<cairo_surface_t, void (*)(cairo_surface_t*)> logo_;
    RenderedPdf out_;
    std::unique_ptr<cairo_surface_t, void (*)(cairo_surface_t*)> surface_;
    std::unique_ptr<cairo_t, void (*)(cairo_t*)> cr_;
    double y_ = 0;
};

} // namespace kiosk::services
