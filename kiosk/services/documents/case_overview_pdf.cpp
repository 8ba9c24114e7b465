#include "kiosk/services/documents/case_overview_pdf.hpp"

namespace kiosk::services {

RenderedPdf render_case_overview_pdf(const CaseOverview& overview) {
    PdfWriter page(overview.municipality, overview.logo_png);
    page.text(overview.title, true, 16);
    page.text(overview.number_line);
    page.gap();
    page.paragraph(overview.status_line, true);
    page.text(overview.steps_heading, true);
    page.gap();
    for (const auto& step : overview.steps)
        page.item(step.mark, step.text);
    if (!overview.next_line.empty()) page.paragraph(overview.next_line);
    if (!overview.planned_line.empty()) page.paragraph(overview.planned_line);
    page.gap();
    page.paragraph(overview.printed_line);
    return page.finish();
}

} // namespace kiosk::services
