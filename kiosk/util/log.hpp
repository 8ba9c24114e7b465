#pragma once
// Operational log on stderr (journald in production). Callers pass describe() texts and fixed
// messages only: personal data never reaches a log line.
#include <string>

namespace kiosk::log {

enum class Level { debug, info, warning, error };
void set_level(Level level);
void debug(const std::string& message);
void info(const std::string& message);
void warning(const std::string& message);
void error(const std::string& message);

} // namespace kiosk::log
