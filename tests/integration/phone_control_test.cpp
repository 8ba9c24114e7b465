// The phone's control connection carries the resident's one-time code, and ctrl_tcp has no password:
// the kiosk talks only to the baresip it expects. An impostor that holds the control port (here: the
// test itself) gets a connection attempt and then nothing, and calls fail plainly.
#include "devices/phone/baresip_phone.hpp"
#include "devices/phone/baresip_sidecar.hpp"
#include "devices/phone/control_peer.hpp"
#include "event_sink.hpp"
#include "test_phone.hpp"

#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kiosk;
using namespace testing_peers;
using std::chrono::seconds;

namespace {

// A listener on 127.0.0.1:port in this process: not baresip, not the kiosk's child.
struct Impostor {
    int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    explicit Impostor(int port) {
        int yes = 1;
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(static_cast<std::uint16_t>(port));
        REQUIRE(bind(listener, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
        REQUIRE(listen(listener, 8) == 0);
    }
    ~Impostor() { close(listener); }
    // Waits for the kiosk to connect; returns the connection.
    int accept_one(seconds limit) {
        pollfd p{listener, POLLIN, 0};
        if (poll(&p, 1, static_cast<int>(limit.count() * 1000)) != 1) return -1;
        return accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
    }
    // Bytes that arrive on `fd` within `limit` (0 when the kiosk closed it or said nothing).
    static std::size_t bytes_from(int fd, std::chrono::milliseconds limit) {
        std::size_t total = 0;
        char buffer[512];
        pollfd p{fd, POLLIN, 0};
        while (poll(&p, 1, static_cast<int>(limit.count())) == 1) {
            auto n = recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0) break;
            total += static_cast<std::size_t>(n);
        }
        return total;
    }
};

} // namespace

TEST_CASE("a process of our own is seen as the owner of its loopback socket") {
    Impostor server(free_loopback_port());
    sockaddr_in a{};
    socklen_t length = sizeof a;
    getsockname(server.listener, reinterpret_cast<sockaddr*>(&a), &length);
    int client = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(connect(client, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    int accepted = server.accept_one(seconds(2));
    REQUIRE(accepted >= 0);
    auto peer = devices::loopback_peer(client);
    REQUIRE(peer);
    CHECK(peer->uid == getuid());
    CHECK(devices::process_holds_socket(getpid(), peer->inode));
    CHECK(devices::socket_holder(peer->inode) == getpid());
    CHECK_FALSE(devices::process_holds_socket(getppid(), peer->inode));
    close(accepted);
    close(client);
}

TEST_CASE("a control port held by another process than the kiosk's baresip is never used") {
    auto settings = test_phone_settings();
    Impostor impostor(control_port(settings));
    EventSink sink;
    devices::BaresipPhone phone(sink, settings); // its baresip cannot take the port; the impostor has it
    int connection = impostor.accept_one(seconds(10));
    REQUIRE(connection >= 0);                                                      // the kiosk looked…
    CHECK(Impostor::bytes_from(connection, std::chrono::milliseconds(1500)) == 0); // …and said nothing
    CHECK_FALSE(phone.connected());
    phone.dial(1, 1, "sip:kcc@127.0.0.1:5070");
    auto finished = sink.wait_for<core::CallFinished>(seconds(5));
    REQUIRE(finished);
    CHECK(finished->reason == core::CallEndReason::phone_unavailable);
    close(connection);
}

TEST_CASE("with systemd owning baresip, a listener that is not the configured binary is refused") {
    auto settings = test_phone_settings();
    settings.managed = false;
    Impostor impostor(control_port(settings));
    EventSink sink;
    devices::BaresipPhone phone(sink, settings); // right user (ours), wrong program (this test)
    int connection = impostor.accept_one(seconds(10));
    REQUIRE(connection >= 0);
    CHECK(Impostor::bytes_from(connection, std::chrono::milliseconds(1500)) == 0);
    CHECK_FALSE(phone.connected());
    close(connection);
}

TEST_CASE(
    "with systemd owning baresip, the configured binary run by another user than configured is refused") {
    auto settings = test_phone_settings();
    auto systemd = systemd_baresip(settings); // baresip as this test's user
    REQUIRE(systemd);
    settings.managed = false;
    {
        auto wrong_owner = settings;
        wrong_owner.owner = "nobody";
        EventSink sink;
        devices::BaresipPhone phone(sink, wrong_owner);
        wait_until([&] { return phone.refused_peers() > 0; }, seconds(10)); // it looked, and turned away
        CHECK(phone.refused_peers() > 0);
        CHECK_FALSE(phone.connected());
    }
    EventSink sink;
    devices::BaresipPhone right(sink, settings); // the same baresip, the configured user: accepted
    CHECK(wait_until_connected(right));
}
