#include "kiosk/services/documents/letter_pdf.hpp"

namespace kiosk::services {

RenderedPdf render_letter_pdf(const Letter& letter) {
    PdfWriter page(letter.sender);
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
    return page.finish();
}

} // namespace kiosk::services
