#pragma once
// Files the fleet code writes on a kiosk that may lose power at any moment: a file is either the old
// one or the new one, never half of each.
#include <filesystem>
#include <string>
#include <string_view>

namespace kiosk::fleet {

// Temp file in the same directory, fsync, rename over `file`, fsync of the directory.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes, unsigned mode);
// Creates `file`; refuses to replace one that exists (a key made twice would lose the first).
void write_new_file(const std::filesystem::path& file, std::string_view bytes, unsigned mode);
// The whole file, refused when larger than `limit` bytes (a bundle from outside is hostile).
std::string read_small_file(const std::filesystem::path& file, std::size_t limit);

} // namespace kiosk::fleet
