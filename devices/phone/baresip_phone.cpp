#include "devices/phone/baresip_phone.hpp"

#include "devices/phone/baresip_messages.hpp"
#include "devices/phone/baresip_sidecar.hpp"
#include "devices/phone/netstring.hpp"
#include "kiosk/plumbing/stack_scrub.hpp"
#include "kiosk/util/log.hpp"

#include <algorithm>
#include <thread>
#include <typeinfo>

#include "devices/phone/control_peer.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <fcntl.h>
#include <map>
#include <memory>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace devices {

namespace log = kiosk::log;
namespace core = kiosk::core;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

// "127.0.0.1:4444" -> address; only loopback: ctrl_tcp has no authentication.
sockaddr_in control_address(const std::string& control) {
    auto colon = control.rfind(':');
    sockaddr_in a{};
    a.sin_family = AF_INET;
    int port = 0;
    auto digits =
        colon == std::string::npos ? std::string_view() : std::string_view(control).substr(colon + 1);
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
    if (colon == std::string::npos || control.substr(0, colon) != "127.0.0.1" || error != std::errc() ||
        end != digits.data() + digits.size() || port <= 0 || port > 65535)
        throw std::invalid_argument("phone: control must be 127.0.0.1:PORT");
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// Connects within `timeout`; -1 when baresip is not listening (yet).
int connect_to(const sockaddr_in& address, std::chrono::milliseconds timeout) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    if (connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) return fd;
    if (errno == EINPROGRESS) {
        pollfd p{fd, POLLOUT, 0};
        int error = 0;
        socklen_t length = sizeof error;
        if (poll(&p, 1, static_cast<int>(timeout.count())) == 1 &&
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0)
            return fd;
    }
    close(fd);
    return -1;
}

} // namespace

struct BaresipPhone::Loop {
    struct Call {
        std::uint64_t generation = 0, call = 0;
        std::string id; // SIP Call-ID, from the first event that names one
        bool ringing = false, established = false, hanging_up = false;
        bool silent = false; // wiped: nothing more is posted about it
        Clock::time_point hang_up_deadline{};
    };
    struct Pending {
        Clock::time_point deadline;
        std::function<void(const BaresipMessage*)> done; // nullptr: no answer in time
    };

    kiosk::plumbing::Outbox& outbox;
    const BaresipSettings& settings;
    std::atomic<bool>& connected;
    std::atomic<std::uint64_t>& refused_peers;
    sockaddr_in control;
    std::unique_ptr<BaresipSidecar> sidecar;
    bool sidecar_failed = false;
    int fd = -1;
    NetstringReader reader;
    std::optional<Call> call;
    std::map<std::string, Pending> pending;
    std::uint64_t tokens = 0;
    Clock::time_point next_connect{};
    std::chrono::milliseconds connect_backoff{250}; // grows while baresip is not there, up to 5 s
    // sndcode answers at once but the keys take ~240 ms each on the wire (measured with 1.0.0): the
    // code counts as sent when the last one is out.
    struct CodeOnTheWire {
        Clock::time_point done;
        std::uint64_t generation, call;
    };
    std::optional<CodeOnTheWire> code_on_the_wire;
    static constexpr auto time_per_key = std::chrono::milliseconds(250);

    Loop(kiosk::plumbing::Outbox& o, const BaresipSettings& s, std::atomic<bool>& c,
         std::atomic<std::uint64_t>& r)
        : outbox(o), settings(s), connected(c), refused_peers(r), control(control_address(s.control)) {}
    ~Loop() { disconnect(); }

    // --- the connection ---
    void keep_connected() {
        if (settings.managed && !sidecar && !sidecar_failed) {
            try {
                sidecar = std::make_unique<BaresipSidecar>(settings);
            } catch (const std::exception& e) { // the kiosk goes on without a phone; calls say so
                log::error(std::string("phone: ") + e.what());
                sidecar_failed = true;
            }
        }
        if (settings.managed && (!sidecar || !sidecar->keep_running())) return;
        if (fd >= 0 || Clock::now() < next_connect) return;
        next_connect = Clock::now() + connect_backoff;
        connect_backoff = std::min<std::chrono::milliseconds>(connect_backoff * 2, 5s);
        fd = connect_to(control, 1s);
        if (fd < 0) return;
        if (!expected_peer()) {
            close(fd);
            fd = -1;
            ++refused_peers;
            return;
        }
        connect_backoff = 250ms;
        connected = true;
        log::info("phone: connected to baresip");
        command("hangup", "", {}); // a call left over from before a restart of the kiosk must not go on
    }

