#include "kiosk/services/documents/letter_pdf.hpp"

#include <doctest/doctest.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <memory>

using namespace kiosk::services;

namespace {
std::unique_ptr<poppler::document> open(const RenderedPdf& pdf) {
    return std::unique_ptr<poppler::document>(poppler::document::load_from_raw_data(
        reinterpret_cast<const char*>(pdf.bytes.data()), static_cast<int>(pdf.bytes.size())));
}
} // namespace

TEST_CASE("a letter becomes a real one-page PDF in memory") {
    Letter letter{"Gemeente Voorbeeld",
                  "2 november 2026",
                  "Ontvangstbevestiging",
                  "ZAAK-1",
                  {"Wij hebben uw aanvraag ontvangen."},
                  "Team Dienstverlening"};
    auto pdf = render_letter_pdf(letter);
    REQUIRE(pdf.bytes.size() > 500);
    CHECK(std::string(pdf.bytes.begin(), pdf.bytes.begin() + 5) == "%PDF-");
    auto doc = open(pdf);
    REQUIRE(doc);
    CHECK(doc->pages() == 1);
    CHECK(pdf.pages == 1);
    std::unique_ptr<poppler::page> page(doc->create_page(0));
    auto text = page->text().to_utf8();
    CHECK(std::string(text.begin(), text.end()).find("Ontvangstbevestiging") != std::string::npos);
}

TEST_CASE("a long letter flows onto more pages and says how many") {
    Letter letter{"Gemeente Voorbeeld", "1 januari 2026", "Lang", "ZAAK-2", {}, "Team"};
    for (int i = 0; i < 40; ++i)
        letter.paragraphs.push_back(
            "Dit is een alinea die lang genoeg is om over meer dan een regel te lopen op een A4.");
    auto pdf = render_letter_pdf(letter);
    auto doc = open(pdf);
    REQUIRE(doc);
    CHECK(pdf.pages >= 2);
    CHECK(doc->pages() == pdf.pages);
}
