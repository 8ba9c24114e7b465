#pragma once
#include <functional>
#include <string>

namespace testing_support {

// The message of the `Error` that `f` throws, or "accepted" when it throws none.
template <class Error>
std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "accepted";
}

} // namespace testing_support
