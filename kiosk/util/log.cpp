#include "kiosk/util/log.hpp"

#include <atomic>
#include <cstdio>

namespace kiosk::log {
namespace {
std::atomic<Level> threshold{Level::info};

void write(Level level, const char* tag, const std::string& message) {
    if (level < threshold.load()) return;
    std::fprintf(stderr, "kiosk %s: %s\n", tag, message.c_str());
}
} // namespace

void set_level(Level level) {
    threshold = level;
}
void debug(const std::string& m) {
    write(Level::debug, "debug", m);
}
void info(const std::string& m) {
    write(Level::info, "info", m);
}
void warning(const std::string& m) {
    write(Level::warning, "warning", m);
}
void error(const std::string& m) {
    write(Level::error, "error", m);
}

} // namespace kiosk::log
