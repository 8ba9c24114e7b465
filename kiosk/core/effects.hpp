#pragma once
// Effects: orders for the shell, as plain data so tests compare them. Each ends in exactly one result
// event (…Loaded / …Done / …Failed), timeouts included.
#include "kiosk/core/model.hpp"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace kiosk::core {

struct CheckHealth {
    bool operator==(const CheckHealth&) const = default;
};
struct StartLogin {
    std::uint64_t attempt;
    bool operator==(const StartLogin&) const = default;
};
struct CancelLogin {
    std::uint64_t attempt;
    bool operator==(const CancelLogin&) const = default;
};
struct ApproveDemoLogin {
    std::uint64_t attempt;
    bool operator==(const ApproveDemoLogin&) const = default;
};
// The fetches carry the resident's BSN: the case services search and check roles by it.
struct FetchCases {
    std::uint64_t generation;
    Secret bsn;
    bool operator==(const FetchCases&) const = default;
};
struct FetchCase {
    std::uint64_t generation;
    std::string case_id;
    Secret bsn;
    bool operator==(const FetchCase&) const = default;
};
struct FetchDocument {
    std::uint64_t generation;
    std::string case_id;
    std::string document_id;
    Secret bsn;
    bool operator==(const FetchDocument&) const = default;
};
struct MakeOverview { // the printable overview of a case, made by the shell as a PDF document
    std::uint64_t generation;
    CaseDetail detail;
    std::string language;
    bool operator==(const MakeOverview&) const = default;
};
struct CheckPrinter { // before the resident is asked to confirm
    std::uint64_t generation;
    bool operator==(const CheckPrinter&) const = default;
};
struct PrintDocument {
    std::uint64_t generation;
    std::string mime_type;
    Bytes content; // streamed to the printer, never written to a lasting file
    int pages;
    bool operator==(const PrintDocument&) const = default;
};
struct CancelPrint {
    std::uint64_t generation;
    bool operator==(const CancelPrint&) const = default;
};
// The identified call: number and code from the ID-bellen service, then the phone dials, sends the
// code after the answer, and hangs up. The service's session is ended when the call is over.
struct RequestCallSession {
    std::uint64_t generation;
    std::uint64_t call;
    std::string case_identification; // empty for a general call
    bool operator==(const RequestCallSession&) const = default;
};
struct Dial {
    std::uint64_t generation;
    std::uint64_t call;
    std::string sip_address;
    bool operator==(const Dial&) const = default;
};
struct SendCode {
    std::uint64_t generation;
    std::uint64_t call;
    Secret code; // digits only, checked by the core and again by the phone
    bool operator==(const SendCode&) const = default;
};
struct HangUp {
    std::uint64_t generation;
    bool operator==(const HangUp&) const = default;
};
struct EndCallSession {
    std::uint64_t generation;
    std::string ref;
    bool operator==(const EndCallSession&) const = default;
};
// Services drop whatever they hold for this session (tokens, caches, print jobs).
struct WipeSession {
    std::uint64_t generation;
    bool operator==(const WipeSession&) const = default;
};

// Maintenance: the shell tests what it can reach (printer, card reader, network, backends, phone) and
// answers with one SelfTestReported per test.
struct RunSelfTests {
    bool operator==(const RunSelfTests&) const = default;
};
// A page without personal data (the kiosk's name, the time, the versions), printed with generation 0.
struct PrintTestPage {
    bool operator==(const PrintTestPage&) const = default;
};

// Speech that is not the screen itself: the shell's narrator says it (the screen it reads by itself).
enum class SpeechCue {
    welcome_hint, // a chime, then how to turn on speech: nobody has touched Welcome for a while
    switched_on,  // how touch-to-hear works, then the screen
    repeat,       // the screen again, from the top
    volume,       // a word at the new volume
    self_test,    // maintenance: a test sentence, and a SelfTestReported "speech"
};
struct Say {
    SpeechCue cue;
    bool operator==(const Say&) const = default;
};

using Effect =
    std::variant<CheckHealth, StartLogin, CancelLogin, ApproveDemoLogin, FetchCases, FetchCase, FetchDocument,
                 MakeOverview, CheckPrinter, PrintDocument, CancelPrint, RequestCallSession, Dial, SendCode,
                 HangUp, EndCallSession, WipeSession, RunSelfTests, PrintTestPage, Say>;
using Effects = std::vector<Effect>;

std::string describe(const Effect& effect);

} // namespace kiosk::core
