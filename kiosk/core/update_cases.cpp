// The resident's requests: the list (open / closed), one request with its steps, and its documents.
#include "kiosk/core/update_parts.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

// Replacing a loaded value frees it: zero it first.
template <class T>
void clear(Remote<T>& remote) {
    if (auto* value = std::get_if<T>(&remote)) wipe(*value);
    remote = Loading{};
}

void fetch_cases(Session& session, Effects& out) {
    clear(session.cases);
    out.push_back(FetchCases{session.generation, session.identity.bsn});
}

void fetch_detail(Session& session, Effects& out) {
    clear(session.detail);
    out.push_back(FetchCase{session.generation, *session.case_id, session.identity.bsn});
}

const DocumentRef* find_document(const Session& session, const std::string& id) {
    const auto* detail = ready(session.detail);
    if (!detail) return nullptr;
    auto it = std::find_if(detail->documents.begin(), detail->documents.end(),
                           [&](const DocumentRef& d) { return d.id == id; });
    return it == detail->documents.end() ? nullptr : &*it;
}

// The document screen for `id`, at its first page, waiting for the document to arrive.
void open_document(Session& session, const std::string& id) {
    clear(session.document);
    session.document_id = id;
    session.page = 0;
    session.reading = false;
    forget_finished_print(session); // a job still printing keeps its progress on screen
}

void fetch_document(Session& session, const DocumentRef& ref, Effects& out) {
    open_document(session, ref.id);
    out.push_back(FetchDocument{session.generation, *session.case_id, ref.id, session.identity.bsn});
}

// Newest first: residents look for what they recently applied for.
void sort_newest_first(std::vector<CaseSummary>& cases) {
    std::stable_sort(cases.begin(), cases.end(),
                     [](const CaseSummary& a, const CaseSummary& b) { return a.registered > b.registered; });
}

// Returns whether the retry belonged to one of this module's screens.
bool retry(State& s, Effects& out) {
    auto& session = *s.session;
    switch (s.screen) {
    case Screen::cases:
        if (std::holds_alternative<Failed>(session.cases)) fetch_cases(session, out);
        return true;
    case Screen::case_detail:
        if (std::holds_alternative<Failed>(session.detail) && session.case_id) fetch_detail(session, out);
        return true;
    default:
        return false;
    }
}

} // namespace

bool update_cases(State& s, const Event& e, Effects& out) {
    if (std::holds_alternative<MyCasesPressed>(e)) {
        if (!s.session) return true;
        s.screen = Screen::cases;
        auto& cases = s.session->cases;
        if (std::holds_alternative<NotAsked>(cases) || std::holds_alternative<Failed>(cases))
            fetch_cases(*s.session, out);
        return true;
    }
    if (auto* tab = std::get_if<CaseTabChosen>(&e)) {
        if (s.session) s.session->tab = tab->tab;
        return true;
    }
    if (auto* selected = std::get_if<CaseSelected>(&e)) {
        if (!s.session || s.screen != Screen::cases) return true;
        auto& session = *s.session;
        bool same = session.case_id == selected->case_id && ready(session.detail);
        session.case_id = selected->case_id;
        s.screen = Screen::case_detail;
        if (!same) fetch_detail(session, out);
        return true;
    }
    if (auto* selected = std::get_if<DocumentSelected>(&e)) {
        if (!s.session || s.screen != Screen::case_detail) return true;
        if (const auto* ref = find_document(*s.session, selected->document_id)) {
            DocumentRef copy = *ref;
            s.screen = Screen::document;
            fetch_document(*s.session, copy, out);
        }
        return true;
    }
    if (std::holds_alternative<OverviewPressed>(e)) {
        if (!s.session || s.screen != Screen::case_detail) return true;
        if (const auto* detail = ready(s.session->detail)) {
            CaseDetail copy = *detail;
            open_document(*s.session, overview_document_id);
            s.screen = Screen::document;
            out.push_back(MakeOverview{s.session->generation, std::move(copy), s.settings.language});
        }
        return true;
    }
    if (std::holds_alternative<RetryPressed>(e) && s.session && retry(s, out)) return true;
    if (auto* loaded = session_result<CasesLoaded>(s, e)) {
        auto cases = loaded->cases;
        sort_newest_first(cases);
        s.session->cases = std::move(cases);
        s.session->newest_cases_only = loaded->newest_only;
        return true;
    }
    if (auto* failed = session_result<CasesFailed>(s, e)) {
        s.session->cases = Failed{failed->error};
        return true;
    }
    if (auto* loaded = session_result<CaseLoaded>(s, e)) {
        if (is_loading(s.session->detail) && s.session->case_id == loaded->detail.summary.id)
            s.session->detail = loaded->detail;
        return true;
    }
    // Answers are matched to the question: after Back and another choice, a late answer for the first
    // request or document must not appear as the second.
    if (auto* failed = session_result<CaseFailed>(s, e)) {
        if (is_loading(s.session->detail) && s.session->case_id == failed->case_id)
            s.session->detail = Failed{failed->error};
        return true;
    }
    if (auto* loaded = session_result<DocumentLoaded>(s, e)) {
        if (is_loading(s.session->document) && s.session->document_id == loaded->document.ref.id) {
            // A document without a page the kiosk can count is not shown, and so never printed.
            if (loaded->document.page_count > 0)
                s.session->document = loaded->document;
            else
                s.session->document = Failed{FetchError::unreadable};
        }
        return true;
    }
    if (auto* failed = session_result<DocumentFailed>(s, e)) {
        if (is_loading(s.session->document) && s.session->document_id == failed->document_id)
            s.session->document = Failed{failed->error};
        return true;
    }
    return false; // results for a wiped session fall through every module and change nothing
}

} // namespace kiosk::core