    // The code goes over this connection: it must end at the baresip the kiosk runs (its child), or
    // at the configured binary run by the configured user (systemd's zuil-phone.service).
    bool expected_peer() const {
        auto peer = loopback_peer(fd);
        // A connection waiting in the listener's queue has no socket file yet: give baresip a moment to
        // accept it.
        for (int i = 0; i < 25 && peer && peer->inode == 0; ++i) {
            std::this_thread::sleep_for(20ms);
            peer = loopback_peer(fd);
        }
        if (!peer || peer->inode == 0) {
            log::error("phone: cannot tell who listens on the control port; not used");
            return false;
        }
        if (settings.managed) {
            if (sidecar && sidecar->pid() > 0 && process_holds_socket(sidecar->pid(), peer->inode))
                return true;
            log::error(
                "phone: the control port is held by another process than the kiosk's baresip; not used");
            return false;
        }
        auto owner = uid_of(settings.owner);
        auto holder = socket_holder(peer->inode);
        std::error_code ignored;
        bool right_binary = holder && std::filesystem::equivalent("/proc/" + std::to_string(*holder) + "/exe",
                                                                  settings.binary, ignored);
        if (owner && peer->uid == *owner && right_binary) return true;
        log::error("phone: the control port is not held by " + settings.binary + " running as " +
                   settings.owner + "; not used");
        return false;
    }

    // When the loop must look again although nothing arrives: a command's deadline, the end of a
    // hang-up, the last key of the code on the wire, the next try to start or reach baresip. Nothing
    // when the loop may sleep until baresip or the kiosk says something.
    std::optional<Clock::time_point> next_wake() const {
        std::optional<Clock::time_point> next;
        auto keep = [&next](Clock::time_point t) {
            if (!next || t < *next) next = t;
        };
        for (const auto& [token, p] : pending)
            keep(p.deadline);
        if (call && call->hanging_up) keep(call->hang_up_deadline);
        if (code_on_the_wire) keep(code_on_the_wire->done);
        if (fd < 0) {
            if (!settings.managed || (sidecar && sidecar->pid() > 0))
                keep(next_connect);
            else if (sidecar)
                keep(sidecar->next_start());
        }
        return next;
    }

    void disconnect() {
        if (fd >= 0) close(fd);
        fd = -1;
        reader.clear();
        connected = false;
    }

    // baresip went away (stopped, restarted, or took another control client).
    void lost() {
        log::warning("phone: lost the connection to baresip");
        disconnect();
        auto waiting = std::move(pending);
        pending.clear();
        for (auto& [token, p] : waiting)
            p.done(nullptr);
        if (call)
            finish(call->established ? core::CallEndReason::connection_lost
                                     : core::CallEndReason::phone_unavailable);
    }

    void command(const std::string& name, std::string params,
                 std::function<void(const BaresipMessage*)> done) {
        auto token = "k" + std::to_string(++tokens);
        auto frame = netstring(baresip_command(name, params, token));
        core::wipe(params);
        bool sent = fd >= 0 && write_all(frame);
        core::wipe(frame); // it may hold the code
        if (!sent) {
            if (fd >= 0) lost();
            if (done) done(nullptr);
            return;
        }
        if (done)
            pending[token] = {Clock::now() + std::chrono::milliseconds(settings.command_timeout_ms),
                              std::move(done)};
    }

    bool write_all(const std::string& bytes) {
        std::size_t at = 0;
        auto deadline = Clock::now() + 1s;
        while (at < bytes.size()) {
            auto n = ::send(fd, bytes.data() + at, bytes.size() - at, MSG_NOSIGNAL);
            if (n > 0) {
                at += static_cast<std::size_t>(n);
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && Clock::now() < deadline) {
                pollfd p{fd, POLLOUT, 0};
                poll(&p, 1, 100);
                continue;
            }
            return false;
        }
        return true;
    }

