#pragma once
// A real pcscd with the vpcd virtual reader and the project's card emulator (tests/peers/card), in a
// network namespace of their own, started by the test and stopped on teardown. One pcscd per machine
// (its socket is /run/pcscd/pcscd.comm): the tests that use it share one CTest RESOURCE_LOCK.
#include <filesystem>
#include <string>

namespace testing_peers {

class CardEmulator {
public:
    CardEmulator(); // throws when it does not come up within 20 s
    ~CardEmulator();
    CardEmulator(const CardEmulator&) = delete;
    CardEmulator& operator=(const CardEmulator&) = delete;

    // "insert 04D3E0A1", "insert atr:3B…", "insert-slow …", "remove", "pcscd-kill", "pcscd-start",
    // "reader-unplug", "reader-plug" (see emulator.mjs); true when the emulator said "ok".
    bool command(const std::string& line) const;
    const std::filesystem::path& control() const { return control_; }

    // Empty when it can run here; otherwise why not (no root, pcscd or vpcd missing, a pcscd running).
    static std::string cannot_run();

private:
    std::filesystem::path dir_, control_;
    int pid_ = -1;
    int output_ = -1; // the emulator's stdout: it closes when the emulator and its pcscd are gone
};

} // namespace testing_peers
