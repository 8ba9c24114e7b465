#include "devices/phone/baresip_sidecar.hpp"

#include "kiosk/util/log.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace devices {
namespace {

namespace log = kiosk::log;
using namespace std::chrono_literals;

void check_line(const std::string& value, const char* what) {
    for (char c : value)
        if (c == '\n' || c == '\r' || c == '\0')
            throw std::invalid_argument(std::string("phone: ") + what + " holds a line break");
}

} // namespace

std::string baresip_config(const BaresipSettings& s) {
    for (const auto* v : {&s.sip_listen, &s.control, &s.audio_source, &s.audio_player, &s.rtp_ports})
        check_line(*v, "a setting");
    for (const auto& line : s.extra_config)
        check_line(line, "extra_config");
    std::string c;
    auto line = [&c](const std::string& key, const std::string& value) { c += key + "\t" + value + "\n"; };
    line("module_path", "/usr/lib/baresip/modules");
    line("sip_listen", s.sip_listen);
    auto host = s.sip_listen.substr(0, s.sip_listen.rfind(':'));
    if (host == "127.0.0.1") line("net_interface", host); // loopback by address: "lo" is not found
    line("audio_source", s.audio_source);
    line("audio_player", s.audio_player);
    line("rtp_ports", s.rtp_ports);
    line("ctrl_tcp_listen", s.control);
    line("statmode_default", "off");
    for (const auto& extra : s.extra_config)
        c += extra + "\n";
    // srtp before account: an account line with mediaenc=srtp-mand (the municipality's trunk) needs it
    // loaded.
    for (const char* module :
         {"g711.so", "ausine.so", "alsa.so", "srtp.so", "account.so", "menu.so", "ctrl_tcp.so"})
        line("module", module);
    return c;
}

BaresipSidecar::BaresipSidecar(BaresipSettings settings) : settings_(std::move(settings)) {
    check_line(settings_.account, "account");
    baresip_config(settings_); // refuse a bad config now, not at the first call
    const char* runtime_dir = std::getenv("XDG_RUNTIME_DIR");
    std::string pattern =
        std::string(runtime_dir && *runtime_dir ? runtime_dir : "/tmp") + "/zuil-phone-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    if (!mkdtemp(name.data())) throw std::runtime_error("phone: cannot make a directory for baresip");
    dir_ = name.data(); // mkdtemp makes it 0700
    write_config();
}

BaresipSidecar::~BaresipSidecar() {
    stop();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

void write_baresip_config(const BaresipSettings& settings, const std::filesystem::path& dir) {
    check_line(settings.account, "account");
    for (const auto& [name, text] :
         {std::pair{"config", baresip_config(settings)}, std::pair{"accounts", settings.account + "\n"}}) {
        std::ofstream file(dir / name);
        file << text;
        if (!file.flush()) throw std::runtime_error("phone: cannot write " + (dir / name).string());
    }
}

void BaresipSidecar::write_config() const {
    write_baresip_config(settings_, dir_);
}

bool BaresipSidecar::keep_running() {
    if (pid_ > 0) {
        int status = 0;
        pid_t done = waitpid(pid_, &status, WNOHANG);
        if (done == 0) return true;
        log::warning("phone: baresip stopped (" +
                     (WIFSIGNALED(status) ? "signal " + std::to_string(WTERMSIG(status))
                                          : "exit " + std::to_string(WEXITSTATUS(status))) +
                     "); starting it again");
        pid_ = -1;
        if (std::chrono::steady_clock::now() - started_at_ > 30s) backoff_ = 500ms; // it had been fine
    }
    auto now = std::chrono::steady_clock::now();
    if (now < next_start_) return false;
    next_start_ = now + backoff_;
    backoff_ = std::min<std::chrono::milliseconds>(backoff_ * 2, 10s);
    start();
    return pid_ > 0;
}

void BaresipSidecar::start() {
    write_config(); // baresip may have rewritten it; start from the kiosk's own every time
    std::string binary = settings_.binary, dir = dir_.string();
    std::vector<char*> argv{binary.data(), const_cast<char*>("-f"), dir.data(), nullptr};
    pid_t parent = getpid();
    pid_t child = fork();
    if (child < 0) {
        log::error(std::string("phone: cannot start baresip: ") + std::strerror(errno));
        return;
    }
    if (child == 0) { // only async-signal-safe calls from here on
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent) _exit(127);
        int null = open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, 0);
            dup2(null, 1);
            dup2(null, 2);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    pid_ = child;
    started_at_ = std::chrono::steady_clock::now();
    ++starts_;
    log::info("phone: baresip started (pid " + std::to_string(pid_) + ")");
}

void BaresipSidecar::stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    for (int i = 0; i < 40; ++i) {
        if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
            pid_ = -1;
            return;
        }
        std::this_thread::sleep_for(50ms);
    }
    kill(pid_, SIGKILL); // it ignores a first SIGTERM while a call is open
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

} // namespace devices
