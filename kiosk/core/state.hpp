#pragma once
// The whole state of the kiosk in one plain struct. The UI draws from it every frame and never mutates
// it; update() is the only writer. Personal data is confined to `session` and `login`.
#include "kiosk/core/model.hpp"
#include "kiosk/core/remote.hpp"
#include "kiosk/core/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kiosk::core {

enum class Screen {
    welcome,      // language, text size, contrast; "Beginnen"
    start,        // what do you want to do: log in, help
    login,        // QR code for the DigiD app
    home,         // signed in: my requests, call, help, log out
    cases,        // list of requests, open / closed
    case_detail,  // one request: timeline, documents
    document,     // one document: preview, print
    call,         // identified call to the contact centre
    help,         // help pages, including "ask a staff member"
    logged_out,   // "your data has been wiped", "do not forget your papers"
    out_of_order, // the kiosk cannot serve residents right now
    maintenance,  // a technician's badge: self-tests, "buiten gebruik", versions, the health log
};

// The screen's name for logs and the service manager's status line: names only, never what is on it.
const char* screen_name(Screen screen);

// 100, 150 and 200 % of the normal letters (EN 301 549 5.1.4, WCAG 1.4.4): each tap on "Grotere
// letters" goes one step up, and from the largest back to normal.
enum class TextSize { normal, larger, largest };
inline int text_size_percent(TextSize s) {
    return s == TextSize::largest ? 200 : s == TextSize::larger ? 150 : 100;
}
enum class FleetAction { reload, restart }; // what IT staff asked for, done between two visits
enum class Contrast { normal, high };
enum class HelpTopic { general, login, staff };

// --- Staff at the kiosk: a badge on the card reader (kiosk/staff matched it; the UID never gets here) ---
enum class StaffRole { volunteer, technician };
// "Mag de medewerker meekijken?": the resident's answer belongs to the session and is wiped with it.
enum class Consent { not_asked, asking, given, refused };
// The volunteer's own pages, drawn over whatever the resident sees; none of them shows personal data.
enum class StaffPage { tools, digid_activation, missing_letter };
// The kiosk's help line to the contact centre for a volunteer (a plain call: no code, no resident).
enum class HelplineCall { idle, dialling, ringing, connected, ended, failed };

// One self-test in maintenance, by name: printer, test_page, card_reader, network, phone, or a
// backend (oidc, zaken, catalogi, documenten, idbellen).
enum class TestOutcome { running, passed, failed };
struct SelfTest {
    std::string name;
    TestOutcome outcome = TestOutcome::running;
    std::string detail; // a reason code or a short technical fact (an address, a status); never personal data
    bool operator==(const SelfTest&) const = default;
};
// A line of the health log shown in maintenance: what happened to the kiosk, never to a resident.
enum class HealthEvent {
    volunteer_badge,  // detail: the staff member's name, if configured
    technician_badge, // detail: as above
    technician_waits, // the badge came during a visit: maintenance opens when the visit is over
    badge_removed,
    staff_called, // a resident asked for a staff member
    reader_lost,
    reader_back,
    maintenance_on,
    maintenance_off,
    self_test_failed, // detail: the test's name; reason: its reason code
};
struct HealthNote {
    Time at;
    HealthEvent what;
    std::string detail;
    std::string reason;
    bool operator==(const HealthNote&) const = default;
};

// "Voorlezen": the kiosk reads each new screen aloud. Chosen by the resident and reset after every
// visit like the other settings, the volume included.
struct SpeechSettings {
    bool on = false;
    bool touch_to_hear = true;   // the first tap on an item reads it, a second tap chooses it
    int volume = 3;              // speech_volume_min to speech_volume_max
    bool personal_aloud = false; // names and requests read aloud too: only while a headset is in
    bool operator==(const SpeechSettings&) const = default;
};
constexpr int speech_volume_min = 1;
constexpr int speech_volume_max = 5;

struct Settings {
    std::string language = "nl";
    TextSize text_size = TextSize::normal;
    Contrast contrast = Contrast::normal;
    SpeechSettings speech;
    bool operator==(const Settings&) const = default;
};

