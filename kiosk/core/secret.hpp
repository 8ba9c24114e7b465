#pragma once
// Personal data lives only in memory and is zeroed before its memory is released (sodium_memzero
// cannot be optimised away, unlike a plain memset before free).
#include "kiosk/core/secure_memory.hpp"

#include <string>
#include <vector>

namespace kiosk::core {

void wipe(std::string& s);
void wipe(std::vector<unsigned char>& bytes);
void wipe(Bytes& bytes);
void wipe(SecureString& s); // a short one lives inside the object itself: zeroed there too

// A string that zeroes itself when it is destroyed or replaced: BSN, tokens.
class Secret {
public:
    Secret() = default;
    explicit Secret(std::string value) : value_(std::move(value)) {}
    Secret(const Secret& other) : value_(other.value_) {}
    Secret(Secret&& other) noexcept : value_(std::move(other.value_)) { wipe(other.value_); }
    Secret& operator=(Secret other) noexcept {
        wipe(value_);
        value_.swap(other.value_);
        return *this;
    }
    ~Secret() { wipe(value_); }

    const std::string& reveal() const { return value_; } // named so every use is easy to find
    bool empty() const { return value_.empty(); }
    bool operator==(const Secret&) const = default;

private:
    std::string value_;
};

} // namespace kiosk::core
