#include "kiosk/services/zgw/zgw_client.hpp"

#include "kiosk/core/secret.hpp"
#include "kiosk/services/zgw/zgw_model.hpp"
#include "kiosk/util/bounded_json.hpp"

#include <algorithm>

namespace kiosk::services::zgw {
namespace {

using json = SecureJson;

// For the log: the resource path without its query (which may hold a BSN).
std::string path_only(const std::string& url) {
    return url.substr(0, url.find('?'));
}

json identity(const json& j) {
    return j;
}

} // namespace

ZgwClient::ZgwClient(ZgwSettings settings, std::function<long long()> now_epoch_s)
    : settings_(std::move(settings)), now_(std::move(now_epoch_s)), http_(HttpOptions{settings_.ca_file}) {}

bool ZgwClient::inside_roots(const std::string& url) const {
    const auto& r = settings_.roots;
    return url_under(url, r.zaken) || url_under(url, r.catalogi) || url_under(url, r.documenten);
}

HttpRequest ZgwClient::request(const std::string& url, const char* accept) const {
    HttpRequest r;
    r.url = url;
    r.timeout_ms = static_cast<long>(settings_.request_timeout.count());
    r.headers = {bearer_header(mint_token(settings_.credentials, now_())),
                 secure(std::string("Accept: ") + accept)};
    // Zaken requires the CRS headers on /zaken (412/406 without); the spec marks both as required.
    if (url_under(url, settings_.roots.zaken + "/zaken")) {
        r.headers.emplace_back("Accept-Crs: EPSG:4326");
        r.headers.emplace_back("Content-Crs: EPSG:4326");
    }
    return r;
}

long ZgwClient::check(const HttpResponse& response, const std::string& url,
                      const std::vector<long>& tolerated) const {
    auto where = " (GET " + path_only(url) + ")";
    if (!response.arrived())
        throw ZgwFailure(response.timed_out ? core::FetchError::timed_out : core::FetchError::unreachable,
                         "no answer: " + response.error + where);
    long status = response.status;
    if (std::find(tolerated.begin(), tolerated.end(), status) != tolerated.end()) return status;
    if (status >= 200 && status < 300) return status;
    auto what = "answered " + std::to_string(status) + where;
    if (status == 404) throw ZgwFailure(core::FetchError::not_found, what);
    if (status >= 500 || status == 401 || status == 403 || status == 429)
        throw ZgwFailure(core::FetchError::unreachable, what); // down, overloaded or not let in
    throw ZgwFailure(core::FetchError::invalid_answer, what);
}

std::vector<json> ZgwClient::get(const std::vector<std::string>& urls, const Cancelled& cancelled,
                                 std::vector<long> tolerated) {
    std::vector<HttpRequest> requests;
    for (const auto& url : urls) {
        if (!inside_roots(url))
            throw ZgwFailure(core::FetchError::invalid_answer,
                             "refused to follow a URL outside the configured API roots: " + path_only(url));
        requests.push_back(request(url, "application/json"));
    }
    auto responses = http_.send_all(requests, cancelled);
    std::vector<json> out(urls.size());
    for (std::size_t i = 0; i < responses.size(); ++i) {
        auto& response = responses[i];
        long status = check(response, urls[i], tolerated);
        bool wanted = status >= 200 && status < 300 && status != 204;
        if (wanted) {
            out[i] = util::parse_json(response.body);
            if (out[i].is_discarded())
                throw ZgwFailure(core::FetchError::invalid_answer,
                                 "not JSON (GET " + path_only(urls[i]) + ")");
        }
        core::wipe(response.body); // bodies hold personal data
    }
    if (cancelled && cancelled()) throw ZgwFailure(core::FetchError::timed_out, "cancelled");
    return out;
}

std::vector<std::vector<json>> ZgwClient::all_results(std::vector<json> first_pages,
                                                      const Cancelled& cancelled, bool* capped) {
    std::vector<std::vector<json>> results(first_pages.size());
    std::vector<std::string> next(first_pages.size());
    auto take = [&](std::size_t i, const json& page) {
        try {
            auto parsed = parse_page<json>(page, identity);
            for (auto& item : parsed.results)
                results[i].push_back(std::move(item));
            next[i] = parsed.next;
        } catch (const ZgwError& e) {
            throw ZgwFailure(core::FetchError::invalid_answer, std::string("malformed page: ") + e.what());
        }
    };
    for (std::size_t i = 0; i < first_pages.size(); ++i)
        take(i, first_pages[i]);
    for (int page = 2; page <= settings_.max_pages; ++page) {
        std::vector<std::size_t> which;
        std::vector<std::string> urls;
        for (std::size_t i = 0; i < next.size(); ++i)
            if (!next[i].empty()) {
                which.push_back(i);
                urls.push_back(next[i]);
            }
        if (urls.empty()) break;
        auto pages = get(urls, cancelled);
        for (std::size_t k = 0; k < which.size(); ++k)
            take(which[k], pages[k]);
    }
    if (capped) *capped = std::any_of(next.begin(), next.end(), [](const auto& n) { return !n.empty(); });
    return results;
}

core::Bytes ZgwClient::download(const std::string& url, const Cancelled& cancelled) {
    if (!url_under(url, settings_.roots.documenten))
        throw ZgwFailure(core::FetchError::invalid_answer,
                         "download outside the Documenten API: " + path_only(url));
    auto r = request(url, "application/octet-stream");
    r.max_response_bytes = settings_.max_document_bytes;
    auto responses = http_.send_all({r}, cancelled);
    auto& response = responses.front();
    if (!response.arrived() && response.error.starts_with("answer larger"))
        throw ZgwFailure(core::FetchError::invalid_answer, "document too large (GET " + path_only(url) + ")");
    check(response, url, {});
    core::Bytes bytes(response.body.begin(), response.body.end());
    core::wipe(response.body);
    return bytes; // a 204 has no body
}

std::string uuid_of(const std::string& url) {
    auto path = path_only(url);
    while (path.ends_with("/"))
        path.pop_back();
    return path.substr(path.find_last_of('/') + 1);
}

bool is_uuid(const std::string& text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        char c = text[i];
        if (dash ? c != '-' : !std::isxdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

} // namespace kiosk::services::zgw
