#pragma once
// Starts baresip with a config the kiosk writes into a private directory, watches it and starts it
// again when it exits. Its output goes to /dev/null: baresip prints every DTMF digit it sends, and the
// code must never reach a log. The child dies with the kiosk (PR_SET_PDEATHSIG).
#include "devices/phone/baresip_settings.hpp"

#include <chrono>
#include <filesystem>
#include <sys/types.h>

namespace devices {

class BaresipSidecar {
public:
    explicit BaresipSidecar(BaresipSettings settings);
    ~BaresipSidecar(); // stops baresip and removes its directory
    BaresipSidecar(const BaresipSidecar&) = delete;
    BaresipSidecar& operator=(const BaresipSidecar&) = delete;

    // Starts baresip if it is not running, at most once per back-off period. True when it runs.
    bool keep_running();
    pid_t pid() const { return pid_; }
    std::chrono::steady_clock::time_point next_start() const { return next_start_; } // when stopped
    int starts() const { return starts_; }

private:
    void write_config() const;
    void start();
    void stop();

    BaresipSettings settings_;
    std::filesystem::path dir_;
    pid_t pid_ = -1;
    int starts_ = 0;
    std::chrono::steady_clock::time_point next_start_{}, started_at_{};
    std::chrono::milliseconds backoff_{500};
};

// Writes `config` and `accounts` for `settings` into `dir`: what the kiosk runs, or what systemd runs
// when it owns baresip (`kiosk --phone-config DIR`). Throws when a file cannot be written.
void write_baresip_config(const BaresipSettings& settings, const std::filesystem::path& dir);

// The config file text for `settings`. Throws std::invalid_argument on a value that could smuggle in
// another config line.
std::string baresip_config(const BaresipSettings& settings);

} // namespace devices
