#include "kiosk/util/json_reader.hpp"

#include "kiosk/util/bounded_json.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kiosk::util {

std::string read_text_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot be opened");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

JsonReader JsonReader::parse(const std::string& text, const std::string& source_name) {
    auto owned = std::make_shared<nlohmann::json>();
    struct TooDeep {};
    try {
        *owned = nlohmann::json::parse(text, [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
            if (depth > max_json_depth) throw TooDeep{};
            return true;
        });
    } catch (const nlohmann::json::exception& e) { // parse_error, and out_of_range for numbers like 1e999
        throw std::runtime_error(source_name + ": not valid JSON (" + e.what() + ")");
    } catch (const TooDeep&) {
        throw std::runtime_error(source_name + ": nests deeper than " + std::to_string(max_json_depth) +
                                 " levels");
    }
    if (!owned->is_object()) throw std::runtime_error(source_name + ": expected a JSON object at the top");
    const nlohmann::json& root = *owned;
    return JsonReader(root, source_name, std::move(owned));
}

void JsonReader::fail(const std::string& key, const std::string& message) const {
    throw std::runtime_error(child_path(key) + ": " + message);
}

std::string JsonReader::child_path(const std::string& key) const {
    if (key.empty()) return path_;
    return path_ + (key.front() == '[' ? "" : ".") + key;
}

bool JsonReader::has(const std::string& key) const {
    return value_->is_object() && value_->contains(key);
}

const nlohmann::json& JsonReader::field(const std::string& key) const {
    if (!value_->is_object()) fail("", "expected an object");
    auto it = value_->find(key);
    if (it == value_->end()) fail(key, "is missing");
    return *it;
}

std::string JsonReader::string(const std::string& key) const {
    const auto& v = field(key);
    if (!v.is_string() || v.get_ref<const std::string&>().empty()) fail(key, "expected a non-empty text");
    return v.get<std::string>();
}

std::string JsonReader::string_or(const std::string& key, const std::string& fallback) const {
    if (!has(key)) return fallback;
    const auto& v = field(key);
    if (!v.is_string()) fail(key, "expected a text");
    return v.get<std::string>();
}

bool JsonReader::boolean(const std::string& key) const {
    const auto& v = field(key);
    if (!v.is_boolean()) fail(key, "expected true or false");
    return v.get<bool>();
}

bool JsonReader::boolean_or(const std::string& key, bool fallback) const {
    return has(key) ? boolean(key) : fallback;
}

long JsonReader::integer(const std::string& key, long min, long max) const {
    const auto& v = field(key);
    std::string range = "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    if (!v.is_number_integer()) fail(key, range);
    auto n = v.get<long>();
    if (n < min || n > max) fail(key, range + ", got " + std::to_string(n));
    return n;
}

long JsonReader::integer_or(const std::string& key, long min, long max, long fallback) const {
    return has(key) ? integer(key, min, max) : fallback;
}

double JsonReader::number(const std::string& key) const {
    const auto& v = field(key);
    if (!v.is_number()) fail(key, "expected a number");
    return v.get<double>();
}

JsonReader JsonReader::object(const std::string& key) const {
    const auto& v = field(key);
    if (!v.is_object()) fail(key, "expected an object");
    return child(v, child_path(key));
}

JsonReader JsonReader::at(const std::string& key) const {
    return child(field(key), child_path(key));
}

std::vector<JsonReader> JsonReader::array(const std::string& key) const {
    const auto& v = field(key);
    if (!v.is_array()) fail(key, "expected a list");
    return child(v, child_path(key)).items();
}

std::vector<JsonReader> JsonReader::items() const {
    if (!value_->is_array()) fail("", "expected a list");
    std::vector<JsonReader> out;
    for (std::size_t i = 0; i < value_->size(); ++i)
        out.push_back(child((*value_)[i], path_ + "[" + std::to_string(i) + "]"));
    return out;
}

std::vector<std::string> JsonReader::keys() const {
    if (!value_->is_object()) fail("", "expected an object");
    std::vector<std::string> out;
    for (auto it = value_->begin(); it != value_->end(); ++it)
        out.push_back(it.key());
    return out;
}

std::string JsonReader::as_string() const {
    if (!value_->is_string()) fail("", "expected a text");
    return value_->get<std::string>();
}

void JsonReader::allow_only(std::initializer_list<const char*> allowed) const {
    for (const auto& key : keys()) {
        bool known = false;
        for (const char* a : allowed)
            known = known || key == a;
        if (!known) fail(key, "is not a known setting (check the spelling)");
    }
}

} // namespace kiosk::util