    void read_messages() {
        char buffer[8192];
        while (fd >= 0) {
            auto n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
            if (n <= 0) {
                lost(); // closed by baresip, or an error
                return;
            }
            try { // message by message, so a flood never piles up beyond one frame
                reader.feed({buffer, static_cast<std::size_t>(n)});
                while (auto payload = reader.next())
                    handle(parse_baresip_message(*payload));
            } catch (const std::exception& e) {
                log::warning(std::string("phone: ") + e.what());
                lost();
                return;
            }
        }
    }

    // --- what baresip says ---
    void handle(const BaresipMessage& m) {
        if (m.response) {
            auto it = pending.find(m.token);
            if (it == pending.end()) return;
            auto done = std::move(it->second.done);
            pending.erase(it);
            done(&m);
            return;
        }
        if (!call) return;
        if (!m.call_id.empty()) {
            if (call->id.empty() && m.type != "CALL_INCOMING") call->id = m.call_id;
            if (m.call_id != call->id) return; // another call: an incoming one is left alone
        }
        if (m.type == "CALL_RINGING" || m.type == "CALL_PROGRESS") {
            if (!call->ringing && !call->established)
                post(core::CallStartedRinging{call->generation, call->call});
            call->ringing = true;
        } else if (m.type == "CALL_ESTABLISHED") {
            call->established = true;
            auto which = std::pair{call->generation, call->call};
            command("callstat", "", [this, which](const BaresipMessage* answer) {
                bool keys = answer && answer->ok && telephone_events_negotiated(answer->data);
                if (!keys)
                    log::warning("phone: no telephone-event on this call; the resident types the code");
                if (call && std::pair{call->generation, call->call} == which)
                    post(core::CallAnswered{which.first, which.second, keys});
            });
        } else if (m.type == "CALL_CLOSED") {
            log::info("phone: call closed (" + m.param + ")"); // SIP's words, never personal data
            finish(call->hanging_up ? core::CallEndReason::hung_up_by_resident
                                    : close_reason(m.param, call->established));
        }
    }

    void finish(core::CallEndReason reason) {
        if (!call->silent) post(core::CallFinished{call->generation, call->call, reason});
        call.reset();
    }

    void post(core::Event event) { outbox.post(std::move(event)); }

    void check_timeouts() {
        auto now = Clock::now();
        for (auto it = pending.begin(); it != pending.end();) {
            if (now < it->second.deadline) {
                ++it;
                continue;
            }
            auto done = std::move(it->second.done);
            it = pending.erase(it);
            log::warning("phone: baresip did not answer a command in time");
            done(nullptr);
        }
        if (call && call->hanging_up && now >= call->hang_up_deadline)
            finish(core::CallEndReason::hung_up_by_resident);
        if (code_on_the_wire && now >= code_on_the_wire->done) {
            auto sent = *code_on_the_wire;
            code_on_the_wire.reset();
            if (call && call->generation == sent.generation && call->call == sent.call)
                post(core::CodeSent{sent.generation, sent.call, true});
        }
    }

    // --- what the kiosk asks ---
    void dial(std::uint64_t generation, std::uint64_t number, const std::string& address) {
        if (call) hang_up(/*silently=*/true);
        call = Call{.generation = generation, .call = number};
        if (!dialable(address)) {
            log::warning("phone: the address to dial is not a SIP address");
            finish(core::CallEndReason::failed);
            return;
        }
        if (fd < 0) {
            finish(core::CallEndReason::phone_unavailable);
            return;
        }
        command("dial", address, [this, generation, number](const BaresipMessage* answer) {
            if (answer && answer->ok) return;
            if (call && call->generation == generation && call->call == number)
                finish(answer ? core::CallEndReason::failed : core::CallEndReason::phone_unavailable);
        });
    }

    void send_code(std::uint64_t generation, std::uint64_t number, std::string code) {
        if (!call || call->generation != generation || call->call != number || !call->established) return;
        if (!dtmf_digits(code) ||
            !(settings.code_terminator.empty() || dtmf_digits(settings.code_terminator))) {
            log::warning("phone: the code is not telephone keys; not sent");
            post(core::CodeSent{generation, number, false});
            return;
        }
        auto keys = code.size() + settings.code_terminator.size();
        command("sndcode", code + settings.code_terminator,
                [this, generation, number, keys](const BaresipMessage* answer) {
                    bool delivered = answer && answer->ok;
                    if (!call || call->generation != generation || call->call != number) return;
                    if (!delivered) {
                        log::warning("phone: sending the code failed");
                        post(core::CodeSent{generation, number, false});
                        return;
                    }
                    code_on_the_wire = CodeOnTheWire{Clock::now() + time_per_key * keys, generation, number};
                });
        core::wipe(code);
    }

