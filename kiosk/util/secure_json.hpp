#pragma once
// JSON that carries personal data (answers about a resident's cases, tokens, ID token claims, a call
// code) lives in SecureJson: every string, object and array in it is held in memory that is zeroed
// when it is freed, and the parser's own buffers are SecureStrings too. Configuration and content,
// which hold nothing personal, stay nlohmann::json.
#include "kiosk/core/secure_memory.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kiosk {

using SecureJson = nlohmann::basic_json<std::map, std::vector, core::SecureString, bool, std::int64_t,
                                        std::uint64_t, double, core::WipingAllocator>;

// The text of a string value, for a model field (the caller wipes or owns it); "" for anything else.
inline std::string text_of(const SecureJson& value) {
    if (!value.is_string()) return {};
    const auto& s = value.get_ref<const core::SecureString&>();
    return std::string(s.data(), s.size());
}

// `object[key]` as text when it is a string; "" when absent or not a string.
inline std::string text_member(const SecureJson& object, const char* key) {
    if (!object.is_object()) return {};
    auto it = object.find(key);
    return it == object.end() ? std::string() : text_of(*it);
}

} // namespace kiosk
