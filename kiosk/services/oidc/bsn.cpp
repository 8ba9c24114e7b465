#include "kiosk/services/oidc/bsn.hpp"

namespace kiosk::services {

bool valid_bsn(std::string_view text) {
    if (text.size() != 9) return false;
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i) {
        char c = text[i];
        if (c < '0' || c > '9') return false;
        int weight = i < 8 ? static_cast<int>(9 - i) : -1;
        sum += weight * (c - '0');
    }
    return sum != 0 && sum % 11 == 0;
}

} // namespace kiosk::services
