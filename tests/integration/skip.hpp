#pragma once
// A test that cannot run on this machine (no root for a private cupsd, no specs for Prism) is a
// counted skip: it exits with 77, which CTest reports as skipped (SKIP_RETURN_CODE), never as passed.
// Under CI=true the same is a failure: CI must run everything.
#include "ci.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace testing_peers {

inline void skip_test(const std::string& why) {
    if (running_in_ci()) FAIL("cannot run here, and CI=true makes that a failure: " << why);
    std::printf("\n*** SKIPPED: %s\n", why.c_str());
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(77); // at once: doctest must not go on to report this test as passed
}

} // namespace testing_peers
