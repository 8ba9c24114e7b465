#pragma once
// Where the kiosk finds its content and its PDF helper. An installed kiosk finds them beside itself
// (a package may use any prefix); a kiosk in the build tree uses the ones the build made.
#include <filesystem>

namespace kiosk::app {

struct InstallPaths {
    std::filesystem::path content_dir;
    std::filesystem::path pdf_helper;
};

// `relative` holds the installed layout relative to the binary's directory (e.g. ../share/zuil/content).
InstallPaths find_install_paths(const std::filesystem::path& executable, const InstallPaths& relative,
                                const InstallPaths& build_tree);

// The path of the running program, from /proc/self/exe.
std::filesystem::path running_executable();

} // namespace kiosk::app
