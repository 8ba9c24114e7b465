#pragma once
// Events: what happened, in the past tense. A tap names what the resident did, not what should follow.
// Results of effects carry the attempt or session generation they belong to, so late answers for a
// session that has already been wiped are dropped.
#include "kiosk/core/model.hpp"
#include "kiosk/core/state.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kiosk::core {

// --- [SECTION] What the resident did ---
struct LanguageChosen {
    std::string language;
    bool operator==(const LanguageChosen&) const = default;
};
struct LanguageMenuOpened {
    bool operator==(const LanguageMenuOpened&) const = default;
};
struct LanguageMenuClosed {
    bool operator==(const LanguageMenuClosed&) const = default;
};
struct TextSizeToggled {
    bool operator==(const TextSizeToggled&) const = default;
};
struct ContrastToggled {
    bool operator==(const ContrastToggled&) const = default;
};
struct BeginPressed {
    bool operator==(const BeginPressed&) const = default;
};
struct LoginChosen {
    bool operator==(const LoginChosen&) const = default;
};
struct NewLoginCodeRequested {
    bool operator==(const NewLoginCodeRequested&) const = default;
};
struct DemoPhoneApproved {
    bool operator==(const DemoPhoneApproved&) const = default;
};
struct MyCasesPressed {
    bool operator==(const MyCasesPressed&) const = default;
};
struct CaseTabChosen {
    CaseTab tab;
    bool operator==(const CaseTabChosen&) const = default;
};
struct CaseSelected {
    std::string case_id;
    bool operator==(const CaseSelected&) const = default;
};
struct DocumentSelected {
    std::string document_id;
    bool operator==(const DocumentSelected&) const = default;
};
struct OverviewPressed { // "Overzicht printen" on a case: the overview opens as a document
    bool operator==(const OverviewPressed&) const = default;
};
struct PageTurned { // "Volgende" (+1) or "Vorige" (-1)
    int by;
    bool operator==(const PageTurned&) const = default;
};
struct ReadingToggled { // "Groter" / "Kleiner"
    bool operator==(const ReadingToggled&) const = default;
};
struct PrintPressed {
    bool operator==(const PrintPressed&) const = default;
};
struct PrintConfirmed {
    bool operator==(const PrintConfirmed&) const = default;
};
struct PrintDismissed {
    bool operator==(const PrintDismissed&) const = default;
};
struct CallPressed {
    bool about_case = false;
    bool operator==(const CallPressed&) const = default;
};
struct HangUpPressed {
    bool operator==(const HangUpPressed&) const = default;
};
struct SelfDialPressed { // "Ik bel zelf": show number and code for the resident's own phone
    bool operator==(const SelfDialPressed&) const = default;
};
struct ResendCodePressed { // "Stuur de code opnieuw"
    bool operator==(const ResendCodePressed&) const = default;
};
struct HelpPressed {
    HelpTopic topic;
    bool operator==(const HelpPressed&) const = default;
};
struct BackPressed {
    bool operator==(const BackPressed&) const = default;
};
struct StopPressed {
    bool operator==(const StopPressed&) const = default;
}; // "Stoppen" / "Uitloggen"
struct StillHerePressed {
    bool operator==(const StillHerePressed&) const = default;
};
struct RetryPressed {
    bool operator==(const RetryPressed&) const = default;
};
struct DonePressed {
    bool operator==(const DonePressed&) const = default;
};

// --- [SECTION] What the shell observed ---
struct KioskStarted {
    Time now;
    bool operator==(const KioskStarted&) const = default;
};
struct ClockTicked {
    Time now;
    bool operator==(const ClockTicked&) const = default;
};
struct ScreenTouched {
    Time at;
    bool operator==(const ScreenTouched&) const = default;
};
struct HealthChecked {
    bool healthy;
    bool operator==(const HealthChecked&) const = default;
};

