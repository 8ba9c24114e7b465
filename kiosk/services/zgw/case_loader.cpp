#include "kiosk/services/zgw/case_loader.hpp"

#include "kiosk/services/zgw/timeline.hpp"
#include "kiosk/util/log.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kiosk::services::zgw {
namespace {

using core::FetchError;
using json = SecureJson; // answers about a resident: zeroed when freed

constexpr const char* expansions = "zaaktype,status,status.statustype,resultaat,resultaat.resultaattype";

template <class T>
T parsed(const json& j, T (*parse)(const json&), const char* what) {
    try {
        return parse(j);
    } catch (const ZgwError& e) {
        throw ZgwFailure(FetchError::invalid_answer, std::string(what) + ": " + e.what());
    }
}

const json* embedded(const json& item, const char* key) {
    if (!item.is_object()) return nullptr;
    auto e = item.find("_expand");
    if (e == item.end() || !e->is_object()) return nullptr;
    auto v = e->find(key);
    return v == e->end() || !v->is_object() ? nullptr : &*v;
}

std::string query(const std::string& base,
                  std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
    auto encoded = form(fields);
    return base + "?" + std::string(encoded.data(), encoded.size());
}

bool is_bsn_text(const std::string& bsn) {
    return bsn.size() == 9 &&
           std::all_of(bsn.begin(), bsn.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Answers are SecureJson and zero themselves when freed; scrubbing empties one as soon as its
// contents have been read, instead of when the whole request is done.
void scrub(json& j) {
    j = nullptr;
}

void scrub(std::vector<Rol>& roles) {
    for (auto& r : roles)
        core::wipe(r.inp_bsn);
}

core::Date newest_first_key(const core::DocumentRef& d) {
    return d.date;
}

} // namespace

struct CaseLoader::Personal {
    std::map<std::string, Status> statuses;   // by URL
    std::map<std::string, Resultaat> results; // by URL
    ~Personal() {
        for (auto& [url, s] : statuses)
            core::wipe(s.toelichting);
        for (auto& [url, r] : results)
            core::wipe(r.toelichting);
    }
};

std::string CaseLoader::with_expand(const std::string& url) const {
    return url + (url.find('?') == std::string::npos ? "?" : "&") + "expand=" + expansions;
}

bool CaseLoader::expanding() const {
    return expand_ && client_.settings().try_expand;
}

void CaseLoader::expand_refused() {
    expand_ = false;
    log::info("ZGW: the Zaken API refuses 'expand'; embedded objects are fetched separately from now on");
}

json CaseLoader::get_expanded(const std::string& url, const Cancelled& cancelled) {
    if (expanding()) {
        auto answer = client_.get({with_expand(url)}, cancelled, {400});
        if (!answer[0].is_null()) return std::move(answer[0]);
        expand_refused();
    }
    return std::move(client_.get({url}, cancelled)[0]);
}

// A server that embeds something malformed is not trusted for it: the object is fetched on its own.
void CaseLoader::take_embedded(const json& item, Personal& personal) {
    try {
        if (const auto* t = embedded(item, "zaaktype")) take(parse_zaaktype(*t));
        if (const auto* s = embedded(item, "status")) {
            auto status = parse_status(*s);
            if (const auto* t = embedded(*s, "statustype")) take(parse_statustype(*t));
            personal.statuses[status.url] = status;
        }
        if (const auto* r = embedded(item, "resultaat")) {
            auto result = parse_resultaat(*r);
            if (const auto* t = embedded(*r, "resultaattype")) take(parse_resultaattype(*t));
            personal.results[result.url] = result;
        }
    } catch (const ZgwError&) {
    }
}

void CaseLoader::take(Zaaktype t) {
    cache_.zaaktypen.put(t.url, t);
}
void CaseLoader::take(Statustype t) {
    cache_.statustypen.put(t.url, t);
}
void CaseLoader::take(Resultaattype t) {
    cache_.resultaattypen.put(t.url, t);
}

std::vector<std::string> CaseLoader::missing_objects(const std::vector<Zaak>& zaken,
                                                     const Personal& personal) {
    std::set<std::string> urls;
    for (const auto& z : zaken) {
        if (!cache_.zaaktypen.find(z.zaaktype)) urls.insert(z.zaaktype);
        if (!z.status.empty() && !personal.statuses.count(z.status)) urls.insert(z.status);
        if (z.einddatum && !z.resultaat.empty() && !personal.results.count(z.resultaat))
            urls.insert(z.resultaat);
    }
    std::vector<std::string> out;
    for (const auto& url : urls)
        if (client_.inside_roots(url)) out.push_back(url); // others stay unresolved: the zaak is hidden
    return out;
}

std::vector<std::string> CaseLoader::missing_types(const Personal& personal) {
    std::set<std::string> urls;
    for (const auto& [url, s] : personal.statuses)
        if (!cache_.statustypen.find(s.statustype)) urls.insert(s.statustype);
    for (const auto& [url, r] : personal.results)
        if (!cache_.resultaattypen.find(r.resultaattype)) urls.insert(r.resultaattype);
    std::vector<std::string> out;
    for (const auto& url : urls)
        if (client_.inside_roots(url)) out.push_back(url);
    return out;
}

// Files an answer by the kind of resource its URL names.
void CaseLoader::take_object(const std::string& url, const json& answer, Personal& personal) {
    const auto& r = client_.settings().roots;
    auto in = [&](const std::string& root, const char* collection) {
        auto below = path_below(url, root);
        return below && below->starts_with(collection);
    };
    if (in(r.catalogi, "/zaaktypen/")) {
        take(parsed(answer, parse_zaaktype, "zaaktype"));
    } else if (in(r.catalogi, "/statustypen/")) {
        take(parsed(answer, parse_statustype, "statustype"));
    } else if (in(r.catalogi, "/resultaattypen/")) {
        take(parsed(answer, parse_resultaattype, "resultaattype"));
    } else if (in(r.zaken, "/statussen/")) {
        auto s = parsed(answer, parse_status, "status");
        personal.statuses[url] = s;
    } else if (in(r.zaken, "/resultaten/")) {
        auto result = parsed(answer, parse_resultaat, "resultaat");
        personal.results[url] = result;
    }
}

std::vector<json> CaseLoader::fetch_objects(const std::vector<std::string>& urls,
                                            const std::vector<std::string>& extra, Personal& personal,
                                            const Cancelled& cancelled) {
    auto all = urls;
    all.insert(all.end(), extra.begin(), extra.end());
    if (all.empty()) return {};
    auto answers = client_.get(all, cancelled, {404}); // a missing object leaves its zaak unresolved
    for (std::size_t i = 0; i < urls.size(); ++i)
        if (!answers[i].is_null()) take_object(urls[i], answers[i], personal);
    std::vector<json> rest(std::make_move_iterator(answers.begin() + static_cast<long>(urls.size())),
                           std::make_move_iterator(answers.end()));
    for (std::size_t i = 0; i < urls.size(); ++i)
        scrub(answers[i]);
    return rest;
}

std::optional<core::CaseSummary> CaseLoader::summary(const Zaak& z, const Personal& personal) {
    auto type = cache_.zaaktypen.find(z.zaaktype);
    if (!type || !zaak_visible(z, *type, client_.settings().rules)) return std::nullopt;
    std::optional<Statustype> current;
    if (auto s = personal.statuses.find(z.status); s != personal.statuses.end())
        current = cache_.statustypen.find(s->second.statustype);
    std::optional<Resultaattype> result;
    if (auto r = personal.results.find(z.resultaat); r != personal.results.end())
        result = cache_.resultaattypen.find(r->second.resultaattype);
    auto c = summarize(z, *type, current ? &*current : nullptr, result ? &*result : nullptr);
    c.id = uuid_of(z.url);
    return c;
}

std::string CaseLoader::residents_roles_query(const std::string& bsn) const {
    return query(client_.settings().roots.zaken + "/rollen",
                 {{"betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn}});
}

std::string CaseLoader::roles_query(const std::string& zaak_url, const std::string& bsn) const {
    return query(client_.settings().roots.zaken + "/rollen",
                 {{"zaak", zaak_url}, {"betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn}});
}

CaseList CaseLoader::cases(const std::string& bsn, const Cancelled& cancelled) {
    if (!is_bsn_text(bsn)) throw ZgwFailure(FetchError::invalid_answer, "the session has no BSN");
    const auto& settings = client_.settings();
    // Newest first: when the page cap stops the reading, the cases left out are the oldest.
    auto url = query(
        settings.roots.zaken + "/zaken",
        {{"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn},
         {"maximaleVertrouwelijkheidaanduiding", std::string(confidentiality_name(settings.rules.max_zaak))},
         {"ordering", "-startdatum"}});
    auto first = get_expanded(url, cancelled);
    core::wipe(url);
    CaseList list;
    auto items = std::move(client_.all_results({std::move(first)}, cancelled, &list.newest_only)[0]);

    Personal personal;
    std::vector<Zaak> zaken;
    for (auto& item : items) {
        zaken.push_back(parsed(item, parse_zaak, "zaak"));
        take_embedded(item, personal);
        scrub(item);
    }
    // The BSN filter finds every case the resident plays any part in: which ones are theirs to read
    // is decided by their own role on each. One list of the resident's roles, read in the same round
    // as what the catalogue lacks, answers for every listed case at once.
    bool roles_capped = false;
    // A role list the server does not have (404) holds no roles.
    auto or_no_roles = [](std::vector<SecureJson> pages) {
        for (auto& p : pages)
            if (p.is_null())
                p = SecureJson{
                    {"count", 0}, {"next", nullptr}, {"previous", nullptr}, {"results", SecureJson::array()}};
        return pages;
    };
    auto role_list =
        fetch_objects(missing_objects(zaken, personal), {residents_roles_query(bsn)}, personal, cancelled);
    auto roles =
        parse_roles(client_.all_results(or_no_roles(std::move(role_list)), cancelled, &roles_capped)[0]);
    // More roles than the page cap reads: the cases the list did not reach are asked about one by one,
    // in the round that fetches the types.
    std::vector<std::string> unanswered;
    if (roles_capped)
        for (const auto& z : zaken)
            if (!has_role(roles, z.url, bsn, settings.rules)) unanswered.push_back(roles_query(z.url, bsn));
    auto more = fetch_objects(missing_types(personal), unanswered, personal, cancelled);
    for (auto& one_case_roles : client_.all_results(or_no_roles(std::move(more)), cancelled)) {
        auto found = parse_roles(std::move(one_case_roles));
        roles.insert(roles.end(), std::make_move_iterator(found.begin()),
                     std::make_move_iterator(found.end()));
    }

    for (const auto& z : zaken)
        if (has_role(roles, z.url, bsn, settings.rules))
            if (auto c = summary(z, personal)) list.cases.push_back(std::move(*c));
    scrub(roles);
    return list;
}

std::vector<Rol> CaseLoader::parse_roles(std::vector<SecureJson> list) {
    std::vector<Rol> roles;
    for (auto& r : list) {
        roles.push_back(parsed(r, parse_rol, "rol"));
        scrub(r);
    }
    return roles;
}

void CaseLoader::require_role(std::vector<SecureJson> list, const std::string& zaak_url,
                              const std::string& bsn) {
    auto roles = parse_roles(std::move(list));
    bool theirs = has_role(roles, zaak_url, bsn, client_.settings().rules);
    scrub(roles);
    if (!theirs)
        throw ZgwFailure(FetchError::not_found,
                         "the resident has no role on the asked zaak that lets them see it");
}

core::CaseDetail CaseLoader::one_case(const std::string& case_id, const std::string& bsn,
                                      const Cancelled& cancelled) {
    if (!is_uuid(case_id)) throw ZgwFailure(FetchError::not_found, "not a zaak id");
    if (!is_bsn_text(bsn)) throw ZgwFailure(FetchError::invalid_answer, "the session has no BSN");
    const auto& roots = client_.settings().roots;
    auto zaak_url = roots.zaken + "/zaken/" + case_id;

    // Round 1: the zaak, who is involved, its statuses and its documents.
    bool expand = expanding();
    auto first = client_.get({expand ? with_expand(zaak_url) : zaak_url, roles_query(zaak_url, bsn),
                              query(roots.zaken + "/statussen", {{"zaak", zaak_url}}),
                              query(roots.zaken + "/zaakinformatieobjecten", {{"zaak", zaak_url}})},
                             cancelled, expand ? std::vector<long>{400} : std::vector<long>{});
    if (first[0].is_null()) {
        expand_refused();
        first[0] = std::move(client_.get({zaak_url}, cancelled)[0]);
    }
    for (std::size_t i = 1; i < first.size(); ++i)
        if (first[i].is_null()) throw ZgwFailure(FetchError::invalid_answer, "a list was refused");
    auto lists = client_.all_results({std::move(first[1]), std::move(first[2])}, cancelled);
    require_role(std::move(lists[0]), zaak_url, bsn); // before anything of the zaak is used

    auto zaak = parsed(first[0], parse_zaak, "zaak");
    if (zaak.url != zaak_url)
        throw ZgwFailure(FetchError::invalid_answer, "the zaak answered for another URL");
    Personal personal;
    take_embedded(first[0], personal);
    scrub(first[0]);
    std::vector<Status> statussen;
    for (auto& s : lists[1]) {
        statussen.push_back(parsed(s, parse_status, "status"));
        personal.statuses[statussen.back().url] = statussen.back();
        scrub(s);
    }
    auto links = parse_links(first[3]);

    // Round 2: what the catalogue lacks, the status types of this case type, the document descriptions.
    std::vector<std::string> extra;
    bool want_types =
        !cache_.statustypen_of_zaaktype.find(zaak.zaaktype) && client_.inside_roots(zaak.zaaktype);
    if (want_types) extra.push_back(query(roots.catalogi + "/statustypen", {{"zaaktype", zaak.zaaktype}}));
    std::vector<const ZaakInformatieObject*> fetched_links;
    for (const auto& link : links)
        if (url_under(link.informatieobject, roots.documenten)) {
            extra.push_back(link.informatieobject);
            fetched_links.push_back(&link);
        }
    auto answers = fetch_objects(missing_objects({zaak}, personal), extra, personal, cancelled);
    std::size_t next = 0;
    if (want_types) {
        auto pages = client_.all_results({std::move(answers[next++])}, cancelled);
        std::vector<Statustype> types;
        for (const auto& t : pages[0])
            types.push_back(parsed(t, parse_statustype, "statustype"));
        for (const auto& t : types)
            take(t);
        cache_.statustypen_of_zaaktype.put(zaak.zaaktype, types);
    }
    std::vector<core::DocumentRef> documents;
    const auto& rules = client_.settings().rules;
    for (const auto* link : fetched_links) {
        auto& answer = answers[next++];
        if (answer.is_null()) continue; // gone since it was linked
        auto document = parsed(answer, parse_informatieobject, "informatieobject");
        scrub(answer);
        if (!document_visible(document, rules)) continue;
        auto date = link->registratiedatum ? *link->registratiedatum
                                           : document.creatiedatum.value_or(zaak.startdatum);
        documents.push_back(
            {uuid_of(document.url), document.titel.empty() ? link->titel : document.titel, date});
    }
    // Round 3, only when neither the server embedded them nor the catalogue has them: the result type.
    fetch_objects(missing_types(personal), {}, personal, cancelled);

    auto summarized = summary(zaak, personal);
    if (!summarized) throw ZgwFailure(FetchError::not_found, "the zaak is not shown to residents");
    core::CaseDetail detail;
    detail.summary = std::move(*summarized);
    detail.steps =
        timeline(zaak, statussen,
                 cache_.statustypen_of_zaaktype.find(zaak.zaaktype).value_or(std::vector<Statustype>{}));
    std::stable_sort(documents.begin(), documents.end(),
                     [](const auto& a, const auto& b) { return newest_first_key(a) > newest_first_key(b); });
    detail.documents = std::move(documents);
    return detail;
}

std::vector<ZaakInformatieObject> CaseLoader::parse_links(const json& list) {
    try {
        return parse_list(list, parse_zaakinformatieobject);
    } catch (const ZgwError& e) {
        throw ZgwFailure(FetchError::invalid_answer, std::string("zaakinformatieobjecten: ") + e.what());
    }
}

core::Document CaseLoader::document(const std::string& case_id, const std::string& document_id,
                                    const std::string& bsn, const Cancelled& cancelled) {
    if (!is_uuid(case_id) || !is_uuid(document_id)) throw ZgwFailure(FetchError::not_found, "not an id");
    if (!is_bsn_text(bsn)) throw ZgwFailure(FetchError::invalid_answer, "the session has no BSN");
    const auto& roots = client_.settings().roots;
    auto zaak_url = roots.zaken + "/zaken/" + case_id;
    auto document_url = roots.documenten + "/enkelvoudiginformatieobjecten/" + document_id;

    // Round 1: is it still the resident's case, is the document still linked to it, may they see it?
    auto first = client_.get({roles_query(zaak_url, bsn),
                              query(roots.zaken + "/zaakinformatieobjecten",
                                    {{"zaak", zaak_url}, {"informatieobject", document_url}}),
                              document_url},
                             cancelled);
    auto roles = client_.all_results({std::move(first[0])}, cancelled);
    require_role(std::move(roles[0]), zaak_url, bsn);
    auto links = parse_links(first[1]);
    if (std::none_of(links.begin(), links.end(),
                     [&](const ZaakInformatieObject& l) { return l.informatieobject == document_url; }))
        throw ZgwFailure(FetchError::not_found, "the document is not linked to the zaak");
    auto info = parsed(first[2], parse_informatieobject, "informatieobject");
    scrub(first[2]);
    if (info.url != document_url || !document_visible(info, client_.settings().rules))
        throw ZgwFailure(FetchError::not_found, "the document is not shown to residents");
    if (info.bestandsomvang > static_cast<long long>(client_.settings().max_document_bytes))
        throw ZgwFailure(FetchError::invalid_answer, "the document is larger than the kiosk fetches");

    // Round 2: the content, into memory.
    auto bytes = client_.download(info.inhoud, cancelled);
    if (bytes.empty()) throw ZgwFailure(FetchError::no_content, "the download was empty");
    core::Document d;
    d.ref = {document_id, info.titel,
             info.creatiedatum.value_or(links.front().registratiedatum.value_or(core::Date{}))};
    d.mime_type = !info.formaat.empty()                 ? info.formaat
                  : info.bestandsnaam.ends_with(".pdf") ? "application/pdf"
                                                        : "application/octet-stream";
    if (d.mime_type == "application/pdf") {
        // Counted by the sandboxed helper; a document it cannot count has 0 pages, and the core refuses
        // to show it (and says so in plain words).
        auto count = sandbox_.count_pages(bytes, cancelled);
        if (count.failure == SandboxFailure::cancelled) throw ZgwFailure(FetchError::timed_out, "cancelled");
        d.page_count = count.pages.value_or(0);
        if (!count.pages)
            log::warning(std::string("ZGW: a document cannot be read (") + failure_name(count.failure) + ")");
    }
    d.content = std::move(bytes);
    return d;
}

} // namespace kiosk::services::zgw
