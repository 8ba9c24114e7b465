#include "card_emulator.hpp"
#include "peer.hpp"

#include "kiosk/app/card_control.hpp"

#include <chrono>
#include <csignal>
#include <fstream>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace testing_peers {
namespace {

bool pcscd_running() {
    std::ifstream pid_file("/run/pcscd/pcscd.pid");
    int pid = 0;
    if (!(pid_file >> pid) || pid <= 0) return false;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string number, name, state;
    // A pcscd of an earlier test that its parent has not reaped yet is no pcscd.
    return stat >> number >> name >> state && state != "Z" && state != "X";
}

} // namespace

std::string CardEmulator::cannot_run() {
    if (geteuid() != 0) return "pcscd needs root for its socket in /run/pcscd";
    if (access("/usr/sbin/pcscd", X_OK) != 0) return "pcscd is not installed (apt-get install pcscd)";
    if (access("/usr/lib/pcsc/drivers/serial/libifdvpcd.so", R_OK) != 0)
        return "the vpcd driver is not installed (apt-get install vsmartcard-vpcd)";
    bool has_ip = access("/usr/sbin/ip", X_OK) == 0 || access("/usr/bin/ip", X_OK) == 0;
    if (access("/usr/bin/unshare", X_OK) != 0 || !has_ip)
        return "unshare or ip is missing (util-linux, iproute2)";
    if (pcscd_running())
        return "a pcscd is running already (stop the system's: systemctl stop pcscd.socket pcscd)";
    return {};
}

CardEmulator::CardEmulator() {
    char pattern[] = "/tmp/zuil-card-XXXXXX";
    if (!mkdtemp(pattern)) throw std::runtime_error("mkdtemp failed");
    dir_ = pattern;
    control_ = dir_ / "control";
    auto child =
        start_child({std::string(KIOSK_PEERS_DIR) + "/card/start.sh", control_.string(), dir_.string()});
    pid_ = child.pid;
    output_ = child.output;
    auto seen = read_output(output_, std::chrono::seconds(20), [](const std::string& so_far) {
        return so_far.find("ready\n") != std::string::npos;
    });
    if (seen.find("ready\n") == std::string::npos) {
        this->~CardEmulator();
        throw std::runtime_error("the card emulator did not start: " + seen);
    }
}

CardEmulator::~CardEmulator() {
    // unshare ignores SIGTERM while it waits for the emulator: ask the emulator to stop (it stops its
    // pcscd first). The next test may only start its own pcscd once this one is gone, which is when
    // the emulator's stdout closes; stop_child then reaps unshare (or kills it if it hangs).
    if (pid_ > 0) command("quit");
    if (output_ >= 0) {
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        char buf[256];
        while (std::chrono::steady_clock::now() < deadline) {
            pollfd p{output_, POLLIN, 0};
            if (::poll(&p, 1, 200) > 0 && read(output_, buf, sizeof buf) <= 0) break;
        }
        close(output_);
        output_ = -1;
    }
    if (pid_ > 0) stop_child(pid_);
    pid_ = -1;
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

bool CardEmulator::command(const std::string& line) const {
    return kiosk::app::tell_card_emulator(control_, line).empty();
}

} // namespace testing_peers
