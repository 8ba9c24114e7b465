#include "kiosk/app/overview_maker.hpp"

#include "kiosk/core/update.hpp"
#include "kiosk/util/log.hpp"

#include <chrono>
#include <ctime>

namespace kiosk::app {

using namespace ui; // text keys

services::CaseOverview overview_of(const core::CaseDetail& detail, const ui::Texts& texts,
                                   const std::string& language, const OverviewPlace& place,
                                   core::Date today) {
    const auto& summary = detail.summary;
    services::CaseOverview o;
    o.municipality = place.municipality;
    o.logo_png = place.logo_png;
    o.title = summary.title;
    o.number_line = texts.format(language, "case.number"_tk, {{"number", summary.identification}});
    if (!summary.closed)
        o.status_line = texts.get(language, "overview.open"_tk);
    else if (summary.result.empty())
        o.status_line = texts.get(language, "case.closed"_tk);
    else
        o.status_line = texts.format(language, "case.closed_result"_tk, {{"result", summary.result}});
    o.steps_heading = texts.get(language, "case.steps"_tk);
    const core::CaseStep* next = nullptr;
    for (const auto& step : detail.steps) {
        using Mark = services::PdfWriter::Mark;
        Mark mark = step.state == core::StepState::done      ? Mark::done
                    : step.state == core::StepState::current ? Mark::current
                                                             : Mark::coming;
        std::string text =
            step.reached_on
                ? texts.format(language, "overview.step"_tk,
                               {{"step", step.title}, {"date", texts.date(language, *step.reached_on)}})
                : step.title;
        o.steps.push_back({mark, text});
        if (!next && step.state == core::StepState::coming) next = &step;
    }
    if (next && !summary.closed)
        o.next_line = texts.format(language, "overview.next"_tk, {{"step", next->title}});
    if (summary.planned_end && !summary.closed)
        o.planned_line = texts.format(language, "case.planned_end"_tk,
                                      {{"date", texts.date(language, *summary.planned_end)}});
    o.printed_line = texts.format(language, "overview.printed"_tk,
                                  {{"date", texts.date(language, today)}, {"kiosk", place.kiosk_name}});
    return o;
}

OverviewMaker::OverviewMaker(plumbing::Outbox& outbox, const ui::Texts& texts, OverviewPlace place,
                             std::function<core::Date()> today)
    : outbox_(outbox), texts_(texts), place_(std::move(place)), today_(std::move(today)) {}

void OverviewMaker::make_overview(std::uint64_t generation, const core::CaseDetail& detail,
                                  const std::string& language) {
    try {
        auto today = today_();
        auto pdf = services::render_case_overview_pdf(overview_of(detail, texts_, language, place_, today));
        core::Document document;
        document.ref = {core::overview_document_id, texts_.get(language, "overview.title"_tk), today};
        document.mime_type = "application/pdf";
        document.page_count = pdf.pages;
        document.content = std::move(pdf.bytes);
        outbox_.post(core::DocumentLoaded{generation, std::move(document)});
    } catch (const std::exception& e) {
        log::warning(std::string("overview: ") + e.what());
        outbox_.post(
            core::DocumentFailed{generation, core::overview_document_id, core::FetchError::invalid_answer});
    }
}

core::Date local_today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

} // namespace kiosk::app
