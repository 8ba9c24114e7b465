#pragma once
// Makes the printable overview of a case in the resident's language, as a PDF in memory, and hands it
// to the core like any other document (so it is previewed and printed the same way).
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/services/backends.hpp"
#include "kiosk/services/documents/case_overview_pdf.hpp"
#include "ui/text.hpp"

#include <functional>
#include <string>

namespace kiosk::app {

struct OverviewPlace {
    std::string municipality; // on every page
    std::string kiosk_name;   // "Geprint op … op de zuil …"
    std::string logo_png;     // the PNG image (content/theme/logo.png or a bundle's); empty or not PNG: none
};

// The overview's words and marks; pure, so the tests can read what will be on paper.
services::CaseOverview overview_of(const core::CaseDetail& detail, const ui::Texts& texts,
                                   const std::string& language, const OverviewPlace& place, core::Date today);

class OverviewMaker final : public services::DocumentMaker {
public:
    OverviewMaker(plumbing::Outbox& outbox, const ui::Texts& texts, OverviewPlace place,
                  std::function<core::Date()> today);
    void make_overview(std::uint64_t generation, const core::CaseDetail& detail,
                       const std::string& language) override;

private:
    plumbing::Outbox& outbox_;
    const ui::Texts& texts_;
    OverviewPlace place_;
    std::function<core::Date()> today_;
};

core::Date local_today();

} // namespace kiosk::app
