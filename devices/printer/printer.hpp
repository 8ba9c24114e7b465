#pragma once
// The kiosk's printer. check_ready() posts PrinterChecked; print() posts PrintProgressed, then
// PrintDone or PrintFailed for the generation.
#include "kiosk/core/secure_memory.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace devices {

class Printer {
public:
    virtual ~Printer() = default;
    virtual void check_ready(std::uint64_t generation) = 0;
    virtual void print(std::uint64_t generation, const std::string& mime_type,
                       const kiosk::core::Bytes& content, int pages) = 0;
    virtual void cancel(std::uint64_t generation) = 0; // nothing may come out later for the next person
    virtual void wipe() = 0;                           // forget everything of the session that ended
};

} // namespace devices
