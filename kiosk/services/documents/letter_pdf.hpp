#pragma once
// Letters as PDF, drawn with cairo straight into memory (no file is ever written). The demo uses them
// for its documents; the printable case overview uses the same page layout (pdf_writer.hpp).
#include "kiosk/core/time.hpp"
#include "kiosk/services/documents/pdf_writer.hpp"

#include <string>
#include <vector>

namespace kiosk::services {

struct Letter {
    std::string sender;    // "Gemeente Voorbeeld"
    std::string date_line; // already formatted: "2 november 2026"
    std::string subject;   // "Ontvangstbevestiging aanvraag paspoort"
    std::string reference; // "ZAAK-2026-0142"
    std::vector<std::string> paragraphs;
    std::string signature; // "Team Burgerzaken"
};

RenderedPdf render_letter_pdf(const Letter& letter);

} // namespace kiosk::services
