// The document on screen: one page at a time, with big "Vorige" / "Volgende" buttons, and a reading
// view that shows the page as large as the screen allows.
#include "kiosk/core/update_parts.hpp"

#include <algorithm>

namespace kiosk::core {

bool update_document(State& s, const Event& e) {
    if (auto* turned = std::get_if<PageTurned>(&e)) {
        if (!s.session || s.screen != Screen::document) return true;
        if (const auto* document = ready(s.session->document))
            s.session->page =
                std::clamp(s.session->page + turned->by, 0, std::max(0, document->page_count - 1));
        return true;
    }
    if (session_result<PreviewRendered>(s, e)) return true; // news for the screen only
    if (const auto* unreadable = session_result<DocumentUnreadable>(s, e)) {
        const auto* document = ready(s.session->document);
        // Only the document on screen: a page of an earlier one may fail after the resident moved on.
        if (document && s.session->document_id == unreadable->document_id &&
            !std::holds_alternative<Printing>(s.session->print)) {
            s.session->document = Failed{FetchError::unreadable};
            s.session->reading = false;
            forget_finished_print(*s.session);
        }
        return true;
    }
    if (std::holds_alternative<ReadingToggled>(e)) {
        if (s.session && s.screen == Screen::document && ready(s.session->document))
            s.session->reading = !s.session->reading;
        return true;
    }
    return false;
}

} // namespace kiosk::core
