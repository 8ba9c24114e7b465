// Dutch B1 for residents (../shared/UX.md): short sentences and none of the municipality's jargon. The
// volunteers' and technicians' texts (staff., maintenance., fleet.) are for staff and left out.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

constexpr std::size_t most_words = 15; // UX.md aims at under 12; none may pass this

// Words that residents do not use. "zaak" is how the municipality says "aanvraag" or "melding".
const std::set<std::string> jargon{"zaak",
                                   "zaken",
                                   "zaaktype",
                                   "statustype",
                                   "bsn",
                                   "burgerservicenummer",
                                   "authenticatie",
                                   "authenticeren",
                                   "sessie",
                                   "token",
                                   "server",
                                   "applicatie",
                                   "informatieobject",
                                   "url",
                                   "browser",
                                   "account",
                                   "inloggegevens",
                                   "verifiëren",
                                   "verificatie",
                                   "rol"};

std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        current += text[i];
        bool end = text[i] == '.' || text[i] == '?' || text[i] == '!';
        if (end && (i + 1 == text.size() || text[i + 1] == ' ')) {
            out.push_back(current);
            current.clear();
        }
    }
    if (current.find_first_not_of(' ') != std::string::npos) out.push_back(current);
    return out;
}

// Lower-case words; a {placeholder} counts as one word. Letters outside ASCII stay part of a word.
std::vector<std::string> words(const std::string& sentence) {
    std::vector<std::string> out;
    std::string word;
    for (char c : sentence) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80 || c == '{' || c == '}' || c == '_' || c == '\'') {
            word += static_cast<char>(std::tolower(u));
        } else if (!word.empty()) {
            out.push_back(word);
            word.clear();
        }
    }
    if (!word.empty()) out.push_back(word);
    return out;
}

std::vector<std::string> problems(const std::string& key, const std::string& text) {
    std::vector<std::string> out;
    for (const auto& sentence : sentences(text)) {
        auto w = words(sentence);
        if (w.size() > most_words)
            out.push_back(key + ": " + std::to_string(w.size()) + " words in \"" + sentence + "\"");
        for (const auto& word : w)
            if (jargon.count(word)) out.push_back(key + ": jargon \"" + word + "\" in \"" + sentence + "\"");
    }
    return out;
}

bool for_residents(const std::string& key) {
    for (const char* staff : {"_", "staff.", "maintenance.", "fleet."})
        if (key.starts_with(staff)) return false;
    return true;
}

} // namespace

TEST_CASE("the check itself finds long sentences and jargon, and passes plain ones") {
    CHECK(problems("k", "Tik op Beginnen. Dan ziet u uw aanvragen.").empty());
    CHECK(problems("k", "Uw zaak is in behandeling.").size() == 1);
    CHECK(problems("k", "Vul uw BSN in.").size() == 1);
    CHECK(
        problems("k", "Als u op deze knop tikt dan gaat u naar het volgende scherm waar u uw aanvragen ziet.")
            .size() == 1);
    CHECK(words("Welkom, {name}!") == std::vector<std::string>{"welkom", "{name}"});
}

TEST_CASE("every Dutch text a resident reads is plain: short sentences, no jargon") {
    std::ifstream in(std::filesystem::path(KIOSK_SOURCE_DIR) / "content" / "texts" / "nl.json");
    auto texts = nlohmann::json::parse(in);
    std::vector<std::string> found;
    std::size_t checked = 0;
    for (const auto& [key, value] : texts.items()) {
        if (!for_residents(key) || !value.is_string()) continue;
        ++checked;
        for (auto& p : problems(key, value.get<std::string>()))
            found.push_back(std::move(p));
    }
    CHECK(checked > 100);
    for (const auto& p : found)
        FAIL_CHECK(p);
}
