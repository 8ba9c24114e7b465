#pragma once
// Texts a resident sees, looked up by key in content/texts/<language>.json. Dutch (B1) is the source;
// a translation may lag behind and then falls back to its fallback language. A key missing everywhere
// shows as [[key]] so the screen audit catches it.
#include "kiosk/core/time.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ui {

// The CLDR plural category of a whole number in a language: "zero", "one", "two", "few", "many" or
// "other". Polish and Ukrainian say "2 minuty" but "5 minut"; Arabic has six forms.
std::string_view plural_category(std::string_view language, long n);

struct TextKey {
    std::string_view key;
};
// The one way code names a text: "welcome.title"_tk. tests/unit/ui/text_keys_test.cpp finds every use
// in the sources and fails when nl.json lacks it.
constexpr TextKey operator""_tk(const char* s, std::size_t n) {
    return TextKey{std::string_view(s, n)};
}

// Two texts read aloud as two sentences: "a. b", without doubling the stop when `a` has one already.
std::string sentences(const std::string& first, const std::string& second);

struct Language {
    std::string code;           // "nl"
    std::string name;           // in its own language: "Nederlands", "English"
    std::string fallback;       // empty for the source language
    std::string speech_voice;   // espeak-ng voice name
    bool right_to_left = false; // Arabic: text runs right to left and the screen is mirrored
};

using TextArgs = std::initializer_list<std::pair<std::string_view, std::string>>;

class Texts {
public:
    static Texts load(const std::filesystem::path& content_dir);

    std::string get(const std::string& language, TextKey key) const;
    // Replaces {name} placeholders: format("nl", "home.greeting"_tk, {{"name", "Jan"}}). With a count
    // {n} it takes the plural form the language needs for it, "<key>#few" and the like (CLDR).
    std::string format(const std::string& language, TextKey key, TextArgs args) const;
    std::string date(const std::string& language, kiosk::core::Date date) const; // "2 november 2026"

    const std::vector<Language>& languages() const { return languages_; }
    const Language* language(const std::string& code) const;
    bool has(const std::string& language, std::string_view key) const;
    const std::map<std::string, std::string>* table(const std::string& language) const;
    // Dutch keys `language` has no text for: they show in Dutch. Reported at start; a test fails on them.
    std::vector<std::string> missing(const std::string& language) const;
    // Keys a translator marked ("_needs_review") as waiting for a native speaker's review.
    const std::vector<std::string>& needs_review(const std::string& language) const;
    // A municipality's own wording (a fleet bundle): only for a key the Dutch source has, in a known
    // language, with the same {placeholders}. Throws std::runtime_error naming the key otherwise.
    void replace(const std::string& language, const std::string& key, std::string text);

private:
    std::vector<Language> languages_;
    std::map<std::string, std::map<std::string, std::string>> tables_; // language -> key -> text
    std::map<std::string, std::vector<std::string>> review_;           // language -> keys to review
};

} // namespace ui
