#include "hostile_pdfs.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <zlib.h>

#include <cstring>
#include <string>

namespace testing_support {
namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<Pdf*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

// `size` bytes of zeros, deflated a block at a time (zeros shrink about a thousand times).
std::string deflated_zeros(std::size_t size) {
    z_stream z{};
    deflateInit(&z, Z_BEST_COMPRESSION);
    std::string out;
    std::string block(1 << 20, '\0');
    std::string buffer(1 << 16, '\0');
    for (std::size_t done = 0; done < size;) {
        auto n = std::min(block.size(), size - done);
        done += n;
        z.next_in = reinterpret_cast<Bytef*>(block.data());
        z.avail_in = static_cast<uInt>(n);
        int flush = done == size ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer.data());
            z.avail_out = static_cast<uInt>(buffer.size());
            deflate(&z, flush);
            out.append(buffer.data(), buffer.size() - z.avail_out);
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

// A one-page PDF around `content` (already compressed), with the page's `resources` and the objects
// they refer to (numbered from 5); offsets in the cross-reference table are exact, so poppler does
// not fall back to reconstructing it.
Pdf wrap(const std::string& content, const std::string& resources = "",
         const std::vector<std::string>& extra = {}) {
    std::string pdf = "%PDF-1.5\n";
    std::vector<std::size_t> offsets;
    auto object = [&](const std::string& body) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<</Type/Catalog/Pages 2 0 R>>");
    object("<</Type/Pages/Kids[3 0 R]/Count 1>>");
    object("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<<" + resources + ">>>>");
    object("<</Length " + std::to_string(content.size()) + "/Filter/FlateDecode>>\nstream\n" + content +
           "\nendstream");
    for (const auto& o : extra)
        object(o);
    auto xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (auto o : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
        pdf += line;
    }
    pdf += "trailer\n<</Size " + std::to_string(offsets.size() + 1) + "/Root 1 0 R>>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return Pdf(pdf.begin(), pdf.end());
}

std::string deflated(const std::string& text) {
    uLongf size = compressBound(static_cast<uLong>(text.size()));
    std::string out(size, '\0');
    compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(text.data()),
              static_cast<uLong>(text.size()), Z_BEST_COMPRESSION);
    out.resize(size);
    return out;
}

} // namespace

Pdf slow_pdf(int segments) {
    Pdf out;
    auto* surface = cairo_pdf_surface_create_for_stream(append, &out, 595, 842);
    auto* cr = cairo_create(surface);
    cairo_set_line_width(cr, 0.3);
    unsigned seed = 12345;
    auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return static_cast<double>((seed >> 8) % 10000) / 10000.0;
    };
    for (int i = 0; i < segments; ++i) {
        cairo_move_to(cr, next() * 595, next() * 842);
        cairo_line_to(cr, next() * 595, next() * 842);
        if (i % 64 == 63) cairo_stroke(cr);
    }
    cairo_stroke(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    return out;
}

Pdf stream_bomb_pdf(int megabytes) {
    return wrap(deflated_zeros(static_cast<std::size_t>(megabytes) << 20));
}

Pdf standard_font_pdf() {
    return wrap(deflated("BT /F1 14 Tf 72 760 Td (Uw aanvraag is ontvangen.) Tj ET "
                         "BT /F2 12 Tf 72 730 Td (Met vriendelijke groet) Tj ET"),
                "/Font<</F1 5 0 R/F2 6 0 R>>",
                {"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
                 "<</Type/Font/Subtype/Type1/BaseFont/Times-Roman/Encoding/WinAnsiEncoding>>"});
}

Pdf image_bomb_pdf() {
    // Draws an image of 40000 x 40000 RGB pixels over the page: 4.8 GB once inflated.
    auto pixels = deflated_zeros(std::size_t{64} << 20);
    return wrap(
        deflated("q 595 0 0 842 0 0 cm /Im1 Do Q"), "/XObject<</Im1 5 0 R>>",
        {"<</Type/XObject/Subtype/Image/Width 40000/Height 40000/ColorSpace/DeviceRGB/BitsPerComponent 8"
         "/Length " +
         std::to_string(pixels.size()) + "/Filter/FlateDecode>>\nstream\n" + pixels + "\nendstream"});
}

} // namespace testing_support
