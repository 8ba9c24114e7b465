#include "kiosk/services/oidc/oidc_auth.hpp"

#include "kiosk/plumbing/stack_scrub.hpp"
#include "kiosk/util/log.hpp"

#include <typeinfo>

namespace kiosk::services {
namespace {

using core::LoginFailure;
using std::chrono::milliseconds;
using std::chrono::seconds;
using SteadyClock = std::chrono::steady_clock;

constexpr int setup_attempts = 3;     // discovery and device authorization: tries before giving up
constexpr seconds refresh_margin{60}; // refresh this long before the access token expires
constexpr seconds max_network_backoff{30};

const char* failure_name(LoginFailure f) {
    switch (f) {
    case LoginFailure::denied:
        return "denied";
    case LoginFailure::expired:
        return "expired";
    case LoginFailure::unreachable:
        return "unreachable";
    case LoginFailure::invalid_answer:
        return "invalid answer";
    case LoginFailure::too_weak:
        return "assurance level too low";
    }
    return "?";
}

} // namespace

OidcAuth::OidcAuth(Outbox& outbox, OidcSettings settings, HttpOptions http)
    : outbox_(outbox), client_(std::move(settings), HttpClient(std::move(http))) {}

OidcAuth::~OidcAuth() {
    std::list<Worker> workers;
    {
        std::lock_guard lock(mutex_);
        workers.swap(workers_);
        for (auto& w : workers)
            w.thread.request_stop();
    }
    wake_.notify_all();
    // jthread joins here; each worker revokes what it holds (3 s timeout per request) on its way out.
}

void OidcAuth::start(std::uint64_t attempt, std::function<void(std::stop_token)> job) {
    std::lock_guard lock(mutex_);
    workers_.remove_if([](const Worker& w) { return w.done->load(); }); // joins finished threads
    auto done = std::make_shared<std::atomic<bool>>(false);
    workers_.push_back({attempt, std::jthread([job = std::move(job), done](std::stop_token stop) {
                            job(stop);
                            plumbing::scrub_stack_below(); // tokens and the BSN passed through here
                            done->store(true);
                        }),
                        done});
}

void OidcAuth::stop_logins(std::optional<std::uint64_t> only) {
    {
        std::lock_guard lock(mutex_);
        for (auto& w : workers_)
            if (w.attempt != health_check && (!only || w.attempt == *only)) w.thread.request_stop();
    }
    wake_.notify_all();
}

void OidcAuth::start_login(std::uint64_t attempt) {
    stop_logins(); // one login at a time
    start(attempt, [this, attempt](std::stop_token stop) { run(stop, attempt); });
}

void OidcAuth::cancel_login(std::uint64_t attempt) {
    stop_logins(attempt);
}

void OidcAuth::wipe() {
    share_access_token({});
    stop_logins();
}

void OidcAuth::share_access_token(const core::Secret& token) {
    std::lock_guard lock(token_mutex_);
    access_token_ = token;
}

core::Secret OidcAuth::access_token() {
    std::lock_guard lock(token_mutex_);
    return access_token_;
} // each session worker revokes its tokens as it ends

void OidcAuth::check() {
    start(health_check, [this](std::stop_token stop) {
        bool ok = true;
        try {
            client_.discover([&] { return stop.stop_requested(); });
        } catch (const std::exception& e) {
            ok = false;
            log::warning(std::string("login broker not reachable: ") + e.what());
        } catch (...) {
            ok = false;
        }
        if (!stop.stop_requested()) outbox_.post(core::HealthChecked{ok}); // only the kiosk's end stops it
    });
}

bool OidcAuth::sleep_for(std::stop_token stop, milliseconds d) {
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, stop, d, [] { return false; }); // wakes early only when stopped
    return !stop.stop_requested();
}

void OidcAuth::run(std::stop_token stop, std::uint64_t attempt) {
    try {
        login(stop, attempt);
    } catch (const OidcError& e) {
        // The reason goes to the log: it names a protocol step, never a token or a person.
        log::warning(std::string("login failed (") + failure_name(e.kind) + "): " + e.what());
        if (!stop.stop_requested()) outbox_.post(core::LoginFailed{attempt, e.kind});
    } catch (const std::exception& e) {
        log::error(std::string("login failed unexpectedly (") + typeid(e).name() + ")");
        if (!stop.stop_requested()) outbox_.post(core::LoginFailed{attempt, LoginFailure::invalid_answer});
    } catch (...) {
        log::error("login failed unexpectedly");
        if (!stop.stop_requested()) outbox_.post(core::LoginFailed{attempt, LoginFailure::invalid_answer});
    }
}

