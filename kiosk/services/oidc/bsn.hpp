#pragma once
#include <string_view>

namespace kiosk::services {

// A BSN is nine digits that pass the "elfproef": 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11
// (and not 0, which only 000000000 would give).
bool valid_bsn(std::string_view text);

} // namespace kiosk::services
