// Log lines for events and effects: the type and its counters, never a field that may hold personal data.
#include "kiosk/core/effects.hpp"
#include "kiosk/core/events.hpp"
#include "kiosk/core/state.hpp"

#include <array>
#include <string>

namespace kiosk::core {
namespace {

constexpr std::array event_names{"LanguageChosen",
                                 "TextSizeToggled",
                                 "ContrastToggled",
                                 "BeginPressed",
                                 "LoginChosen",
                                 "NewLoginCodeRequested",
                                 "DemoPhoneApproved",
                                 "MyCasesPressed",
                                 "CaseTabChosen",
                                 "CaseSelected",
                                 "DocumentSelected",
                                 "OverviewPressed",
                                 "PageTurned",
                                 "ReadingToggled",
                                 "PrintPressed",
                                 "PrintConfirmed",
                                 "PrintDismissed",
                                 "CallPressed",
                                 "HangUpPressed",
                                 "SelfDialPressed",
                                 "ResendCodePressed",
                                 "HelpPressed",
                                 "BackPressed",
                                 "StopPressed",
                                 "StillHerePressed",
                                 "RetryPressed",
                                 "DonePressed",
                                 "KioskStarted",
                                 "ClockTicked",
                                 "ScreenTouched",
                                 "HealthChecked",
                                 "LoginCodeReceived",
                                 "LoginSucceeded",
                                 "LoginFailed",
                                 "CasesLoaded",
                                 "CasesFailed",
                                 "CaseLoaded",
                                 "CaseFailed",
                                 "DocumentLoaded",
                                 "DocumentFailed",
                                 "PreviewRendered",
                                 "DocumentUnreadable",
                                 "PrinterChecked",
                                 "PrintProgressed",
                                 "PrintDone",
                                 "PrintFailed",
                                 "CallSessionCreated",
                                 "CallSessionFailed",
                                 "CallStartedRinging",
                                 "CallAnswered",
                                 "CodeSent",
                                 "CallFinished",
                                 "MaintenanceSwitched",
                                 "IdentifyRequested",
                                 "FleetActionRequested",
                                 "FleetActionTaken",
                                 "BadgePresented",
                                 "BadgeRemoved",
                                 "ConsentAnswered",
                                 "StaffPageChosen",
                                 "StaffPagesClosed",
                                 "SessionRestartPressed",
                                 "StaffHelpRequested",
                                 "HelplinePressed",
                                 "HelplineHangUpPressed",
                                 "MaintenanceToggled",
                                 "SelfTestsRequested",
                                 "TestPagePressed",
                                 "MaintenanceDone",
                                 "SelfTestReported",
                                 "CardReaderChanged",
                                 "SpeechToggled",
                                 "SpeechRepeatPressed",
                                 "SpeechPauseToggled",
                                 "SpeechVolumeChanged",
                                 "TouchToHearToggled",
                                 "PersonalAloudToggled",
                                 "ItemHeard",
                                 "HeadsetChanged",
                                 "LanguageMenuOpened",
                                 "LanguageMenuClosed"};
static_assert(event_names.size() == std::variant_size_v<Event>, "one name per Event alternative, in order");

constexpr std::array effect_names{"CheckHealth",  "StartLogin",    "CancelLogin",   "ApproveDemoLogin",
                                  "FetchCases",   "FetchCase",     "FetchDocument", "MakeOverview",
                                  "CheckPrinter", "PrintDocument", "CancelPrint",   "RequestCallSession",
                                  "Dial",         "SendCode",      "HangUp",        "EndCallSession",
                                  "WipeSession",  "RunSelfTests",  "PrintTestPage", "Say"};
static_assert(effect_names.size() == std::variant_size_v<Effect>,
              "one name per Effect alternative, in order");

// Counters are safe to log; every other field is left out on purpose.
template <class T>
std::string counters(const T& value) {
    if constexpr (requires { value.generation, value.call; })
        return "{generation=" + std::to_string(value.generation) + " call=" + std::to_string(value.call) +
               "}";
    else if constexpr (requires { value.generation; })
        return "{generation=" + std::to_string(value.generation) + "}";
    else if constexpr (requires { value.attempt; })
        return "{attempt=" + std::to_string(value.attempt) + "}";
    else
        return "";
}

} // namespace

std::string describe(const Event& event) {
    return event_names[event.index()] + std::visit([](const auto& v) { return counters(v); }, event);
}

std::string describe(const Effect& effect) {
    return effect_names[effect.index()] + std::visit([](const auto& v) { return counters(v); }, effect);
}

const char* screen_name(Screen screen) {
    switch (screen) {
    case Screen::welcome:
        return "welcome";
    case Screen::start:
        return "start";
    case Screen::login:
        return "login";
    case Screen::home:
        return "home";
    case Screen::cases:
        return "cases";
    case Screen::case_detail:
        return "case_detail";
    case Screen::document:
        return "document";
    case Screen::call:
        return "call";
    case Screen::help:
        return "help";
    case Screen::logged_out:
        return "logged_out";
    case Screen::out_of_order:
        return "out_of_order";
    case Screen::maintenance:
        return "maintenance";
    }
    return "unknown";
}

} // namespace kiosk::core
