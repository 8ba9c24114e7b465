#include "kiosk/runtime/runtime.hpp"

#include "kiosk/plumbing/stack_scrub.hpp"
#include "kiosk/util/log.hpp"
#include "kiosk/util/overloaded.hpp"

namespace kiosk::runtime {

Runtime::Runtime(core::State initial, const ClockSource& clock, std::function<void()> wake)
    : state_(std::move(initial)), clock_(clock), queue_(wake), wake_(std::move(wake)) {}

void Runtime::schedule(core::Duration delay, std::function<void()> job) {
    timers_.add(clock_.now() + delay, std::move(job));
    if (wake_) wake_(); // the loop recomputes how long it may sleep
}

void Runtime::dispatch(const core::Event& event) {
    log::debug("event " + core::describe(event));
    std::optional<core::Glimpse> before;
    if (observer_) before = core::glimpse(state_);
    for (auto& effect : core::update(state_, event)) {
        run(effect);
        core::wipe(effect); // the service has taken what it needs
    }
    if (observer_) observer_(*before, event, core::glimpse(state_));
}

bool Runtime::pump() {
    bool changed = false;
    bool ticked = false; // once per pump: a deadline the core fails to move cannot spin the loop
    for (int round = 0; round < 100; ++round) { // bounded: a misbehaving service cannot hang the loop
        auto now = clock_.now();
        auto events = queue_.take_all();
        auto deadline = core::next_deadline(state_);
        bool any = false;
        if (!ticked && (!events.empty() || (deadline && *deadline <= now))) {
            // Results carry no time of their own: the core hears the time before they land.
            dispatch(core::ClockTicked{now});
            ticked = any = true;
        }
        for (auto& event : events) {
            dispatch(event);
            core::wipe(event); // State has its own copy now
            any = true;
        }
        if (timers_.run_due(now) > 0) any = true;
        if (!any) break;
        changed = true;
    }
    return changed;
}

std::optional<core::Time> Runtime::next_wakeup() const {
    auto timer = timers_.next_due();
    auto deadline = core::next_deadline(state_);
    std::optional<core::Time> next = timer && deadline ? std::min(*timer, *deadline)
                                     : timer           ? timer
                                                       : deadline;
    if (next) next = std::max(*next, clock_.now() + core::milliseconds(1));
    return next;
}

void Runtime::run(const core::Effect& effect) {
    log::debug("effect " + core::describe(effect));
    auto& b = backends_;
    std::visit(
        overloaded{
            [&](const core::CheckHealth&) { b.health->check(); },
            [&](const core::StartLogin& e) { b.auth->start_login(e.attempt); },
            [&](const core::CancelLogin& e) { b.auth->cancel_login(e.attempt); },
            [&](const core::ApproveDemoLogin& e) {
                if (b.demo) b.demo->approve_login(e.attempt);
            },
            [&](const core::FetchCases& e) { b.cases->fetch_cases(e.generation, e.bsn); },
            [&](const core::FetchCase& e) { b.cases->fetch_case(e.generation, e.case_id, e.bsn); },
            [&](const core::FetchDocument& e) {
                b.cases->fetch_document(e.generation, e.case_id, e.document_id, e.bsn);
            },
            [&](const core::MakeOverview& e) {
                if (b.documents)
                    b.documents->make_overview(e.generation, e.detail, e.language);
                else
                    post(core::DocumentFailed{e.generation, core::overview_document_id,
                                              core::FetchError::unreachable});
            },
            [&](const core::CheckPrinter& e) { b.printer->check_ready(e.generation); },
            [&](const core::PrintDocument& e) {
                b.printer->print(e.generation, e.mime_type, e.content, e.pages);
            },
            [&](const core::CancelPrint& e) { b.printer->cancel(e.generation); },
            [&](const core::RequestCallSession& e) {
                b.call_sessions->request(e.generation, e.call, e.case_identification);
            },
            [&](const core::Dial& e) { b.phone->dial(e.generation, e.call, e.sip_address); },
            [&](const core::SendCode& e) { b.phone->send_code(e.generation, e.call, e.code); },
            [&](const core::HangUp& e) { b.phone->hang_up(e.generation); },
            [&](const core::EndCallSession& e) { b.call_sessions->end(e.ref); },
            [&](const core::WipeSession&) {
                b.auth->wipe();
                b.cases->wipe();
                b.phone->wipe();
                b.call_sessions->wipe();
                b.printer->wipe();
                // What the session left on this thread's stack (names, titles being drawn).
                plumbing::scrub_stack_below();
            },
            [&](const core::RunSelfTests&) {
                if (b.self_tests) b.self_tests->run_self_tests();
            },
            [&](const core::Say& e) {
                if (speech_) speech_->cue(e.cue);
            },
            [&](const core::PrintTestPage&) {
                if (b.self_tests)
                    b.self_tests->print_test_page();
                else
                    post(core::PrintFailed{core::staff_generation, core::PrintFailure::printer_offline});
            },
        },
        effect);
}

} // namespace kiosk::runtime
