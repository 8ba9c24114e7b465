#pragma once
// The commands of kiosk-provision. Each takes its own arguments (after the command's name) and returns
// an exit code (arguments.hpp); errors are thrown and reported by main.
#include <string>
#include <vector>

namespace provision {

using Args = std::vector<std::string>;

int keygen(const Args& args);  // keys.cpp
int sign(const Args& args);    // bundles.cpp
int verify(const Args& args);  // bundles.cpp
int seal(const Args& args);    // bundles.cpp
int enroll(const Args& args);  // kiosk.cpp
int status(const Args& args);  // kiosk.cpp
int fleet(const Args& args);   // fleet.cpp: fleet status
int command(const Args& args); // fleet.cpp
int theme(const Args& args);   // theme.cpp
int badge(const Args& args);   // badge.cpp

} // namespace provision
