// Untrusted bytes as a kiosk configuration, a journey and demo data: a clear error, never a crash.
#include "kiosk/app/journey.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/services/demo/demo_data.hpp"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    try {
        kiosk::config::parse_config(input, "fuzz.json");
    } catch (const std::runtime_error&) {
    }
    try {
        kiosk::app::parse_journey(input, "fuzz.json");
    } catch (const std::runtime_error&) {
    }
    try {
        kiosk::services::parse_demo_data(input);
    } catch (const std::runtime_error&) {
    }
    return 0;
}
