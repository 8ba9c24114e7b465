#pragma once
// Bundles and commands carry their times in Unix seconds (issued_at, expires_at): the wall clock, as
// the IT workstation and the kiosk both read it.
#include <chrono>
#include <cstdint>

namespace kiosk::fleet {

inline std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace kiosk::fleet