    void hang_up(bool silently) {
        if (!call) return;
        if (silently) call->silent = true;
        if (call->hanging_up) return;
        call->hanging_up = true;
        call->hang_up_deadline = Clock::now() + std::chrono::milliseconds(settings.hang_up_timeout_ms);
        if (fd < 0)
            finish(core::CallEndReason::hung_up_by_resident);
        else
            command("hangup", "", {});
    }
};

BaresipPhone::BaresipPhone(kiosk::plumbing::Outbox& outbox, BaresipSettings settings)
    : outbox_(outbox), settings_(std::move(settings)) {
    control_address(settings_.control); // refuse a bad address or config now, at start
    baresip_config(settings_);
    if (pipe2(wake_, O_CLOEXEC | O_NONBLOCK) != 0) throw std::runtime_error("phone: cannot make a pipe");
    thread_ = std::jthread([this](std::stop_token stop) { run(stop); });
}

// One turn at a time: sleep until baresip or the kiosk says something or the next deadline, then
// handle it. Anything that throws fails the call in progress; the loop goes on.
void BaresipPhone::run(std::stop_token stop) {
    Loop loop(outbox_, settings_, connected_, refused_peers_);
    auto guarded = [&loop](auto&& step) {
        try {
            step();
        } catch (const std::exception& e) {
            log::error(std::string("phone: unexpected failure (") + typeid(e).name() + ")");
            if (loop.call) loop.finish(core::CallEndReason::failed);
        }
    };
    while (!stop.stop_requested()) {
        guarded([&] { loop.keep_connected(); });
        sidecar_pid_ = loop.sidecar ? loop.sidecar->pid() : -1;
        int timeout_ms = -1;
        if (auto next = loop.next_wake()) {
            auto ms = std::chrono::ceil<std::chrono::milliseconds>(*next - Clock::now()).count();
            timeout_ms = static_cast<int>(std::clamp<long long>(ms, 0, 60'000));
        }
        pollfd polls[2] = {{wake_[0], POLLIN, 0}, {loop.fd, POLLIN, 0}};
        ++turns_;
        poll(polls, loop.fd >= 0 ? 2 : 1, timeout_ms);
        char drain[64];
        while (read(wake_[0], drain, sizeof drain) > 0) {
        }
        std::deque<std::function<void(Loop&)>> jobs;
        {
            std::lock_guard lock(mutex_);
            jobs.swap(jobs_);
        }
        for (auto& job : jobs)
            guarded([&] { job(loop); });
        jobs.clear(); // their captures (the code) are gone before the stack is cleaned
        if (loop.fd >= 0 && (polls[1].revents & (POLLIN | POLLHUP | POLLERR)))
            guarded([&] { loop.read_messages(); });
        guarded([&] { loop.check_timeouts(); });
        kiosk::plumbing::scrub_stack_below();
    }
    if (loop.call) loop.hang_up(/*silently=*/true);
}

BaresipPhone::~BaresipPhone() {
    thread_.request_stop();
    (void)!write(wake_[1], "x", 1);
    thread_ = {};
    close(wake_[0]);
    close(wake_[1]);
}

void BaresipPhone::post(std::function<void(Loop&)> job) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back(std::move(job));
    }
    (void)!write(wake_[1], "x", 1);
}

void BaresipPhone::dial(std::uint64_t generation, std::uint64_t call, const std::string& sip_address) {
    post([=](Loop& loop) { loop.dial(generation, call, sip_address); });
}

void BaresipPhone::send_code(std::uint64_t generation, std::uint64_t call, const core::Secret& code) {
    post([generation, call, code](Loop& loop) { loop.send_code(generation, call, code.reveal()); });
}

void BaresipPhone::hang_up(std::uint64_t) {
    post([](Loop& loop) { loop.hang_up(/*silently=*/false); });
}

void BaresipPhone::wipe() {
    post([](Loop& loop) { loop.hang_up(/*silently=*/true); });
}

} // namespace devices
