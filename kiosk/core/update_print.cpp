// Printing the document on screen: check the page limit and the printer first, then ask (how many
// pages), then follow the job to its end.
#include "kiosk/core/update_parts.hpp"

namespace kiosk::core {

bool update_print(State& s, const Event& e, Effects& out) {
    if (std::holds_alternative<PrintPressed>(e)) {
        if (!s.session || s.screen != Screen::document) return true;
        auto& session = *s.session;
        const auto* document = ready(session.document);
        if (!document || std::holds_alternative<Printing>(session.print) ||
            std::holds_alternative<PrintChecking>(session.print))
            return true;
        if (session.pages_printed + document->page_count > s.max_pages_per_session) {
            session.print = PrintFailedStage{PrintFailure::too_many_pages};
            return true;
        }
        // The question comes only once the printer said it can print: no "yes" that leads nowhere.
        session.print = PrintChecking{s.now + s.policy.print_check_timeout};
        out.push_back(CheckPrinter{session.generation});
        return true;
    }
    if (auto* checked = session_result<PrinterChecked>(s, e)) {
        if (std::holds_alternative<PrintChecking>(s.session->print)) {
            if (checked->problem)
                s.session->print = PrintFailedStage{*checked->problem};
            else
                s.session->print = PrintConfirming{};
        }
        return true;
    }
    if (std::holds_alternative<PrintDismissed>(e)) {
        if (s.session) forget_finished_print(*s.session);
        return true;
    }
    if (std::holds_alternative<PrintConfirmed>(e)) {
        if (!s.session || !std::holds_alternative<PrintConfirming>(s.session->print)) return true;
        auto& session = *s.session;
        const auto* document = ready(session.document);
        if (!document) return true;
        session.print = Printing{0, document->page_count, s.now + s.policy.print_page_timeout * 2};
        out.push_back(
            PrintDocument{session.generation, document->mime_type, document->content, document->page_count});
        return true;
    }
    if (auto* progressed = session_result<PrintProgressed>(s, e)) {
        if (auto* printing = std::get_if<Printing>(&s.session->print))
            *printing = {progressed->page, progressed->pages, s.now + s.policy.print_page_timeout};
        return true;
    }
    if (session_result<PrintDone>(s, e)) {
        if (auto* printing = std::get_if<Printing>(&s.session->print)) {
            s.session->pages_printed += printing->pages;
            s.session->print = Printed{};
            s.last_activity = s.now; // the idle watch was off while the printer worked
        }
        return true;
    }
    if (auto* failed = session_result<PrintFailed>(s, e)) {
        if (std::holds_alternative<Printing>(s.session->print)) {
            s.session->print = PrintFailedStage{failed->reason};
            s.last_activity = s.now;
        }
        return true;
    }
    return false;
}

} // namespace kiosk::core
