#pragma once
// The municipality's ID-bellen session service (contract: docs/idbellen-session-service.openapi.yaml).
// The kiosk asks for a session with the resident's access token and the context of the call (purpose,
// zaak identificatie, kiosk id) and gets a SIP address, a number and a one-time code. It never sends
// the BSN: the service takes it from the token. Sessions end by DELETE when the call is over, at
// logout and at every wipe, so a code never outlives the resident's visit.
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/plumbing/serial_worker.hpp"
#include "kiosk/services/backends.hpp"
#include "kiosk/services/http/http_client.hpp"
#include "kiosk/services/idbellen/idbellen_settings.hpp"

#include <mutex>
#include <set>

namespace kiosk::services {

class IdBellenSessions final : public CallSessionService {
public:
    IdBellenSessions(Outbox& outbox, AccessTokens& tokens, IdBellenSettings settings);
    ~IdBellenSessions() override;

    void request(std::uint64_t generation, std::uint64_t call,
                 const std::string& case_identification) override;
    void end(const std::string& ref) override;
    void wipe() override;

private:
    void delete_session(const std::string& ref); // on the worker
    void delete_open_sessions();
    std::string sessions_url() const;

    Outbox& outbox_;
    AccessTokens& tokens_;
    IdBellenSettings settings_;
    HttpClient http_;
    std::set<std::string> open_;    // refs not yet deleted; worker thread only
    plumbing::SerialWorker worker_; // last: its tasks use everything above
};

} // namespace kiosk::services