// --- [SECTION] Results of effects ---
struct LoginCodeReceived {
    std::uint64_t attempt;
    LoginCode code;
    bool operator==(const LoginCodeReceived&) const = default;
};
struct LoginSucceeded {
    std::uint64_t attempt;
    Identity identity;
    bool operator==(const LoginSucceeded&) const = default;
};
struct LoginFailed {
    std::uint64_t attempt;
    LoginFailure reason;
    bool operator==(const LoginFailed&) const = default;
};
struct CasesLoaded {
    std::uint64_t generation;
    std::vector<CaseSummary> cases;
    bool newest_only = false; // the server has older ones the kiosk did not read (its page cap)
    bool operator==(const CasesLoaded&) const = default;
};
struct CasesFailed {
    std::uint64_t generation;
    FetchError error;
    bool operator==(const CasesFailed&) const = default;
};
struct CaseLoaded {
    std::uint64_t generation;
    CaseDetail detail;
    bool operator==(const CaseLoaded&) const = default;
};
struct CaseFailed {
    std::uint64_t generation;
    std::string case_id;
    FetchError error;
    bool operator==(const CaseFailed&) const = default;
};
struct DocumentLoaded {
    std::uint64_t generation;
    Document document;
    bool operator==(const DocumentLoaded&) const = default;
};
struct DocumentFailed {
    std::uint64_t generation;
    std::string document_id;
    FetchError error;
    bool operator==(const DocumentFailed&) const = default;
};
// The page drawer (the sandboxed PDF helper) finished a page: the screen can show it.
struct PreviewRendered {
    std::uint64_t generation;
    bool operator==(const PreviewRendered&) const = default;
};
// The page drawer gave up on a document: damaged, hostile, or too slow. It is not shown or printed.
struct DocumentUnreadable {
    std::uint64_t generation;
    std::string document_id;
    bool operator==(const DocumentUnreadable&) const = default;
};
struct PrinterChecked {
    std::uint64_t generation;
    std::optional<PrintFailure> problem; // none: ready to print
    bool operator==(const PrinterChecked&) const = default;
};
struct PrintProgressed {
    std::uint64_t generation;
    int page;
    int pages;
    bool operator==(const PrintProgressed&) const = default;
};
struct PrintDone {
    std::uint64_t generation;
    bool operator==(const PrintDone&) const = default;
};
struct PrintFailed {
    std::uint64_t generation;
    PrintFailure reason;
    bool operator==(const PrintFailed&) const = default;
};
// Results of the call effects carry the session generation and the call attempt.
struct CallSessionCreated {
    std::uint64_t generation;
    std::uint64_t call;
    CallTicket ticket;
    bool operator==(const CallSessionCreated&) const = default;
};
enum class CallSessionFailure { unavailable, refused };
struct CallSessionFailed {
    std::uint64_t generation;
    std::uint64_t call;
    CallSessionFailure reason;
    bool operator==(const CallSessionFailed&) const = default;
};
struct CallStartedRinging {
    std::uint64_t generation;
    std::uint64_t call;
    bool operator==(const CallStartedRinging&) const = default;
};
struct CallAnswered {
    std::uint64_t generation;
    std::uint64_t call;
    bool telephone_events = true; // the call can carry keys (RFC 4733); otherwise the resident types the code
    bool operator==(const CallAnswered&) const = default;
};
struct CodeSent {
    std::uint64_t generation;
    std::uint64_t call;
    bool delivered = true; // false: the phone could not send it; the resident types it
    bool operator==(const CodeSent&) const = default;
};
struct CallFinished {
    std::uint64_t generation;
    std::uint64_t call;
    CallEndReason reason;
    bool operator==(const CallFinished&) const = default;
};

// --- [SECTION] The fleet's signed commands (kiosk/fleet/command.hpp), already checked ---
struct MaintenanceSwitched { // "buiten gebruik": no new visits; a resident already busy finishes
    bool on;
    bool operator==(const MaintenanceSwitched&) const = default;
};
struct IdentifyRequested { // flash the screen, so a technician on site finds the kiosk the fleet means
    bool operator==(const IdentifyRequested&) const = default;
};
// Reload the configuration or restart the kiosk (FleetAction), both between two visits, never in one.
struct FleetActionRequested {
    FleetAction action;
    bool operator==(const FleetActionRequested&) const = default;
};
struct FleetActionTaken { // the shell did it
    bool operator==(const FleetActionTaken&) const = default;
};

