#pragma once
// The municipality's figures of how the kiosk is used, counted from what happens on it and never from
// who uses it: only events' kinds and glimpses (kiosk/core/glimpse.hpp) go in.
#include "kiosk/core/events.hpp"
#include "kiosk/core/glimpse.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>

namespace kiosk::fleet {

struct Usage {
    std::uint64_t visits = 0; // from leaving Welcome to being back there
    std::uint64_t logins_succeeded = 0;
    std::uint64_t logins_denied = 0;  // the resident said no in the DigiD app
    std::uint64_t logins_expired = 0; // the code was not used in time
    std::uint64_t logins_failed = 0;  // the broker unreachable, an answer not valid, too weak
    std::uint64_t case_lists_viewed = 0;
    std::uint64_t cases_viewed = 0;
    std::uint64_t documents_shown = 0;
    std::uint64_t pages_printed = 0;
    std::uint64_t calls_started = 0;
    std::uint64_t calls_answered = 0;
    std::map<std::string, std::uint64_t> calls_ended;  // by reason: "hung_up_by_resident", "no_answer", …
    std::uint64_t staff_help_viewed = 0;               // the help page "Hulp van een medewerker"
    std::uint64_t timeouts = 0;                        // visits ended because nobody touched the screen
    std::map<std::string, std::uint64_t> abandoned_on; // the screen those visits were left on
    bool operator==(const Usage&) const = default;
};

void count(Usage& usage, const core::Glimpse& before, const core::Event& event, const core::Glimpse& after);
nlohmann::json usage_json(const Usage& usage);

} // namespace kiosk::fleet