// Timings of the session lifecycle, from the kiosk configuration.
struct Policy {
    Duration idle_warning_after = seconds(60); // no touch for this long: ask "are you still there?"
    Duration idle_countdown = seconds(30);     // then wait this long before wiping
    // On the screens where the resident is busy with their own phone (the QR code, the code to dial
    // with their own phone) the question comes later, but it comes.
    Duration idle_warning_on_phone_screens = seconds(120);
    Duration session_limit = seconds(20 * 60); // hard end of a signed-in session
    Duration session_warning = seconds(120);   // warn this long before the hard end
    Duration logged_out_display = seconds(15); // how long the goodbye screen stays
    Duration login_code_lifetime = seconds(300);
    Duration health_recheck = seconds(30);        // after a failed health check
    Duration health_interval = seconds(300);      // between checks while all is well
    Duration print_page_timeout = seconds(45);    // a printer silent for this long has failed
    Duration print_check_timeout = seconds(10);   // a printer that cannot say whether it is ready is not
    Duration call_answer_timeout = seconds(60);   // nobody answered: the kiosk hangs up itself
    Duration call_code_pause = seconds(2);        // after the answer, before the code: the menu gets ready
    Duration call_ticket_reuse = seconds(120);    // a code valid this much longer serves another try
    Duration staff_called_display = seconds(600); // "Er komt iemand naar u toe" stays this long at most
    Duration speech_hint_after = seconds(5);      // Welcome untouched this long: say how to turn on speech
    bool operator==(const Policy&) const = default;
};

// --- Login: one attempt at a time; results of older attempts are dropped ---
struct LoginIdle {
    bool operator==(const LoginIdle&) const = default;
};
struct LoginRequesting {
    bool operator==(const LoginRequesting&) const = default;
};
struct LoginShowingCode {
    LoginCode code;
    Time expires_at;
    bool operator==(const LoginShowingCode&) const = default;
};
struct LoginFailedStage {
    LoginFailure reason;
    bool operator==(const LoginFailedStage&) const = default;
};
using LoginStage = std::variant<LoginIdle, LoginRequesting, LoginShowingCode, LoginFailedStage>;

// --- Printing one document ---
struct PrintIdle {
    bool operator==(const PrintIdle&) const = default;
};
struct PrintChecking { // asking the printer whether it can print at all
    Time deadline;
    bool operator==(const PrintChecking&) const = default;
};
struct PrintConfirming { // "Print 2 pages?"
    bool operator==(const PrintConfirming&) const = default;
};
struct Printing {
    int page = 0;
    int pages = 0;
    Time deadline; // moved on with every page; past it the job is cancelled
    bool operator==(const Printing&) const = default;
};
struct Printed {
    bool operator==(const Printed&) const = default;
};
struct PrintFailedStage {
    PrintFailure reason;
    bool operator==(const PrintFailedStage&) const = default;
};
using PrintStage =
    std::variant<PrintIdle, PrintChecking, PrintConfirming, Printing, Printed, PrintFailedStage>;

// --- The identified call ("ID-bellen") ---
struct CallIdle {
    bool operator==(const CallIdle&) const = default;
};
struct CallRequesting {     // asking the ID-bellen service for number and code
    bool self_dial = false; // the resident will dial with their own phone: show the code, do not dial
    bool operator==(const CallRequesting&) const = default;
};
struct CallConnecting { // "Pak de hoorn op": the kiosk dials
    Time deadline;      // no answer by then: hang up
    bool operator==(const CallConnecting&) const = default;
};
struct CallRinging {
    Time deadline;
    bool operator==(const CallRinging&) const = default;
};
// How the one-time code reaches the contact centre once it answers.
enum class CodeDelivery {
    waiting, // a short pause, so the contact centre's voice menu is ready to listen
    sending, // the kiosk sends it as telephone keys (DTMF)
    sent,
    type_it, // the call cannot carry keys: the resident reads it from the screen
    expired, // too late: the code is no longer valid; the agent asks who is calling
};
struct CallConnected {
    Time since;
    CodeDelivery code = CodeDelivery::waiting;
    bool operator==(const CallConnected&) const = default;
};
struct CallHangingUp {
    bool answered = false; // the call was connected: its code is used up
    bool operator==(const CallHangingUp&) const = default;
};
struct CallEnded {
    CallEndReason reason;
    bool own_phone_offered = false; // "Bel zelf": the code was issued and the trouble was the call itself
    bool operator==(const CallEnded&) const = default;
};
struct CallSelfDial { // "Bel zelf met uw eigen telefoon": number and code on screen until the code expires
    bool operator==(const CallSelfDial&) const = default;
};
using CallStage = std::variant<CallIdle, CallRequesting, CallConnecting, CallRinging, CallConnected,
                               CallHangingUp, CallEnded, CallSelfDial>;

// A phone call is going on, or about to: the screen stays, the idle watch waits.
bool call_in_progress(const CallStage& call);

// Everything that belongs to one signed-in resident. Destroying it zeroes its personal strings.
struct Session {
    Session() = default;
    Session(const Session&) = default;
    Session(Session&&) = default;
    Session& operator=(const Session&) = default;
    Session& operator=(Session&&) = default;
    ~Session();

