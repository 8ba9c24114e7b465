#pragma once
// Where the municipality's ID-bellen session service is, and what the kiosk tells it about a call.
// The contract: docs/idbellen-session-service.openapi.yaml.
#include <string>

namespace kiosk::services {

struct IdBellenSettings {
    std::string url;      // base URL; the kiosk POSTs {url}/sessions
    std::string kiosk_id; // which kiosk calls, for the agent and the audit trail
    std::string purpose_general = "algemene_vraag";
    std::string purpose_case = "zaak_vraag"; // a call about one request
    long timeout_ms = 10'000;
    std::string ca_file; // extra CA bundle for a municipality's private CA
};

} // namespace kiosk::services