void OidcAuth::login(std::stop_token stop, std::uint64_t attempt) {
    Cancelled cancelled = [&] { return stop.stop_requested(); };
    auto with_retries = [&](auto step) {
        for (int i = 1;; ++i) {
            try {
                return step();
            } catch (const OidcError& e) {
                if (!e.retryable || i == setup_attempts || !sleep_for(stop, milliseconds(500 * i))) throw;
            }
        }
    };
    Discovery d = with_retries([&] { return client_.discover(cancelled); });
    Jwks keys = with_retries([&] { return client_.fetch_jwks(d, cancelled); });
    DeviceAuthorization auth = with_retries([&] { return client_.authorize(d, cancelled); });
    outbox_.post(core::LoginCodeReceived{attempt, auth.code});

    // Poll until the resident approves, honouring interval and slow_down, and stop at the code's own
    // expiry even if the broker keeps answering "pending".
    auto expires = SteadyClock::now() + auth.code.valid_for;
    auto interval = milliseconds(auth.interval);
    auto wait = interval;
    std::optional<Tokens> tokens;
    while (!tokens) {
        auto left = std::chrono::duration_cast<milliseconds>(expires - SteadyClock::now());
        if (left <= milliseconds(0)) throw OidcError(LoginFailure::expired, "code expired at the kiosk");
        if (!sleep_for(stop, std::min(wait, left))) return;
        if (SteadyClock::now() >= expires)
            throw OidcError(LoginFailure::expired, "code expired at the kiosk");
        try {
            auto result = client_.poll(d, auth.device_code, cancelled);
            wait = interval;
            if (std::holds_alternative<SlowDown>(result)) wait = interval += seconds(5); // RFC 8628 §3.5
            if (auto* t = std::get_if<Tokens>(&result)) tokens = std::move(*t);
        } catch (const OidcError& e) {
            if (!e.retryable) throw;
            if (stop.stop_requested()) return;
            wait = std::min(wait * 2, milliseconds(max_network_backoff)); // the network hiccupped: back off
        }
    }
    core::Identity identity;
    try {
        // A key we do not know may be a rotated one: fetch the key set once more before verifying.
        if (!keys.has(jwt_key_id(tokens->id_token.reveal()))) keys = client_.fetch_jwks(d, cancelled);
        identity = client_.identity(d, keys, *tokens, cancelled);
    } catch (...) {
        revoke(d, *tokens); // tokens of a login that did not happen are given back
        throw;
    }
    if (stop.stop_requested()) {
        revoke(d, *tokens);
        return;
    }
    share_access_token(tokens->access_token);
    outbox_.post(core::LoginSucceeded{attempt, std::move(identity)});
    stay_signed_in(stop, d, *tokens);
    {
        std::lock_guard lock(token_mutex_);
        if (access_token_ == tokens->access_token) access_token_ = {}; // not a newer login's token
    }
    revoke(d, *tokens);
}

void OidcAuth::stay_signed_in(std::stop_token stop, const Discovery& d, Tokens& tokens) {
    Cancelled cancelled = [&] { return stop.stop_requested(); };
    while (!stop.stop_requested()) {
        if (tokens.refresh_token.empty() || tokens.expires_in <= seconds(0)) {
            sleep_for(stop, std::chrono::hours(24)); // nothing to refresh: wait for the end of the session
            continue;
        }
        auto until_refresh = std::max<std::chrono::seconds>(tokens.expires_in - refresh_margin, seconds(5));
        if (!sleep_for(stop, until_refresh)) return;
        try {
            auto fresh = client_.refresh(d, tokens.refresh_token, cancelled);
            if (fresh.refresh_token.empty()) fresh.refresh_token = tokens.refresh_token; // not rotated
            tokens = std::move(fresh);
            share_access_token(tokens.access_token);
        } catch (const std::exception& e) {
            log::warning(std::string("token refresh failed: ") + e.what());
            if (!sleep_for(stop, seconds(30))) return;
        }
    }
}

void OidcAuth::revoke(const Discovery& d, const Tokens& tokens) const {
    client_.revoke(d, tokens.refresh_token, "refresh_token");
    client_.revoke(d, tokens.access_token, "access_token");
}

} // namespace kiosk::services