    std::uint64_t generation = 0; // stamped on effects; results of another generation are dropped
    Identity identity;
    Time started_at;
    bool warned_of_limit = false;
    Remote<std::vector<CaseSummary>> cases;
    bool newest_cases_only = false; // the list holds the newest cases, not all: the screen says so
    CaseTab tab = CaseTab::open;
    std::optional<std::string> case_id; // the request being looked at
    Remote<CaseDetail> detail;
    std::optional<std::string> document_id; // the document being looked at
    Remote<Document> document;
    int page = 0;         // the page of the document on screen, from 0
    bool reading = false; // the page fills the screen, large enough to read
    PrintStage print;
    int pages_printed = 0;
    CallStage call;
    std::uint64_t call_attempt = 0;        // stamped on call effects; results of older calls are dropped
    std::optional<CallTicket> call_ticket; // number and code from the ID-bellen service
    Time call_ticket_expires_at{};
    std::optional<std::string> call_case_id; // the request the call is about, if any
    Screen call_return = Screen::home;       // where the resident goes back to after the call
    Consent consent = Consent::not_asked;    // may the volunteer look along?
    bool operator==(const Session&) const = default;
};

// --- Overlays: modal questions above the current screen ---
struct NoOverlay {
    bool operator==(const NoOverlay&) const = default;
};
struct IdleWarning { // "Bent u er nog?"
    Time deadline;
    bool operator==(const IdleWarning&) const = default;
};
struct SessionEndingWarning { // the hard session limit is near
    Time deadline;
    bool operator==(const SessionEndingWarning&) const = default;
};
struct LanguageMenu { // the header's language button: every language, each named in its own words
    bool operator==(const LanguageMenu&) const = default;
};
using Overlay = std::variant<NoOverlay, IdleWarning, SessionEndingWarning, LanguageMenu>;

struct State {
    Screen screen = Screen::welcome;
    Settings settings;
    Policy policy;
    Time now{};
    Time last_activity{};
    Overlay overlay;
    LoginStage login;
    std::uint64_t login_attempt = 0;
    std::optional<Session> session;
    std::uint64_t next_generation = 1;
    HelpTopic help_topic = HelpTopic::general;
    Screen help_return = Screen::welcome;
    Time logged_out_until{};
    bool papers_to_collect = false; // the goodbye screen reminds of printed papers
    bool backends_healthy = true;
    std::optional<Time> health_recheck_at;
    bool demo = false;
    bool maintenance = false;                // switched off by IT staff: out of order
    std::optional<Time> identify_until;      // the screen flashes until then
    std::optional<FleetAction> fleet_action; // waits for the end of the visit
    Settings defaults;                       // what Welcome returns to after every session
    int max_pages_per_session = 20;

    // Staff: a badge in the reader, the volunteer's pages, the resident's call for help, maintenance.
    std::optional<StaffRole> badge;
    std::optional<StaffPage> staff_page; // the volunteer's pages are open
    std::optional<Time> staff_called_at; // a resident asked for a staff member
    std::string helpline;                // SIP address of the contact centre's help line; empty: none
    HelplineCall helpline_call = HelplineCall::idle;
    std::uint64_t helpline_attempt = 0; // stamped on the help line's phone effects (generation 0)
    bool card_reader_working = true;
    std::vector<SelfTest> self_tests;   // the last round in maintenance
    std::vector<HealthNote> health_log; // newest last, at most health_log_size

    // Speech: paused by the resident until the next screen; a headset in the kiosk's jack; when the
    // spoken hint on Welcome is due.
    bool speech_paused = false;
    bool headset = false;
    std::optional<Time> speech_hint_at;
    bool operator==(const State&) const = default;
};

constexpr std::size_t health_log_size = 30;
// Results of phone and printer effects with this generation belong to the staff (the help line, the
// test page), never to a resident: sessions count from 1.
constexpr std::uint64_t staff_generation = 0;

// A volunteer is helping: their badge is in the reader.
bool assisted(const State& s);
// The volunteer's second screen shows the kiosk only while a signed-in resident has agreed.
bool mirror_shows_kiosk(const State& s);

// Names, requests and documents may be read aloud: the resident chose so, with a headset in.
bool personal_aloud(const State& s);

// Residents may start a visit: the backends answer and IT staff have not switched the kiosk off.
bool serving(const State& s);
// Nobody is using the kiosk: a reload or restart the fleet asked for may happen now.
bool between_visits(const State& s);
// The screens a kiosk rests on between residents (maintenance included: no resident is there).
bool resting(Screen screen);

} // namespace kiosk::core
