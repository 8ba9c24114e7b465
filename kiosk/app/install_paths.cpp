#include "kiosk/app/install_paths.hpp"

#include <system_error>

namespace kiosk::app {

InstallPaths find_install_paths(const std::filesystem::path& executable, const InstallPaths& relative,
                                const InstallPaths& build_tree) {
    auto here = executable.parent_path();
    InstallPaths installed{(here / relative.content_dir).lexically_normal(),
                           (here / relative.pdf_helper).lexically_normal()};
    std::error_code error;
    if (std::filesystem::is_directory(installed.content_dir, error) &&
        std::filesystem::is_regular_file(installed.pdf_helper, error))
        return installed;
    return build_tree;
}

std::filesystem::path running_executable() {
    std::error_code error;
    auto path = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path{} : path;
}

} // namespace kiosk::app
