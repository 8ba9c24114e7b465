#pragma once
// Headless journeys against a real pcscd: a card step tells the test's card emulator (tests/peers/card)
// on its control socket to lay a card on the virtual reader or take it off.
#include <filesystem>
#include <string>

namespace kiosk::app {

// Sends "insert <card>" (or "remove" for an empty card) and waits up to 15 s (a restart of pcscd) for the
// emulator's "ok". Returns what went wrong, or an empty string.
std::string tell_card_emulator(const std::filesystem::path& socket, const std::string& card);

} // namespace kiosk::app
