#pragma once
// Reading validated JSON (config, content, demo data, journeys) with errors that name the exact place:
// "config.json: idle.warning_after_s: expected a whole number from 15 to 600, got 5".
#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::util {

std::string read_text_file(const std::filesystem::path& file); // throws with the path in the message

class JsonReader {
public:
    JsonReader(const nlohmann::json& value, std::string path,
               std::shared_ptr<const nlohmann::json> document = {})
        : document_(std::move(document)), value_(&value), path_(std::move(path)) {}
    static JsonReader parse(const std::string& text, const std::string& source_name);

    bool has(const std::string& key) const;
    std::string string(const std::string& key) const; // non-empty
    std::string string_or(const std::string& key, const std::string& fallback) const;
    bool boolean(const std::string& key) const;
    bool boolean_or(const std::string& key, bool fallback) const;
    long integer(const std::string& key, long min, long max) const;
    long integer_or(const std::string& key, long min, long max, long fallback) const;
    double number(const std::string& key) const;
    JsonReader object(const std::string& key) const;
    std::vector<JsonReader> array(const std::string& key) const;
    std::vector<JsonReader> items() const; // this value as an array
    std::vector<std::string> keys() const; // this value as an object
    JsonReader at(const std::string& key) const;
    std::string as_string() const;

    // Rejects keys that are not in `allowed`: a typo in a config file must not be silently ignored.
    void allow_only(std::initializer_list<const char*> allowed) const;

    template <class T>
    T convert(const std::string& key, const std::function<T(const std::string&)>& parse) const {
        auto text = string(key);
        try {
            return parse(text);
        } catch (const std::exception& e) {
            fail(key, e.what());
        }
    }

    [[noreturn]] void fail(const std::string& key, const std::string& message) const;
    const std::string& path() const { return path_; }
    const nlohmann::json& raw() const { return *value_; }

private:
    const nlohmann::json& field(const std::string& key) const;
    std::string child_path(const std::string& key) const;
    JsonReader child(const nlohmann::json& value, std::string path) const {
        return {value, std::move(path), document_};
    }

    std::shared_ptr<const nlohmann::json> document_; // every reader keeps the parsed document alive
    const nlohmann::json* value_;
    std::string path_;
};

} // namespace kiosk::util
