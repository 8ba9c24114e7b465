#pragma once
// The service and device interfaces the effect runner drives. Each has a real implementation (added by
// the integration issues) and an in-process demo one used by --demo.
#include "devices/phone/phone.hpp"
#include "devices/printer/printer.hpp"
#include "kiosk/core/effects.hpp"
#include "kiosk/core/model.hpp"
#include "kiosk/plumbing/outbox.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::services {

using plumbing::Outbox; // how every service reports back

class AuthService {
public:
    virtual ~AuthService() = default;
    virtual void
    start_login(std::uint64_t attempt) = 0; // posts LoginCodeReceived, then LoginSucceeded/Failed
    virtual void cancel_login(std::uint64_t attempt) = 0; // stops polling; posts nothing more for it
    virtual void wipe() = 0;                              // forget tokens (revoking where possible)
};

class CaseService {
public:
    virtual ~CaseService() = default;
    // The BSN selects the resident's cases and is checked against the roles on each one.
    virtual void fetch_cases(std::uint64_t generation, const core::Secret& bsn) = 0;
    virtual void fetch_case(std::uint64_t generation, const std::string& case_id,
                            const core::Secret& bsn) = 0;
    virtual void fetch_document(std::uint64_t generation, const std::string& case_id,
                                const std::string& document_id, const core::Secret& bsn) = 0;
    virtual void wipe() = 0;
};

// The signed-in resident's access token at the broker, for a service that acts on their behalf
// (ID-bellen). Empty when nobody is signed in. Only services hold it, never State.
class AccessTokens {
public:
    virtual ~AccessTokens() = default;
    virtual core::Secret access_token() = 0;
};

// The municipality's ID-bellen service: a number and a one-time code that link a call to the resident
// (taken from their login, never sent by the kiosk) and to the request it is about.
class CallSessionService {
public:
    virtual ~CallSessionService() = default;
    // Posts CallSessionCreated or CallSessionFailed. An empty identification is a general question.
    virtual void request(std::uint64_t generation, std::uint64_t call,
                         const std::string& case_identification) = 0;
    virtual void end(const std::string& ref) = 0; // the code stops working; nothing is posted
    virtual void wipe() = 0;                      // ends every session still open
};

// Documents the kiosk makes itself: the printable overview of a case. Posts DocumentLoaded (with
// overview_document_id) or DocumentFailed.
class DocumentMaker {
public:
    virtual ~DocumentMaker() = default;
    virtual void make_overview(std::uint64_t generation, const core::CaseDetail& detail,
                               const std::string& language) = 0;
};

class HealthProbe {
public:
    virtual ~HealthProbe() = default;
    virtual void check() = 0; // posts HealthChecked
};

// Maintenance's self-tests: one SelfTestReported per test (the printer's readiness arrives as
// PrinterChecked with generation 0), and a test page printed with generation 0.
class SelfTester {
public:
    virtual ~SelfTester() = default;
    virtual void run_self_tests() = 0;
    virtual void print_test_page() = 0;
};

// How the demo contact centre behaves, to show every call screen.
// The narrator, for speech that is not the screen itself (the hint on Welcome, a repeat): the shell
// says it with the next frame, when it knows what is on screen.
class SpeechCues {
public:
    virtual ~SpeechCues() = default;
    virtual void cue(core::SpeechCue cue) = 0;
};

enum class DemoKcc { answers, silent, answers_without_keys };

// Controls that exist only in demo mode: the resident's phone and faults to show the failure screens.
class DemoControls {
public:
    virtual ~DemoControls() = default;
    virtual void approve_login(std::uint64_t attempt) = 0;
    virtual void set_backends_down(bool down) = 0;
    virtual void set_printer_out_of_paper(bool empty) = 0;
    virtual void set_no_cases(bool none) = 0;
    virtual void set_kcc(DemoKcc kcc) = 0;
};

} // namespace kiosk::services
