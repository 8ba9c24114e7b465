// memory_scan PID LABEL=TEXT...: searches every readable mapping of process PID (through
// /proc/PID/mem: root, or the same user on a dumpable process) for each TEXT and prints, per LABEL,
// how often it occurs and in which mappings; never the text itself. Exits 0 when nothing was found,
// 1 when something was, 2 when the memory could not be read.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

struct Region {
    unsigned long start = 0, end = 0;
    std::string name;
};

std::vector<Region> readable_regions(const std::string& pid) {
    std::vector<Region> out;
    std::ifstream maps("/proc/" + pid + "/maps");
    std::string line;
    while (std::getline(maps, line)) {
        std::istringstream fields(line);
        std::string range, perms, offset, device, inode, name;
        fields >> range >> perms >> offset >> device >> inode;
        std::getline(fields >> std::ws, name);
        if (perms.empty() || perms[0] != 'r' || name == "[vvar]" || name == "[vsyscall]") continue;
        Region r;
        std::sscanf(range.c_str(), "%lx-%lx", &r.start, &r.end);
        r.name = name.empty() ? "[anonymous]" : name;
        out.push_back(r);
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: memory_scan PID LABEL=TEXT...\n");
        return 2;
    }
    std::string pid = argv[1];
    std::vector<std::pair<std::string, std::string>> needles;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        auto eq = arg.find('=');
        if (eq == std::string::npos || eq + 1 >= arg.size()) {
            std::fprintf(stderr, "memory_scan: expected LABEL=TEXT, got an argument without text\n");
            return 2;
        }
        needles.emplace_back(arg.substr(0, eq), arg.substr(eq + 1));
    }
    int mem = open(("/proc/" + pid + "/mem").c_str(), O_RDONLY);
    if (mem < 0) {
        std::fprintf(stderr, "memory_scan: cannot open /proc/%s/mem: %s\n", pid.c_str(),
                     std::strerror(errno));
        return 2;
    }
    std::map<std::string, std::map<std::string, int>> hits; // label -> mapping -> count
    unsigned long scanned = 0;
    std::vector<char> buffer;
    for (const auto& region : readable_regions(pid)) {
        buffer.resize(region.end - region.start);
        auto n = pread(mem, buffer.data(), buffer.size(), static_cast<off_t>(region.start));
        if (n <= 0) continue;
        scanned += static_cast<unsigned long>(n);
        for (const auto& [label, text] : needles)
            for (auto it = buffer.begin(); it != buffer.begin() + n;) {
                it = std::search(it, buffer.begin() + n, text.begin(), text.end());
                if (it == buffer.begin() + n) break;
                ++hits[label][region.name];
                if (std::getenv("MEMORY_SCAN_CONTEXT")) { // for finding out what held it: test data only
                    auto at = static_cast<std::size_t>(it - buffer.begin());
                    auto from = at > 160 ? at - 160 : 0;
                    auto to = std::min<std::size_t>(static_cast<std::size_t>(n), at + text.size() + 160);
                    std::string context(buffer.begin() + static_cast<long>(from),
                                        buffer.begin() + static_cast<long>(to));
                    for (auto& c : context)
                        if (c < 32 || c > 126) c = '.';
                    std::printf("memory_scan: %s at %#lx: %s\n", label.c_str(), region.start + at,
                                context.c_str());
                }
                ++it;
            }
    }
    close(mem);
    if (scanned == 0) {
        std::fprintf(stderr, "memory_scan: nothing of process %s could be read\n", pid.c_str());
        return 2;
    }
    int total = 0;
    for (const auto& [label, text] : needles) {
        int count = 0;
        for (const auto& [where, n] : hits[label])
            count += n;
        total += count;
        std::printf("memory_scan: %-14s %d hit(s)", label.c_str(), count);
        for (const auto& [where, n] : hits[label])
            std::printf("  [%d in %s]", n, where.c_str());
        std::printf("\n");
    }
    std::printf("memory_scan: %lu MB of process %s searched for %zu texts: %d hit(s)\n", scanned >> 20,
                pid.c_str(), needles.size(), total);
    return total == 0 ? 0 : 1;
}
