#include "kiosk/plumbing/stack_scrub.hpp"

#include <sodium.h>

namespace kiosk::plumbing {

// Not inlined: the array must lie below the caller's frame, where the finished task's frames were.
[[gnu::noinline]] void scrub_stack_below() {
    unsigned char area[scrubbed_stack_bytes];
    sodium_memzero(area, sizeof area); // cannot be optimised away, unlike memset on a dying array
}

} // namespace kiosk::plumbing
