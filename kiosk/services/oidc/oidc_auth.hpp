#pragma once
// DigiD login through the municipality's OIDC broker. Each login attempt runs on its own worker thread:
// discovery, device authorization (posts LoginCodeReceived), polling until the resident approves on
// their phone (posts LoginSucceeded or LoginFailed), then, for as long as the session lasts, refreshing
// the access token. When the attempt is cancelled or the session wiped, the worker revokes its tokens
// and ends. Tokens stay in the worker; only the current access token is shared, for ID-bellen.
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/services/backends.hpp"
#include "kiosk/services/oidc/oidc_client.hpp"

#include <condition_variable>
#include <list>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

namespace kiosk::services {

class OidcAuth final : public AuthService, public HealthProbe, public AccessTokens {
public:
    OidcAuth(Outbox& outbox, OidcSettings settings, HttpOptions http = {});
    ~OidcAuth() override;

    void start_login(std::uint64_t attempt) override;
    void cancel_login(std::uint64_t attempt) override;
    void wipe() override;
    void check() override; // can the broker be reached? posts HealthChecked
    core::Secret access_token() override;

private:
    struct Worker {
        std::uint64_t attempt = 0;
        std::jthread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    void run(std::stop_token stop, std::uint64_t attempt);
    void login(std::stop_token stop, std::uint64_t attempt);
    void stay_signed_in(std::stop_token stop, const Discovery& d, Tokens& tokens);
    void revoke(const Discovery& d, const Tokens& tokens) const;
    // Sleeps until `d` passed or the worker is stopped; returns false when stopped.
    bool sleep_for(std::stop_token stop, std::chrono::milliseconds d);
    void start(std::uint64_t attempt, std::function<void(std::stop_token)> job);
    void stop_logins(std::optional<std::uint64_t> only = std::nullopt); // health checks run on

    static constexpr std::uint64_t health_check = 0; // login attempts count from 1

    void share_access_token(const core::Secret& token);

    Outbox& outbox_;
    OidcClient client_;
    std::mutex token_mutex_;
    core::Secret access_token_; // a copy of the signed-in resident's, for the ID-bellen service
    std::mutex mutex_;
    std::condition_variable_any wake_;
    std::list<Worker> workers_;
};

} // namespace kiosk::services
