#include "../../support/pdf_pages.hpp"
#include "kiosk/app/overview_maker.hpp"
#include "kiosk/util/json_reader.hpp"

#include <doctest/doctest.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <memory>
#include <span>

using namespace kiosk;

namespace {

core::CaseDetail passport() {
    core::CaseDetail d;
    d.summary.id = "a";
    d.summary.identification = "ZAAK-2026-0142";
    d.summary.title = "Aanvraag paspoort";
    d.summary.planned_end = core::Date{2026, 11, 27};
    d.steps = {{"Aanvraag ontvangen", core::Date{2026, 11, 2}, core::StepState::done},
               {"Paspoort wordt gemaakt", core::Date{2026, 11, 5}, core::StepState::current},
               {"Paspoort ligt klaar", std::nullopt, core::StepState::coming},
               {"Afgehaald", std::nullopt, core::StepState::coming}};
    return d;
}

const ui::Texts& texts() {
    static auto t = ui::Texts::load(KIOSK_SOURCE_DIR "/content");
    return t;
}

std::string text_of(std::span<const unsigned char> pdf) {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        reinterpret_cast<const char*>(pdf.data()), static_cast<int>(pdf.size())));
    REQUIRE(doc);
    std::string all;
    for (int i = 0; i < doc->pages(); ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        auto utf8 = page->text().to_utf8();
        all.append(utf8.begin(), utf8.end());
        all += "\n";
    }
    return all;
}

const app::OverviewPlace place{"Gemeente Voorbeeld", "Zuil Bibliotheek Centrum",
                               util::read_text_file(KIOSK_SOURCE_DIR "/content/theme/logo.png")};

} // namespace

TEST_CASE("the overview says where the case stands, what comes next and when it was printed") {
    auto o = app::overview_of(passport(), texts(), "nl", place, {2026, 12, 1});
    CHECK(o.title == "Aanvraag paspoort");
    CHECK(o.number_line == "Nummer: ZAAK-2026-0142");
    CHECK(o.status_line == "Deze aanvraag loopt nog.");
    REQUIRE(o.steps.size() == 4);
    CHECK(o.steps[0].text == "Aanvraag ontvangen, 2 november 2026");
    CHECK(o.steps[1].mark == services::PdfWriter::Mark::current);
    CHECK(o.steps[2].text == "Paspoort ligt klaar");
    CHECK(o.next_line == "Volgende stap: Paspoort ligt klaar");
    CHECK(o.planned_line == "We verwachten dat het klaar is op 27 november 2026.");
    CHECK(o.printed_line == "Geprint op 1 december 2026 op de zuil Zuil Bibliotheek Centrum.");
}

TEST_CASE("a closed case gives its result and no next step; English when the resident chose it") {
    auto d = passport();
    d.summary.closed = true;
    d.summary.result = "Toegekend";
    auto o = app::overview_of(d, texts(), "en", place, {2026, 12, 1});
    CHECK(o.status_line.find("Toegekend") != std::string::npos);
    CHECK(o.next_line.empty());
    CHECK(o.planned_line.empty());
    CHECK(o.printed_line.starts_with("Printed on 1 December 2026"));
}

TEST_CASE("the overview PDF holds the words, on A4, and never the resident's BSN or name") {
    auto pdf =
        services::render_case_overview_pdf(app::overview_of(passport(), texts(), "nl", place, {2026, 12, 1}));
    CHECK(pdf.pages == 1);
    CHECK(testing_support::pdf_page_count(pdf.bytes) == 1);
    auto text = text_of(pdf.bytes);
    for (const char* expected : {"Gemeente Voorbeeld", "Aanvraag paspoort", "ZAAK-2026-0142",
                                 "Paspoort wordt gemaakt, 5 november 2026",
                                 "Volgende stap: Paspoort ligt klaar", "Geprint op 1 december 2026"})
        CHECK_MESSAGE(text.find(expected) != std::string::npos, expected);
    // The case detail carries no BSN or name at all; the overview has nowhere to put one.
    CHECK(text.find("999993653") == std::string::npos);
}

TEST_CASE("a long history flows onto a second page, and a damaged logo is no reason to fail") {
    auto d = passport();
    for (int i = 0; i < 60; ++i)
        d.steps.push_back({"Stap " + std::to_string(i), core::Date{2026, 1, 1}, core::StepState::done});
    auto without_logo = place;
    without_logo.logo_png = "\x89PNG damaged";
    auto pdf =
        services::render_case_overview_pdf(app::overview_of(d, texts(), "nl", without_logo, {2026, 12, 1}));
    CHECK(pdf.pages >= 2);
    CHECK(testing_support::pdf_page_count(pdf.bytes) == pdf.pages);
}

TEST_CASE("the maker hands the overview to the core as a document") {
    struct Sink final : plumbing::Outbox {
        std::vector<core::Event> events;
        void post(core::Event e) override { events.push_back(std::move(e)); }
        void schedule(core::Duration, std::function<void()>) override {}
    } sink;
    app::OverviewMaker maker(sink, texts(), place, [] { return core::Date{2026, 12, 1}; });
    maker.make_overview(3, passport(), "nl");
    REQUIRE(sink.events.size() == 1);
    const auto& loaded = std::get<core::DocumentLoaded>(sink.events[0]);
    CHECK(loaded.generation == 3);
    CHECK(loaded.document.ref.id == core::overview_document_id);
    CHECK(loaded.document.ref.title == "Overzicht van uw aanvraag");
    CHECK(loaded.document.mime_type == "application/pdf");
    CHECK(loaded.document.page_count == 1);
}
