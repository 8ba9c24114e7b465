#include "devices/speech/speech_guard.hpp"

#include <cctype>

namespace devices {
namespace {
bool digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}
bool separator(char c) {
    return c == ' ' || c == '.' || c == '-';
}
} // namespace

bool looks_like_bsn(std::string_view nine_digits) {
    if (nine_digits.size() != 9) return false;
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i) {
        if (!digit(nine_digits[i])) return false;
        int weight = i < 8 ? 9 - static_cast<int>(i) : -1;
        sum += weight * (nine_digits[i] - '0');
    }
    return sum % 11 == 0 && sum != 0;
}

std::string without_bsn(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (!digit(text[i]) || (i > 0 && digit(text[i - 1]))) {
            out += text[i++];
            continue;
        }
        // A run of digits with single separators between groups: "123456782", "1234.56.782".
        // A nine-digit group inside a longer run counts too ("123456782 5").
        std::string digits, group;
        bool bsn = false;
        std::size_t end = i;
        while (end < text.size()) {
            if (digit(text[end])) {
                digits += text[end];
                group += text[end++];
                continue;
            }
            bsn = bsn || looks_like_bsn(group);
            group.clear();
            if (separator(text[end]) && end + 1 < text.size() && digit(text[end + 1]))
                ++end;
            else
                break;
        }
        bsn = bsn || looks_like_bsn(group) || looks_like_bsn(digits);
        if (!bsn) out.append(text.substr(i, end - i));
        i = end;
    }
    return out;
}

} // namespace devices
