#pragma once
// The printable overview of one aanvraag: the municipality's name and logo, the title and number, the
// steps with their dates, what comes next, and when and where it was printed. Never the BSN or the
// resident's name: the paper may be left behind. Every word arrives already written in the resident's
// language; this only lays it out.
#include "kiosk/services/documents/pdf_writer.hpp"

#include <string>
#include <vector>

namespace kiosk::services {

struct CaseOverview {
    std::string municipality; // "Gemeente Voorbeeld"
    std::string logo_png;     // a PNG image; empty or damaged: none
    std::string title;        // "Aanvraag paspoort"
    std::string number_line;  // "Nummer: ZAAK-2026-0142"
    std::string status_line;  // "Deze aanvraag loopt nog." / "Afgerond. Uitkomst: Toegekend."
    std::string steps_heading;
    struct Step {
        PdfWriter::Mark mark;
        std::string text; // "Aanvraag ontvangen, 2 november 2026"
    };
    std::vector<Step> steps;
    std::string next_line;    // "Volgende stap: Paspoort ligt klaar" (may be empty)
    std::string planned_line; // "We verwachten dat het klaar is op 27 november 2026." (may be empty)
    std::string printed_line; // "Geprint op 1 december 2026 op de zuil Zuil Bibliotheek Centrum."
};

RenderedPdf render_case_overview_pdf(const CaseOverview& overview);

} // namespace kiosk::services
