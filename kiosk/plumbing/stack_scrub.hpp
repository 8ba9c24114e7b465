#pragma once
// Freed heap memory is zeroed (the wiping allocator, and glibc's M_PERTURB as a safety net), but a
// thread's stack keeps whatever its deeper calls left there (parsed answers, tokens in short strings)
// until something overwrites it. A worker calls this between tasks, from its outermost loop, so the
// stack below that frame, where the task ran, is zeroed.
#include <cstddef>

namespace kiosk::plumbing {

inline constexpr std::size_t scrubbed_stack_bytes = 256 * 1024; // deeper than any task's frames reach

void scrub_stack_below();

} // namespace kiosk::plumbing
