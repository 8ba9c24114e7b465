#pragma once
// The last check before text becomes sound: whatever the narrator let through, a citizen service
// number (BSN) is never said aloud. The narrator already leaves out codes and personal data; this
// guard is for the mistake nobody has made yet.
#include <string>
#include <string_view>

namespace devices {

// True for nine digits that pass the BSN "elfproef".
bool looks_like_bsn(std::string_view nine_digits);

// `text` without any run of exactly nine digits (spaces, dots and dashes between groups allowed)
// that passes the elfproef.
std::string without_bsn(std::string_view text);

} // namespace devices
