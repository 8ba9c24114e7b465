#include "test_phone.hpp"

#include <arpa/inet.h>
#include <cstdint>
#include <netinet/in.h>
#include <pwd.h>
#include <random>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace testing_peers {

namespace {

// True when `port` on 127.0.0.1 can be bound with `type` right now.
bool free_for(int type, int port) {
    int fd = socket(AF_INET, type, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    bool bound = bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    close(fd);
    return bound;
}

// True once something accepts TCP connections on 127.0.0.1:`port`; false after `limit`.
bool accepts_connections(int port, std::chrono::milliseconds limit) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    return wait_until(
        [&] {
            int fd = socket(AF_INET, SOCK_STREAM, 0);
            bool connected = connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
            close(fd);
            return connected;
        },
        limit);
}

} // namespace

std::unique_ptr<devices::BaresipPhone>
connected_phone(kiosk::plumbing::Outbox& outbox,
                const std::function<void(devices::BaresipSettings&)>& adjust) {
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto settings = test_phone_settings();
        if (adjust) adjust(settings);
        auto phone = std::make_unique<devices::BaresipPhone>(outbox, settings);
        if (wait_until_connected(*phone, std::chrono::seconds(8))) return phone;
    }
    return nullptr;
}

std::unique_ptr<devices::BaresipSidecar> systemd_baresip(devices::BaresipSettings& settings) {
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (attempt > 0) settings = test_phone_settings();
        auto baresip = std::make_unique<devices::BaresipSidecar>(settings);
        if (baresip->keep_running() && accepts_connections(control_port(settings), std::chrono::seconds(5)))
            return baresip;
    }
    return nullptr;
}

std::string this_user() {
    std::vector<char> buffer(4096);
    passwd entry{}, *found = nullptr;
    getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found);
    return found ? found->pw_name : "";
}

// Free for TCP and UDP alike: SIP listens on both, and baresip exits when either is taken. From the
// window below Linux's ephemeral range that tests/peers/free-port.mjs explains: a port the kernel
// picks is soon the local port of some test's outgoing connection.
int free_loopback_port() {
    static std::mt19937 pick{std::random_device{}()};
    std::uniform_int_distribution<int> window(28100, 32767);
    for (;;) {
        int port = window(pick);
        if (free_for(SOCK_STREAM, port) && free_for(SOCK_DGRAM, port)) return port;
    }
}

devices::BaresipSettings test_phone_settings() {
    devices::BaresipSettings s;
    auto sip = std::to_string(free_loopback_port());
    s.control = "127.0.0.1:" + std::to_string(free_loopback_port());
    s.sip_listen = "127.0.0.1:" + sip;
    s.account = "<sip:kiosk@127.0.0.1:" + sip + ">;regint=0;audio_codecs=pcma,pcmu";
    s.audio_source = "ausine,440";
    s.audio_player = "alsa,null";
    auto rtp = 20000 + 2 * (getpid() % 4000);
    s.rtp_ports = std::to_string(rtp) + "-" + std::to_string(rtp + 99);
    s.extra_config = {"ausrc_srate\t48000", "ausrc_channels\t2"}; // ausine works at 48 kHz stereo only
    s.command_timeout_ms = 3000;
    s.owner = this_user(); // a baresip "systemd" runs in these tests runs as the test's own user
    return s;
}

int control_port(const devices::BaresipSettings& settings) {
    return std::stoi(settings.control.substr(settings.control.rfind(':') + 1));
}

bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds limit) {
    auto deadline = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

bool wait_until_connected(const devices::BaresipPhone& phone, std::chrono::milliseconds limit) {
    return wait_until([&] { return phone.connected(); }, limit);
}

} // namespace testing_peers