// --- [SECTION] Staff: badges, the volunteer's help, maintenance (kiosk/staff matched the badge) ---
struct BadgePresented {
    StaffRole role;
    std::string name; // the staff member's name for the health log, if the configuration has one
    bool operator==(const BadgePresented&) const = default;
};
struct BadgeRemoved { // the staff badge left the reader; any other card is never reported
    bool operator==(const BadgeRemoved&) const = default;
};
struct ConsentAnswered { // "Mag de medewerker meekijken?" Ja / Nee
    bool agreed;
    bool operator==(const ConsentAnswered&) const = default;
};
struct StaffPageChosen { // the volunteer opens their tools or one of their help pages
    StaffPage page;
    bool operator==(const StaffPageChosen&) const = default;
};
struct StaffPagesClosed {
    bool operator==(const StaffPagesClosed&) const = default;
};
struct SessionRestartPressed { // the volunteer starts again for the resident: wipe, then Welcome
    bool operator==(const SessionRestartPressed&) const = default;
};
struct StaffHelpRequested { // the resident tapped "Vraag een medewerker"
    bool operator==(const StaffHelpRequested&) const = default;
};
struct HelplinePressed {
    bool operator==(const HelplinePressed&) const = default;
};
struct HelplineHangUpPressed {
    bool operator==(const HelplineHangUpPressed&) const = default;
};
struct MaintenanceToggled { // the technician's switch for "buiten gebruik"
    bool operator==(const MaintenanceToggled&) const = default;
};
struct SelfTestsRequested {
    bool operator==(const SelfTestsRequested&) const = default;
};
struct TestPagePressed {
    bool operator==(const TestPagePressed&) const = default;
};
struct MaintenanceDone { // "Klaar": back to Welcome, even with the badge still in the reader
    bool operator==(const MaintenanceDone&) const = default;
};
struct SelfTestReported {
    SelfTest result;
    bool operator==(const SelfTestReported&) const = default;
};
struct CardReaderChanged { // the reader (or pcscd) went away or came back
    bool working;
    bool operator==(const CardReaderChanged&) const = default;
};

// --- Speech ("voorlezen") ---
struct SpeechToggled { // the button at the bottom left of every screen
    bool operator==(const SpeechToggled&) const = default;
};
struct SpeechRepeatPressed {
    bool operator==(const SpeechRepeatPressed&) const = default;
};
struct SpeechPauseToggled {
    bool operator==(const SpeechPauseToggled&) const = default;
};
struct SpeechVolumeChanged {
    int step; // +1 louder, -1 softer
    bool operator==(const SpeechVolumeChanged&) const = default;
};
struct TouchToHearToggled {
    bool operator==(const TouchToHearToggled&) const = default;
};
struct PersonalAloudToggled {
    bool operator==(const PersonalAloudToggled&) const = default;
};
struct ItemHeard { // touch-to-hear read an item aloud: a pause ends there
    bool operator==(const ItemHeard&) const = default;
};
struct HeadsetChanged { // the audio jack: a headset plugged in or pulled out
    bool plugged;
    bool operator==(const HeadsetChanged&) const = default;
};

using Event = std::variant<
    LanguageChosen, TextSizeToggled, ContrastToggled, BeginPressed, LoginChosen, NewLoginCodeRequested,
    DemoPhoneApproved, MyCasesPressed, CaseTabChosen, CaseSelected, DocumentSelected, OverviewPressed,
    PageTurned, ReadingToggled, PrintPressed, PrintConfirmed, PrintDismissed, CallPressed, HangUpPressed,
    SelfDialPressed, ResendCodePressed, HelpPressed, BackPressed, StopPressed, StillHerePressed, RetryPressed,
    DonePressed, KioskStarted, ClockTicked, ScreenTouched, HealthChecked, LoginCodeReceived, LoginSucceeded,
    LoginFailed, CasesLoaded, CasesFailed, CaseLoaded, CaseFailed, DocumentLoaded, DocumentFailed,
    PreviewRendered, DocumentUnreadable, PrinterChecked, PrintProgressed, PrintDone, PrintFailed,
    CallSessionCreated, CallSessionFailed, CallStartedRinging, CallAnswered, CodeSent, CallFinished,
    MaintenanceSwitched, IdentifyRequested, FleetActionRequested, FleetActionTaken, BadgePresented,
    BadgeRemoved, ConsentAnswered, StaffPageChosen, StaffPagesClosed, SessionRestartPressed,
    StaffHelpRequested, HelplinePressed, HelplineHangUpPressed, MaintenanceToggled, SelfTestsRequested,
    TestPagePressed, MaintenanceDone, SelfTestReported, CardReaderChanged, SpeechToggled, SpeechRepeatPressed,
    SpeechPauseToggled, SpeechVolumeChanged, TouchToHearToggled, PersonalAloudToggled, ItemHeard,
    HeadsetChanged, LanguageMenuOpened, LanguageMenuClosed>;

// A one-line description for logs. Never contains personal data (no names, codes, case titles).
std::string describe(const Event& event);

} // namespace kiosk::core
