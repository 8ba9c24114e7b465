#include "kiosk/fleet/usage.hpp"

namespace kiosk::fleet {
namespace {

const char* end_reason_name(core::CallEndReason reason) {
    using R = core::CallEndReason;
    switch (reason) {
    case R::hung_up_by_resident:
        return "hung_up_by_resident";
    case R::hung_up_by_kcc:
        return "hung_up_by_kcc";
    case R::no_answer:
        return "no_answer";
    case R::busy:
        return "busy";
    case R::unreachable:
        return "unreachable";
    case R::phone_unavailable:
        return "phone_unavailable";
    case R::connection_lost:
        return "connection_lost";
    case R::service_unavailable:
        return "service_unavailable";
    case R::service_refused:
        return "service_refused";
    case R::failed:
        return "failed";
    }
    return "other";
}

bool entered(const core::Glimpse& before, const core::Glimpse& after, core::Screen screen) {
    return after.screen == screen && before.screen != screen;
}

bool visiting(core::Screen screen) {
    return !core::resting(screen);
}

} // namespace

void count(Usage& u, const core::Glimpse& before, const core::Event& event, const core::Glimpse& after) {
    using core::Screen;
    if (!visiting(before.screen) && visiting(after.screen) && after.screen != Screen::logged_out) ++u.visits;
    if (!before.signed_in && after.signed_in) ++u.logins_succeeded;
    if (!before.login_failed && after.login_failed) {
        if (const auto* failed = std::get_if<core::LoginFailed>(&event)) {
            if (failed->reason == core::LoginFailure::denied)
                ++u.logins_denied;
            else if (failed->reason == core::LoginFailure::expired)
                ++u.logins_expired;
            else
                ++u.logins_failed;
        }
    }
    // What arrived and was shown, not every return to a screen ("Terug" from a letter to its case).
    if (std::holds_alternative<core::CasesLoaded>(event) && after.screen == Screen::cases)
        ++u.case_lists_viewed;
    if (std::holds_alternative<core::CaseLoaded>(event) && after.screen == Screen::case_detail)
        ++u.cases_viewed;
    if (std::holds_alternative<core::DocumentLoaded>(event) && after.screen == Screen::document)
        ++u.documents_shown;
    if (after.signed_in && after.pages_printed > before.pages_printed)
        u.pages_printed += static_cast<std::uint64_t>(after.pages_printed - before.pages_printed);
    if (after.signed_in && after.call_attempt > before.call_attempt) ++u.calls_started;
    if (!before.call_answered && after.call_answered) ++u.calls_answered;
    if (!before.call_ended && after.call_ended)
        if (const auto* finished = std::get_if<core::CallFinished>(&event))
            ++u.calls_ended[end_reason_name(finished->reason)];
    if ((entered(before, after, Screen::help) ||
         (after.screen == Screen::help && before.help_topic != after.help_topic)) &&
        after.help_topic == core::HelpTopic::staff)
        ++u.staff_help_viewed;
    // A visit that ended on the clock, not by a button: nobody answered "Bent u er nog?".
    if (std::holds_alternative<core::ClockTicked>(event) && before.warned_idle && visiting(before.screen) &&
        before.screen != Screen::logged_out &&
        (after.screen == Screen::welcome || after.screen == Screen::logged_out)) {
        ++u.timeouts;
        ++u.abandoned_on[core::screen_name(before.screen)];
    }
}

nlohmann::json usage_json(const Usage& u) {
    return {
        {"visits", u.visits},
        {"logins",
         {{"succeeded", u.logins_succeeded},
          {"denied", u.logins_denied},
          {"expired", u.logins_expired},
          {"failed", u.logins_failed}}},
        {"case_lists_viewed", u.case_lists_viewed},
        {"cases_viewed", u.cases_viewed},
        {"documents_shown", u.documents_shown},
        {"pages_printed", u.pages_printed},
        {"calls", {{"started", u.calls_started}, {"answered", u.calls_answered}, {"ended", u.calls_ended}}},
        {"staff_help_viewed", u.staff_help_viewed},
        {"timeouts", u.timeouts},
        {"abandoned_on", u.abandoned_on}};
}

} // namespace kiosk::fleet
