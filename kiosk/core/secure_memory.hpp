#pragma once
// Containers for personal data whose memory is zeroed when it is given back, whatever gives it back:
// growing, shrinking, moving, destruction. A std::vector or std::string frees its old buffer as it
// grows and leaves the old bytes behind; these do not. (glibc's M_PERTURB, set at start, is the
// safety net for everything else; this is the rule for what the kiosk itself keeps.)
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::core {

void zero_memory(void* data, std::size_t size); // sodium_memzero: not optimised away

template <class T>
struct WipingAllocator {
    using value_type = T;
    WipingAllocator() noexcept = default;
    template <class U>
    WipingAllocator(const WipingAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return std::allocator<T>().allocate(n); }
    void deallocate(T* p, std::size_t n) noexcept {
        zero_memory(p, n * sizeof(T));
        std::allocator<T>().deallocate(p, n);
    }
    template <class U>
    bool operator==(const WipingAllocator<U>&) const noexcept {
        return true;
    }
};

using Bytes = std::vector<unsigned char, WipingAllocator<unsigned char>>;
// Short values (up to 15 characters) live inside the string object itself, not in the allocator:
// Secret zeroes those too; a SecureString on the stack is covered by the stack scrub of its thread.
using SecureString = std::basic_string<char, std::char_traits<char>, WipingAllocator<char>>;

} // namespace kiosk::core
