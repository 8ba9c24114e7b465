// theme: a municipality's NL Design System tokens as the kiosk's palette, for `sign --theme`.
#include "ui/theme.hpp"
#include "arguments.hpp"
#include "commands.hpp"
#include "kiosk/fleet/design_tokens.hpp"
#include "kiosk/fleet/files.hpp"
#include "kiosk/fleet/keys.hpp"
#include "kiosk/util/bounded_json.hpp"

#include <cstdio>
#include <filesystem>

namespace provision {
namespace {

std::string package_name(const std::string& dir) {
    auto file = dir + "/package.json";
    if (!std::filesystem::exists(file)) return dir;
    auto j = kiosk::util::parse_json(kiosk::fleet::read_small_file(file, 1 << 20), 8);
    if (!j.is_object() || !j.contains("name") || !j["name"].is_string()) return dir;
    return j["name"].get<std::string>() +
           (j.contains("version") && j["version"].is_string() ? "@" + j["version"].get<std::string>() : "");
}

std::filesystem::path default_content_dir() {
    std::filesystem::path installed = KIOSK_INSTALLED_CONTENT_DIR;
    return std::filesystem::exists(installed / "theme" / "tokens.json")
               ? installed
               : std::filesystem::path(KIOSK_SOURCE_CONTENT_DIR);
}

} // namespace

int theme(const Args& args) {
    Arguments a(args, {"out", "content"}, {});
    if (a.positional().size() != 1) throw UsageError("theme takes the directory of one design token package");
    const auto& dir = a.positional()[0];
    auto mapping = kiosk::fleet::map_design_tokens(kiosk::fleet::read_design_tokens(dir), package_name(dir));
    if (mapping.palette.empty())
        throw kiosk::fleet::FleetError(dir + ": none of the tokens the kiosk uses is there");

    nlohmann::json normal = nlohmann::json::object();
    for (const auto& [name, colour] : mapping.palette)
        normal[name] = colour.hex;
    nlohmann::json patch{{"palettes", {{"normal", normal}}}};
    std::filesystem::path content = a.get("content").value_or(default_content_dir().string());
    auto tokens_file = content / "theme" / "tokens.json";
    auto tokens = kiosk::util::parse_json(kiosk::fleet::read_small_file(tokens_file, 1 << 20));
    tokens.merge_patch(patch);
    auto theme = ui::parse_theme(tokens.dump(), tokens_file.string() + " with " + mapping.package);

    std::printf("%s\n", mapping.package.c_str());
    for (const auto& [name, colour] : mapping.palette)
        std::printf("  %-16s %s  from %s\n", name.c_str(), colour.hex.c_str(), colour.token.c_str());
    if (!mapping.font_family.empty())
        std::printf("  font family      %s: the kiosk draws with Noto Sans, which every kiosk has\n",
                    mapping.font_family.c_str());
    for (const auto& note : mapping.notes)
        std::printf("  note: %s\n", note.c_str());

    auto name_of = [&](const std::string& palette_name) {
        auto it = mapping.palette.find(palette_name);
        return it == mapping.palette.end()
                   ? palette_name + " (the kiosk's own)"
                   : palette_name + " (" + it->second.token + " " + it->second.hex + ")";
    };
    auto shortfalls = ui::contrast_shortfall_list(theme);
    if (!shortfalls.empty()) {
        for (const auto& s : shortfalls)
            std::fprintf(stderr, "too little contrast in the %s palette: %s on %s is %.2f:1, needs %.1f:1\n",
                         s.palette.c_str(), name_of(s.front).c_str(), name_of(s.back).c_str(), s.ratio,
                         s.minimum);
        std::fprintf(stderr, "refused: %zu pairs of colours are too hard to read; nothing was written\n",
                     shortfalls.size());
        return Exit::refused;
    }
    auto out = a.need("out");
    kiosk::fleet::write_file_atomically(out, patch.dump(2) + "\n", 0644);
    std::printf(
        "every pair reaches 4.5:1 (7:1 in high contrast); written to %s for kiosk-provision sign --theme\n",
        out.c_str());
    return Exit::ok;
}

} // namespace provision
