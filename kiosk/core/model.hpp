#pragma once
// What the kiosk knows about a resident's affairs, as the services deliver it. All of it is personal data:
// it lives only in State::session and is wiped with it.
#include "kiosk/core/secret.hpp"
#include "kiosk/core/secure_memory.hpp"
#include "kiosk/core/time.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::core {

struct Identity {
    Secret bsn;
    std::string display_name; // may be empty: not every broker gives a name
    bool operator==(const Identity&) const = default;
};

// What the resident needs to log in on their own phone (RFC 8628 device authorization response).
struct LoginCode {
    std::string verification_uri_complete; // shown as QR code
    std::string verification_uri;          // shown as text for those who cannot scan
    std::string user_code;                 // shown large
    Duration valid_for{};
    std::string verification_host; // the broker's host, checked against configuration: shown apart, to
                                   // compare with the phone (RFC 8628 §5.4, the cross-device BCP)
    bool operator==(const LoginCode&) const = default;
};

enum class StepState { done, current, coming };

struct CaseStep {
    std::string title;
    std::optional<Date> reached_on; // set for done and current steps
    StepState state = StepState::coming;
    bool operator==(const CaseStep&) const = default;
};

struct DocumentRef {
    std::string id;
    std::string title;
    Date date;
    bool operator==(const DocumentRef&) const = default;
};

struct CaseSummary {
    std::string id;             // service-side identifier, opaque
    std::string identification; // the number the municipality uses on letters, e.g. "ZAAK-2026-0142"
    std::string title;          // from the case type: "Aanvraag paspoort"
    std::string current_step;   // title of the current step
    Date registered;
    std::optional<Date> planned_end;
    bool closed = false;
    std::string result; // for closed cases: "Toegekend"
    bool operator==(const CaseSummary&) const = default;
};

struct CaseDetail {
    CaseSummary summary;
    std::string next_for_resident; // what is expected of the resident, may be empty
    std::vector<CaseStep> steps;
    std::vector<DocumentRef> documents;
    bool operator==(const CaseDetail&) const = default;
};

// The id of the printable overview of the case on screen, made by the kiosk itself (ZGW ids are uuids).
inline constexpr const char* overview_document_id = "overview";

struct Document {
    DocumentRef ref;
    std::string mime_type;
    Bytes content; // kept in memory only, never spooled to disk; zeroed when freed
    int page_count = 0;
    bool operator==(const Document&) const = default;
};

enum class CaseTab { open, closed };

// Why a fetch failed, in terms the resident screen can explain.
// unreadable: a document the kiosk cannot count or draw (not a PDF, damaged, or its helper gave up).
enum class FetchError { unreachable, invalid_answer, not_found, timed_out, no_content, unreadable };

// too_weak: the broker let the resident in at a lower DigiD level than the kiosk requires.
enum class LoginFailure { denied, expired, unreachable, invalid_answer, too_weak };

// Why nothing (more) comes out of the printer. The device maps the printer's own reasons onto these.
enum class PrintFailure {
    out_of_paper,
    paper_jam,
    toner_empty,
    cover_open,
    printer_offline, // off, paused, refusing jobs, unreachable
    job_failed,      // the printer gave up on this job for a reason of its own
    timed_out,
    too_many_pages,
};

// Why a call ended, in terms the resident screen can explain. The phone maps SIP's reasons onto these.
enum class CallEndReason {
    hung_up_by_resident,
    hung_up_by_kcc,
    no_answer,           // nobody picked up before the kiosk's own timeout
    busy,                // the contact centre refused the call: busy, closed, rejected
    unreachable,         // the contact centre's address could not be reached
    phone_unavailable,   // the kiosk's own phone (the SIP sidecar) is not working
    connection_lost,     // the phone stopped in the middle of the call
    service_unavailable, // the ID-bellen service did not answer: no number and code
    service_refused,     // the ID-bellen service would not give this resident a code
    failed,              // anything else
};

// What the municipality's ID-bellen service hands out for one call: where the kiosk dials, the number
// a resident may dial on their own phone, and the one-time code that tells the contact centre who is
// calling about what. The code is digits only, never spoken aloud and never logged.
struct CallTicket {
    std::string ref;         // names the session at the service, to delete it
    std::string sip_address; // sip: or sips: URI the kiosk dials
    std::string number;      // telephone number for the resident's own phone, as printed
    Secret code;
    Duration valid_for{};
    bool operator==(const CallTicket&) const = default;
};

} // namespace kiosk::core
