#include "ui/text.hpp"

#include "kiosk/util/json_reader.hpp"

#include <algorithm>
#include <stdexcept>

namespace ui {

std::string sentences(const std::string& first, const std::string& second) {
    if (first.empty()) return second;
    if (second.empty()) return first;
    bool has_stop = std::string_view(".!?:").find(first.back()) != std::string_view::npos;
    return first + (has_stop ? " " : ". ") + second;
}

Texts Texts::load(const std::filesystem::path& content_dir) {
    using kiosk::util::JsonReader;
    Texts texts;
    auto file = content_dir / "languages.json";
    auto root = JsonReader::parse(kiosk::util::read_text_file(file), file.string());
    for (const auto& l : root.array("languages")) {
        l.allow_only({"code", "name", "fallback", "speech_voice", "direction"});
        auto direction = l.string_or("direction", "ltr");
        if (direction != "ltr" && direction != "rtl")
            throw std::runtime_error(file.string() + ": direction must be \"ltr\" or \"rtl\"");
        texts.languages_.push_back({l.string("code"), l.string("name"), l.string_or("fallback", ""),
                                    l.string_or("speech_voice", ""), direction == "rtl"});
    }
    if (texts.languages_.empty() || !texts.languages_.front().fallback.empty())
        throw std::runtime_error(file.string() + ": the first language is the source and has no fallback");

    for (const auto& language : texts.languages_) {
        auto path = content_dir / "texts" / (language.code + ".json");
        auto table = JsonReader::parse(kiosk::util::read_text_file(path), path.string());
        auto& out = texts.tables_[language.code];
        for (const auto& key : table.keys()) {
            if (key == "_needs_review")
                for (const auto& item : table.at(key).items())
                    texts.review_[language.code].push_back(item.as_string());
            if (key.starts_with("_")) continue; // "_notes": remarks for translators
            out[key] = table.at(key).as_string();
        }
        if (!language.fallback.empty() && !texts.language(language.fallback))
            throw std::runtime_error(file.string() + ": " + language.code +
                                     " falls back to unknown language " + language.fallback);
    }
    return texts;
}

namespace {

std::vector<std::string> placeholders(const std::string& text) {
    std::vector<std::string> names;
    for (auto open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
        auto close = text.find('}', open);
        if (close == std::string::npos) break;
        names.push_back(text.substr(open, close - open + 1));
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

void Texts::replace(const std::string& language, const std::string& key, std::string text) {
    const auto& source = tables_.at(languages_.front().code);
    auto original = source.find(key);
    if (!this->language(language))
        throw std::runtime_error("texts: no language " + language + " on this kiosk");
    if (original == source.end())
        throw std::runtime_error("texts." + language + "." + key + ": no such text");
    if (placeholders(text) != placeholders(original->second))
        throw std::runtime_error("texts." + language + "." + key +
                                 ": must keep the placeholders of the original: " + original->second);
    tables_[language][key] = std::move(text);
}

const Language* Texts::language(const std::string& code) const {
    for (const auto& l : languages_)
        if (l.code == code) return &l;
    return nullptr;
}

const std::map<std::string, std::string>* Texts::table(const std::string& language) const {
    auto it = tables_.find(language);
    return it == tables_.end() ? nullptr : &it->second;
}

bool Texts::has(const std::string& language, std::string_view key) const {
    const auto* t = table(language);
    return t && t->count(std::string(key)) > 0;
}

std::string Texts::get(const std::string& language, TextKey key) const {
    // Follow the fallback chain; the hop limit guards against a cycle in languages.json.
    std::string code = language;
    for (int hop = 0; hop < 4 && !code.empty(); ++hop) {
        if (const auto* t = table(code)) {
            auto it = t->find(std::string(key.key));
            if (it != t->end()) return it->second;
        }
        const auto* l = this->language(code);
        code = l ? l->fallback : languages_.front().code;
        if (code == language) break;
    }
    return "[[" + std::string(key.key) + "]]";
}

std::string_view plural_category(std::string_view language, long n) {
    const long n10 = n % 10, n100 = n % 100;
    if (language == "pl") {
        if (n == 1) return "one";
        return n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14) ? "few" : "many";
    }
    if (language == "uk" || language == "ru") {
        if (n10 == 1 && n100 != 11) return "one";
        return n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14) ? "few" : "many";
    }
    if (language == "ar") {
        if (n == 0) return "zero";
        if (n == 1) return "one";
        if (n == 2) return "two";
        if (n100 >= 3 && n100 <= 10) return "few";
        if (n100 >= 11 && n100 <= 99) return "many";
        return "other";
    }
    return n == 1 ? "one" : "other"; // nl, en, tr (Turkish writes "5 dakika" and needs no form)
}

std::vector<std::string> Texts::missing(const std::string& language) const {
    std::vector<std::string> keys;
    const auto* own = table(language);
    for (const auto& [key, text] : tables_.at(languages_.front().code))
        if (!own || own->count(key) == 0) keys.push_back(key);
    return keys;
}

const std::vector<std::string>& Texts::needs_review(const std::string& language) const {
    static const std::vector<std::string> none;
    auto it = review_.find(language);
    return it == review_.end() ? none : it->second;
}

std::string Texts::format(const std::string& language, TextKey key, TextArgs args) const {
    std::string text = get(language, key);
    const auto* own = table(language);
    for (const auto& [name, value] : args) {
        const bool count = name == "n" && !value.empty() && value.size() < 10 &&
                           value.find_first_not_of("0123456789") == std::string::npos;
        if (!own || !count) continue;
        auto form =
            own->find(std::string(key.key) + "#" + std::string(plural_category(language, std::stol(value))));
        if (form != own->end()) text = form->second;
    }
    for (const auto& [name, value] : args) {
        std::string placeholder = "{" + std::string(name) + "}";
        for (auto pos = text.find(placeholder); pos != std::string::npos;
             pos = text.find(placeholder, pos + value.size()))
            text.replace(pos, placeholder.size(), value);
    }
    return text;
}

std::string Texts::date(const std::string& language, kiosk::core::Date d) const {
    static constexpr TextKey months[] = {"month.1"_tk, "month.2"_tk,  "month.3"_tk,  "month.4"_tk,
                                         "month.5"_tk, "month.6"_tk,  "month.7"_tk,  "month.8"_tk,
                                         "month.9"_tk, "month.10"_tk, "month.11"_tk, "month.12"_tk};
    if (!d.valid()) return get(language, "date.unknown"_tk);
    return format(language, "date.format"_tk,
                  {{"day", std::to_string(d.day)},
                   {"month", get(language, months[d.month - 1])},
                   {"year", std::to_string(d.year)}});
}

} // namespace ui
