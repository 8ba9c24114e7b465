// Every text key the code names must exist in Dutch (the source) and in every translation, and the
// translations must use the same {placeholders}.
#include "ui/text.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

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
            REQUIRE(dutch.count(key) == 1);
            CHECK(placeholders(text) == placeholders(dutch.at(key)));
        }
    }
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
