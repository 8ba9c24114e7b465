#pragma once
// Command-line options of the kiosk binary.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::app {

struct Options {
    std::optional<std::filesystem::path> config;
    std::filesystem::path content_dir;
    std::filesystem::path pdf_helper; // kiosk-pdf-helper; empty: the one the build or package put in place
    bool demo = false;
    bool windowed = false;
    std::optional<std::pair<int, int>> size; // --size 1080x1920
    bool software_renderer = false;
    bool headless = false;
    std::filesystem::path journey;
    std::filesystem::path out_dir;
    int bench_frames = 0;
    int bench_speech = 0;
    bool hold = false; // headless: after the journey, keep running (for the memory scan) until killed
    bool gallery = false;
    bool all_looks = false; // headless: audit every step in every language, text size, theme, orientation
    std::filesystem::path card_control;     // headless against a real pcscd: the card emulator's socket
    std::filesystem::path phone_config_dir; // write baresip's config for systemd and stop
    std::filesystem::path fleet_dir;        // enrolled in a fleet: its pinned key, identity and bundles
    bool verbose = false;
    bool help = false;
};

// Throws std::invalid_argument with a message for the person at the terminal.
Options parse_options(const std::vector<std::string>& args, const std::filesystem::path& default_content_dir);
std::string usage();

} // namespace kiosk::app
