// ID-bellen from the resident's tap to the agent knowing who calls, against the test peers on
// 127.0.0.1: how long the session service takes to give a code (introspection at the OpenID provider
// included), the kiosk's baresip from dial to answer, the code on the wire, and the hang-up; and the
// memory of the baresip sidecar. Figures, not a pass/fail test.
//
//   call_bench [--runs 10]
#include "devices/phone/baresip_phone.hpp"
#include "inbox.hpp"
#include "kiosk/services/idbellen/idbellen_sessions.hpp"
#include "kiosk/services/oidc/oidc_auth.hpp"
#include "peer.hpp"
#include "phone.hpp"
#include "test_phone.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

using namespace kiosk;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

namespace {

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void report(const char* what, std::vector<double> v) {
    std::sort(v.begin(), v.end());
    std::printf("  %-44s median %7.1f ms   p95 %7.1f ms\n", what, v[v.size() / 2],
                v[std::min(v.size() - 1, v.size() * 95 / 100)]);
}

long rss_kib(int pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmRSS:")) return std::stol(line.substr(6));
    return -1;
}

template <class T>
T need(std::optional<T> event, const char* what) {
    if (!event) {
        std::fprintf(stderr, "call_bench: no %s in time\n", what);
        std::exit(1);
    }
    return *event;
}

} // namespace

int main(int argc, char** argv) {
    int runs = 10;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
    testing_peers::Peer broker("oidc/provider.mjs", {});
    testing_peers::Peer service("idbellen/service.mjs", {"--issuer", broker.url()});

    bench::Inbox inbox;
    services::OidcSettings oidc;
    oidc.issuer = broker.url();
    oidc.client_id = "zuil-kiosk";
    oidc.poll_interval = std::chrono::seconds(1);
    services::OidcAuth auth(inbox, oidc);
    auth.start_login(1);
    auto code = need(inbox.next_of<core::LoginCodeReceived>(milliseconds(10'000)), "login code");
    testing_peers::phone_answers(code.code.verification_uri_complete, "resident",
                                 testing_peers::PhoneAnswer::approve);
    need(inbox.next_of<core::LoginSucceeded>(milliseconds(20'000)), "login");

    services::IdBellenSessions sessions(inbox, auth, {.url = service.url() + "/api/v1", .kiosk_id = "bench"});
    auto started = Clock::now();
    auto connected = testing_peers::connected_phone(inbox);
    if (!connected) {
        std::fprintf(stderr, "call_bench: the phone's baresip did not start\n");
        return 1;
    }
    auto& phone = *connected;
    double sidecar_ready = ms_since(started);

    std::vector<double> session_ms, answer_ms, code_ms, hangup_ms, total_ms;
    long rss_in_call = 0;
    for (int call = 1; call <= runs; ++call) {
        auto t0 = Clock::now();
        sessions.request(1, static_cast<std::uint64_t>(call), "ZAAK-2026-0142");
        auto ticket = need(inbox.next_of<core::CallSessionCreated>(milliseconds(10'000)), "code").ticket;
        session_ms.push_back(ms_since(t0));
        auto t1 = Clock::now();
        phone.dial(1, static_cast<std::uint64_t>(call), ticket.sip_address);
        need(inbox.next_of<core::CallAnswered>(milliseconds(10'000)), "answer");
        answer_ms.push_back(ms_since(t1));
        auto t2 = Clock::now();
        phone.send_code(1, static_cast<std::uint64_t>(call), ticket.code);
        need(inbox.next_of<core::CodeSent>(milliseconds(10'000)), "code sent");
        code_ms.push_back(ms_since(t2));
        total_ms.push_back(ms_since(t0));
        rss_in_call = std::max(rss_in_call, rss_kib(phone.sidecar_pid()));
        auto t3 = Clock::now();
        phone.hang_up(1);
        need(inbox.next_of<core::CallFinished>(milliseconds(10'000)), "hang-up");
        hangup_ms.push_back(ms_since(t3));
        sessions.end(ticket.ref);
    }
    std::printf("ID-bellen, %d calls on loopback (session service + baresip KCC):\n", runs);
    std::printf("  %-44s %7.1f ms\n", "baresip sidecar started and connected", sidecar_ready);
    report("code from the session service", session_ms);
    report("dial to answer", answer_ms);
    report("10-digit code on the wire (RFC 4733)", code_ms);
    report("tap to agent knows who calls (no pause)", total_ms);
    report("hang-up", hangup_ms);
    std::printf("  %-44s %7ld KiB\n", "baresip sidecar memory during a call (RSS)", rss_in_call);
    return 0;
}
