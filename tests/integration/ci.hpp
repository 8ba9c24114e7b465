#pragma once
// CI=true (as CI sets it): everything must run, so what would be a counted skip elsewhere fails.
#include <cstdlib>
#include <string_view>

namespace testing_peers {

inline bool running_in_ci() {
    const char* ci = std::getenv("CI");
    return ci && std::string_view(ci) == "true";
}

} // namespace testing_peers
