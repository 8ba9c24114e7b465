// Every text key the code names must exist in Dutch (the source) and in every translation, and the
// translations must use the same {placeholders}.
#include "ui/text.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::set<std::string> keys_used_in_code() {
    std::set<std::string> keys;
    const std::regex text_key(R"re("([a-z0-9_.]+)"_tk)re");
    for (const char* folder : {"ui", "kiosk"}) {
        for (const auto& entry : fs::recursive_directory_iterator(fs::path(KIOSK_SOURCE_DIR) / folder)) {
            auto ext = entry.path().extension();
            if (ext != ".cpp" && ext != ".hpp") continue;
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            auto s = text.str();
            for (std::sregex_iterator it(s.begin(), s.end(), text_key), end; it != end; ++it)
                keys.insert((*it)[1]);
        }
    }
    return keys;
}

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> out;
    const std::regex placeholder(R"(\{[a-z_]+\})");
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it)
        out.insert(it->str());
    return out;
}

} // namespace

TEST_CASE("every text key used in the code exists in every language") {
    auto texts = ui::Texts::load(fs::path(KIOSK_SOURCE_DIR) / "content");
    auto used = keys_used_in_code();
    CHECK(used.size() > 100);
    for (const auto& language : texts.languages())
        for (const auto& key : used) {
            INFO("language " << language.code << ", key " << key);
            CHECK(texts.has(language.code, key));
        }
}

TEST_CASE("translations have the same keys and placeholders as Dutch, and no leftovers") {
    auto texts = ui::Texts::load(fs::path(KIOSK_SOURCE_DIR) / "content");
    auto used = keys_used_in_code();
    const auto& dutch = *texts.table("nl");
    for (const auto& entry : dutch) {
        // Named copies, not structured bindings: clang 14 cannot capture those (INFO is a lambda).
        const auto& key = entry.first;
        const auto& text = entry.second;
        INFO("key " << key);
        CHECK(used.count(key) == 1); // a key nobody uses is a text nobody maintains
        CHECK_FALSE(text.empty());
    }
    for (const auto& language : texts.languages()) {
        const auto& table = *texts.table(language.code);
        for (const auto& entry : table) {
            const auto& key = entry.first;
            const auto& text = entry.second;
            INFO("language " << language.code << ", key " << key);
            // "time.minutes#few": a plural form of a Dutch key, for a CLDR category.
            const auto hash = key.find('#');
            const auto base = key.substr(0, hash);
            REQUIRE(dutch.count(base) == 1);
            CHECK(placeholders(text) == placeholders(dutch.at(base)));
            if (hash != std::string::npos) {
                const std::set<std::string> categories{"zero", "one", "two", "few", "many"};
                CHECK(categories.count(key.substr(hash + 1)) == 1);
            }
        }
    }
}

TEST_CASE("every language has every Dutch text, and its review list names real keys") {
    auto texts = ui::Texts::load(fs::path(KIOSK_SOURCE_DIR) / "content");
    CHECK(texts.languages().size() == 6);
    for (const auto& language : texts.languages()) {
        INFO("language " << language.code);
        CHECK(texts.missing(language.code).empty());
        CHECK_FALSE(language.speech_voice.empty());
        for (const auto& key : texts.needs_review(language.code)) {
            INFO("review key " << key);
            CHECK(texts.has("nl", key));
        }
        if (language.code != "nl" && language.code != "en")
            CHECK_FALSE(texts.needs_review(language.code).empty());
    }
    CHECK(texts.language("ar")->right_to_left);
    CHECK_FALSE(texts.language("uk")->right_to_left);
}

TEST_CASE("a missing text is found, and shown in Dutch") {
    auto dir = fs::temp_directory_path() / "zuil-texts-test";
    fs::create_directories(dir / "texts");
    std::ofstream(dir / "languages.json")
        << R"({"languages": [{"code": "nl", "name": "Nederlands"}, {"code": "pl", "name": "Polski", "fallback": "nl"}]})";
    std::ofstream(dir / "texts" / "nl.json") << R"({"a": "een", "b": "twee"})";
    std::ofstream(dir / "texts" / "pl.json") << R"({"a": "jeden", "_needs_review": ["a"]})";
    auto texts = ui::Texts::load(dir);
    fs::remove_all(dir);
    CHECK(texts.missing("pl") == std::vector<std::string>{"b"});
    CHECK(texts.missing("nl").empty());
    CHECK(texts.get("pl", ui::TextKey{"b"}) == "twee");
    CHECK(texts.needs_review("pl") == std::vector<std::string>{"a"});
}

TEST_CASE("counts take the plural form their language needs") {
    using ui::plural_category;
    CHECK(plural_category("pl", 1) == "one");
    CHECK(plural_category("pl", 3) == "few");
    CHECK(plural_category("pl", 13) == "many");
    CHECK(plural_category("pl", 22) == "few");
    CHECK(plural_category("pl", 25) == "many");
    CHECK(plural_category("uk", 21) == "one");
    CHECK(plural_category("uk", 11) == "many");
    CHECK(plural_category("uk", 34) == "few");
    CHECK(plural_category("ar", 0) == "zero");
    CHECK(plural_category("ar", 2) == "two");
    CHECK(plural_category("ar", 7) == "few");
    CHECK(plural_category("ar", 45) == "many");
    CHECK(plural_category("ar", 100) == "other");
    CHECK(plural_category("nl", 1) == "one");
    CHECK(plural_category("tr", 5) == "other");
    auto texts = ui::Texts::load(fs::path(KIOSK_SOURCE_DIR) / "content");
    using ui::operator""_tk;
    auto minutes = [&](const char* language, int n) {
        return texts.format(language, "time.minutes"_tk, {{"n", std::to_string(n)}});
    };
    CHECK(minutes("nl", 5) == "5 minuten");
    CHECK(minutes("pl", 2) == "2 minuty");
    CHECK(minutes("pl", 5) == "5 minut");
    CHECK(minutes("uk", 5) == "5 хвилин");
    CHECK(minutes("ar", 3) == "3 دقائق");
}

TEST_CASE("lookup falls back to Dutch and marks a missing key for the audit") {
    auto texts = ui::Texts::load(fs::path(KIOSK_SOURCE_DIR) / "content");
    using ui::operator""_tk;
    CHECK(texts.get("en", "welcome.title"_tk) == "Welcome");
    CHECK(texts.get("xx", "welcome.title"_tk) == "Welkom");
    CHECK(texts.get("nl", ui::TextKey{"no.such.key"}) == "[[no.such.key]]");
    CHECK(texts.format("nl", "home.greeting_name"_tk, {{"name", "Fatma"}}) == "Welkom, Fatma");
    CHECK(texts.date("nl", {2026, 3, 9}) == "9 maart 2026");
    CHECK(texts.date("en", {2026, 12, 31}) == "31 December 2026");
}
