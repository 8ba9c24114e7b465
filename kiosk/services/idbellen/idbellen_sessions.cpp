#include "kiosk/services/idbellen/idbellen_sessions.hpp"

#include "kiosk/services/idbellen/call_ticket_parser.hpp"
#include "kiosk/util/log.hpp"

#include <nlohmann/json.hpp>

#include <future>
#include <memory>

namespace kiosk::services {
namespace {

// Refusals that will not change by asking again: the token is not accepted, or the resident may not
// call about this request.
bool refusal(long status) {
    return status == 400 || status == 401 || status == 403 || status == 404 || status == 409 || status == 422;
}

} // namespace

IdBellenSessions::IdBellenSessions(Outbox& outbox, AccessTokens& tokens, IdBellenSettings settings)
    : outbox_(outbox), tokens_(tokens), settings_(std::move(settings)),
      http_(HttpOptions{settings_.ca_file}) {}

IdBellenSessions::~IdBellenSessions() {
    // The last codes of this kiosk stop working, also when the kiosk stops; a few seconds at most.
    auto done = std::make_shared<std::promise<void>>();
    auto finished = done->get_future();
    worker_.drop();
    worker_.post([this, done](const plumbing::SerialWorker::VoidNow&) {
        delete_open_sessions();
        done->set_value();
    });
    finished.wait_for(std::chrono::milliseconds(settings_.timeout_ms));
}

void IdBellenSessions::delete_open_sessions() {
    auto open = open_;
    for (const auto& ref : open)
        delete_session(ref);
}

std::string IdBellenSessions::sessions_url() const {
    auto base = settings_.url;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base + "/sessions";
}

void IdBellenSessions::request(std::uint64_t generation, std::uint64_t call,
                               const std::string& case_identification) {
    nlohmann::json body{
        {"purpose", case_identification.empty() ? settings_.purpose_general : settings_.purpose_case},
        {"kiosk_id", settings_.kiosk_id}};
    if (!case_identification.empty()) body["zaak_identificatie"] = case_identification;
    auto token = tokens_.access_token(); // taken now: at logout it is gone
    // The zaak identificatie is the resident's: held as a Secret, so it is zeroed with the task.
    worker_.post(
        [this, generation, call, token,
         body = core::Secret(body.dump())](const plumbing::SerialWorker::VoidNow& void_now) {
            auto failed = [&](core::CallSessionFailure reason) {
                if (!void_now()) outbox_.post(core::CallSessionFailed{generation, call, reason});
            };
            if (token.empty()) {
                log::warning("ID-bellen: nobody is signed in; no session asked for");
                return failed(core::CallSessionFailure::refused);
            }
            HttpRequest r{.method = "POST",
                          .url = sessions_url(),
                          .headers = {bearer_header(token.reveal()), "Content-Type: application/json",
                                      "Accept: application/json"},
                          .body = secure(body.reveal()),
                          .timeout_ms = settings_.timeout_ms,
                          .max_response_bytes = 16 * 1024};
            auto response = http_.send(r, void_now);
            if (!response.arrived()) {
                log::warning("ID-bellen: service not reachable (" + response.error + ")");
                return failed(core::CallSessionFailure::unavailable);
            }
            if (response.status != 201 && response.status != 200) {
                log::warning("ID-bellen: service answered " + std::to_string(response.status));
                return failed(refusal(response.status) ? core::CallSessionFailure::refused
                                                       : core::CallSessionFailure::unavailable);
            }
            core::CallTicket ticket;
            try {
                ticket = parse_call_ticket(response.body);
            } catch (const std::exception& e) {
                core::wipe(response.body);
                // Our own checks name the field only; a JSON parser's message might quote part of the code.
                std::string what = e.what();
                log::warning(what.starts_with("ID-bellen answer: '")
                                 ? what
                                 : "ID-bellen: the answer is not valid JSON");
                return failed(core::CallSessionFailure::unavailable);
            }
            core::wipe(response.body);
            open_.insert(ticket.ref);
            if (void_now()) { // wiped meanwhile: nobody will use this code
                delete_session(ticket.ref);
                return;
            }
            outbox_.post(core::CallSessionCreated{generation, call, std::move(ticket)});
        },
        [this, generation, call](const plumbing::SerialWorker::VoidNow& void_now) {
            if (!void_now())
                outbox_.post(
                    core::CallSessionFailed{generation, call, core::CallSessionFailure::unavailable});
        });
}

void IdBellenSessions::end(const std::string& ref) {
    worker_.post([this, ref](const plumbing::SerialWorker::VoidNow&) { delete_session(ref); });
}

void IdBellenSessions::wipe() {
    worker_.drop();
    // Deleting is not voided by later wipes: every open session must end.
    worker_.post([this](const plumbing::SerialWorker::VoidNow&) { delete_open_sessions(); });
}

void IdBellenSessions::delete_session(const std::string& ref) {
    // The ref itself is the capability (the contract): the resident's token may already be revoked.
    HttpRequest r{.method = "DELETE",
                  .url = sessions_url() + "/" + ref,
                  .headers = {"Accept: application/json"},
                  .timeout_ms = settings_.timeout_ms,
                  .max_response_bytes = 4096};
    auto response = http_.send(r);
    if (!response.arrived() || (response.status >= 300 && response.status != 404 && response.status != 410)) {
        log::warning("ID-bellen: ending a session failed (" +
                     (response.arrived() ? std::to_string(response.status) : response.error) + ")");
        if (response.arrived() && response.status < 500) open_.erase(ref); // asking again will not help
        return;
    }
    open_.erase(ref);
}

} // namespace kiosk::services
