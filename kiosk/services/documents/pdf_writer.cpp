#include "kiosk/services/documents/pdf_writer.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <cstring>
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
constexpr double logo_h_pt = 40;
constexpr double mark_w_pt = 20;
constexpr const char* font_family = "Noto Sans";

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<core::Bytes*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

void set_font(cairo_t* cr, bool bold, double size) {
    cairo_select_font_face(cr, font_family, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

// Breaks text into lines no wider than `width` at word boundaries, in the current font.
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

cairo_surface_t* load_logo(const std::string& png) {
    if (png.empty()) return nullptr;
    std::string_view rest = png;
    auto read = [](void* closure, unsigned char* data, unsigned int length) {
        auto* left = static_cast<std::string_view*>(closure);
        if (left->size() < length) return CAIRO_STATUS_READ_ERROR;
        std::memcpy(data, left->data(), length);
        left->remove_prefix(length);
        return CAIRO_STATUS_SUCCESS;
    };
    cairo_surface_t* logo = cairo_image_surface_create_from_png_stream(read, &rest);
    if (cairo_surface_status(logo) != CAIRO_STATUS_SUCCESS || cairo_image_surface_get_height(logo) <= 0) {
        cairo_surface_destroy(logo);
        return nullptr;
    }
    return logo;
}

} // namespace

PdfWriter::PdfWriter(std::string sender, const std::string& logo_png)
    : sender_(std::move(sender)), logo_(load_logo(logo_png), cairo_surface_destroy),
      surface_(cairo_pdf_surface_create_for_stream(append_bytes, &out_.bytes, page_w_pt, page_h_pt),
               cairo_surface_destroy),
      cr_(cairo_create(surface_.get()), cairo_destroy) {
    start_page();
}

PdfWriter::~PdfWriter() = default;

void PdfWriter::start_page() {
    ++out_.pages;
    y_ = margin_pt;
    cairo_t* cr = cr_.get();
    cairo_set_source_rgb(cr, 0.0, 0.27, 0.53); // a band in the municipality's colour
    cairo_rectangle(cr, 0, 0, page_w_pt, 8);
    cairo_fill(cr);
    double x = margin_pt;
    if (logo_) {
        double scale = logo_h_pt / cairo_image_surface_get_height(logo_.get());
        cairo_save(cr);
        cairo_translate(cr, margin_pt, margin_pt - 30);
        cairo_scale(cr, scale, scale);
        cairo_set_source_surface(cr, logo_.get(), 0, 0);
        cairo_paint(cr);
        cairo_restore(cr);
        x += cairo_image_surface_get_width(logo_.get()) * scale + 12;
    }
    cairo_set_source_rgb(cr, 0, 0, 0);
    set_font(cr, true, 18);
    cairo_move_to(cr, x, y_);
    cairo_show_text(cr, sender_.c_str());
    y_ += logo_ ? logo_h_pt : 18 * 1.6;
    gap();
}

void PdfWriter::need(double height) {
    if (y_ + height <= page_h_pt - margin_pt) return;
    cairo_show_page(cr_.get());
    start_page();
}

void PdfWriter::text(const std::string& line, bool bold, double size_pt) {
    double advance = size_pt > body_size_pt ? size_pt * 1.6 : line_gap_pt;
    need(advance);
    set_font(cr_.get(), bold, size_pt);
    cairo_move_to(cr_.get(), margin_pt, y_);
    cairo_show_text(cr_.get(), line.c_str());
    y_ += advance;
}

void PdfWriter::paragraph(const std::string& text, bool bold) {
    set_font(cr_.get(), bold, body_size_pt);
    for (const auto& line : wrap(cr_.get(), text, page_w_pt - 2 * margin_pt))
        this->text(line, bold);
    gap();
}

void PdfWriter::item(Mark mark, const std::string& text) {
    bool bold = mark == Mark::current;
    set_font(cr_.get(), bold, body_size_pt);
    auto lines = wrap(cr_.get(), text, page_w_pt - 2 * margin_pt - mark_w_pt);
    cairo_t* cr = cr_.get();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        need(line_gap_pt);
        if (i == 0) draw_mark(mark);
        set_font(cr, bold, body_size_pt);
        cairo_move_to(cr, margin_pt + mark_w_pt, y_);
        cairo_show_text(cr, lines[i].c_str());
        y_ += line_gap_pt;
    }
    gap();
}

void PdfWriter::draw_mark(Mark mark) {
    cairo_t* cr = cr_.get();
    double cx = margin_pt + 6, cy = y_ - 4, r = 5.5;
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_arc(cr, cx, cy, r, 0, 2 * 3.14159265358979);
    if (mark == Mark::coming) {
        cairo_set_line_width(cr, 1.2);
        cairo_stroke(cr);
    } else {
        cairo_fill(cr);
    }
    if (mark == Mark::done) {
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_set_line_width(cr, 1.6);
        cairo_move_to(cr, cx - 2.8, cy + 0.2);
        cairo_line_to(cr, cx - 0.8, cy + 2.4);
        cairo_line_to(cr, cx + 3, cy - 2.2);
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}

void PdfWriter::gap() {
    y_ += line_gap_pt * 0.75;
}

RenderedPdf PdfWriter::finish() {
    cr_.reset();
    cairo_surface_finish(surface_.get());
    if (cairo_surface_status(surface_.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("PDF: ") +
                                 cairo_status_to_string(cairo_surface_status(surface_.get())));
    surface_.reset();
    return std::move(out_);
}

} // namespace kiosk::services
