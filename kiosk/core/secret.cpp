#include "kiosk/core/secret.hpp"

#include <sodium.h>

namespace kiosk::core {

void wipe(std::string& s) {
    // Zero the whole capacity: a shorter value may have overwritten only the start of an older one.
    s.resize(s.capacity());
    sodium_memzero(s.data(), s.size());
    s.clear();
    s.shrink_to_fit();
}

void wipe(std::vector<unsigned char>& bytes) {
    bytes.resize(bytes.capacity());
    sodium_memzero(bytes.data(), bytes.size());
    bytes.clear();
    bytes.shrink_to_fit();
}

} // namespace kiosk::core
