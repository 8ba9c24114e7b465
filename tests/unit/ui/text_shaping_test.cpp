// Arabic is joined by HarfBuzz and ordered by FriBidi into what ImGui draws; other scripts pass through.
#include "ui/text.hpp"
#include "ui/text_shaping.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace {

std::vector<unsigned char> arabic_font() {
    std::ifstream in("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf", std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// UTF-8 to code points, for the checks (the strings here are valid UTF-8).
std::u32string decoded(const std::string& s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        auto b = static_cast<unsigned char>(s[i]);
        int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t c = n == 1 ? b : b & (0x3F >> (n - 1));
        for (int k = 1; k < n; ++k)
            c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out += c;
        i += n;
    }
    return out;
}

} // namespace

TEST_CASE("Arabic letters join and run right to left") {
    auto font = arabic_font();
    ui::TextShaper shaper(font);
    // مرحبا: meem initial, reh final, hah initial, beh medial, alef final; shown from the left: the last
    // first.
    CHECK(shaper.display_line("مرحبا", true, false) == "\uFE8E\uFE92\uFEA3\uFEAE\uFEE3");
    // Lam with alef becomes one ligature.
    CHECK(shaper.display_line("لا", true, false) == "\uFEFB");
    // Numbers and Latin names keep their own order inside Arabic; reh joins only to the letter before it.
    CHECK(shaper.display_line("رقم 2026", true, false) == "2026 \uFEE2\uFED7\u0631");
    CHECK(shaper.display_line("DigiD تطبيق", true, false) == "\uFED6\uFEF4\uFE92\uFEC4\uFE97 DigiD");
    // Brackets face the other way inside right-to-left text.
    CHECK(shaper.display_line("(لا)", true, false) == "(\uFEFB)");
    CHECK(shaper.unmapped_glyphs() == 0);
}

TEST_CASE("left-to-right text is untouched, unless the screen is mirrored") {
    auto font = arabic_font();
    ui::TextShaper shaper(font);
    CHECK(shaper.display_line("Grotere letters", false, false) == "Grotere letters");
    CHECK(shaper.display_line("Українська", false, false) == "Українська");
    CHECK_FALSE(ui::has_right_to_left("Türkçe Українська"));
    CHECK(ui::has_right_to_left("Kies العربية"));
    // A mirrored screen draws the line reversed; the mirror puts it back.
    CHECK(shaper.display_line("Jan 12", true, true) == "21 naJ");
    CHECK(shaper.display_line("مرحبا", true, true) == "\uFEE3\uFEAE\uFEA3\uFE92\uFE8E");
    // Dutch from the municipality on an Arabic screen reads left to right: its full stop stays at its end
    // (the line comes back reversed for the mirror).
    CHECK_FALSE(ui::paragraph_right_to_left("Aanvraag paspoort.", true));
    CHECK(ui::paragraph_right_to_left("طلب: Aanvraag paspoort.", true));
    CHECK_FALSE(ui::paragraph_right_to_left("طلب", false));
    CHECK(shaper.display_line("Paspoort.", false, true) == ".troopsaP");
    CHECK(shaper.display_line("Paspoort.", true, true) == "troopsaP."); // what an Arabic paragraph does to it
    // An Arabic name in a left-to-right sentence: the sentence stays in order, the name is joined.
    CHECK(shaper.display_line("Taal: العربية", false, false).starts_with("Taal: "));
}

TEST_CASE("every Arabic text of the kiosk shapes with glyphs the font atlas holds") {
    auto font = arabic_font();
    ui::TextShaper shaper(font);
    auto texts = ui::Texts::load(std::filesystem::path(KIOSK_SOURCE_DIR) / "content");
    const auto* table = texts.table("ar");
    REQUIRE(table != nullptr);
    for (const auto& entry : *table) {
        auto shown = shaper.display_line(entry.second, true, true);
        INFO(entry.first);
        CHECK_FALSE(shown.empty());
        // Every Arabic letter is one fonts.cpp bakes: a basic letter or one of Presentation Forms-B.
        for (char32_t c : decoded(shown)) {
            INFO("U+" << std::hex << static_cast<unsigned>(c));
            CHECK((c < 0x0600 || (c >= 0x0600 && c <= 0x06FF) || (c >= 0x2000 && c <= 0x20FF) ||
                   (c >= 0xFE70 && c <= 0xFEFF)));
        }
    }
    // "للأعلى" ends in lam with alef maksura, a ligature of Presentation Forms-A: shown unjoined, whole.
    CHECK(shaper.display_line("على", true, false).find("\u0649") != std::string::npos);
}
