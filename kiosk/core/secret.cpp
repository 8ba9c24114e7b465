#include "kiosk/core/secret.hpp"

#include "kiosk/core/secure_memory.hpp"

#include <sodium.h>

namespace kiosk::core {

namespace {
// Zero the whole capacity: a shorter value may have overwritten only the start of an older one.
template <class Buffer>
void zero_and_release(Buffer& buffer) {
    buffer.resize(buffer.capacity());
    sodium_memzero(buffer.data(), buffer.size());
    buffer.clear();
    buffer.shrink_to_fit();
}
} // namespace

void zero_memory(void* data, std::size_t size) {
    if (data && size > 0) sodium_memzero(data, size);
}

void wipe(std::string& s) {
    zero_and_release(s);
}
void wipe(std::vector<unsigned char>& bytes) {
    zero_and_release(bytes);
}
void wipe(Bytes& bytes) {
    zero_and_release(bytes);
}
void wipe(SecureString& s) {
    zero_and_release(s);
}

} // namespace kiosk::core
