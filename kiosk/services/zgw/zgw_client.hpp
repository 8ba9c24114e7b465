#pragma once
// HTTP for the ZGW APIs: JWT-ZGW minted per request, the CRS headers on /zaken, only URLs inside the
// configured API roots, every answer checked. Requests go out in rounds over one multi handle; a
// round's answers come back together. Used from one worker thread.
#include "kiosk/core/model.hpp"
#include "kiosk/services/http/http_multi.hpp"
#include "kiosk/services/zgw/zgw_settings.hpp"

#include "kiosk/util/secure_json.hpp"

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kiosk::services::zgw {

// Why a round failed, in the terms the screens explain; what() is for the log and has no personal data.
struct ZgwFailure : std::runtime_error {
    ZgwFailure(core::FetchError kind_, const std::string& what) : std::runtime_error(what), kind(kind_) {}
    core::FetchError kind;
};

using Cancelled = std::function<bool()>;

class ZgwClient {
public:
    ZgwClient(ZgwSettings settings, std::function<long long()> now_epoch_s);

    // GETs every URL in one round. Throws ZgwFailure on the first failure, except that an answer whose
    // status is in `tolerated` gives a null in its place.
    std::vector<SecureJson> get(const std::vector<std::string>& urls, const Cancelled& cancelled,
                                std::vector<long> tolerated = {});
    // Paged lists whose first pages are at hand: follows `next` of all of them at once, round by round,
    // until every list ends or the page cap is reached. Returns each list's results; `capped`, when
    // given, says whether the cap cut a list short.
    std::vector<std::vector<SecureJson>> all_results(std::vector<SecureJson> first_pages,
                                                     const Cancelled& cancelled, bool* capped = nullptr);
    // A document's content, into memory only. A 204 (Open Zaak's answer for no content) gives empty bytes.
    core::Bytes download(const std::string& url, const Cancelled& cancelled);

    bool inside_roots(const std::string& url) const;
    void forget_connections() { http_.forget_connections(); } // at the end of a session
    const ZgwSettings& settings() const { return settings_; }
    HttpMulti::Counts counts() const { return http_.counts(); }

private:
    HttpRequest request(const std::string& url, const char* accept) const;
    // Throws unless `response` is a 2xx (or tolerated); returns the status.
    long check(const HttpResponse& response, const std::string& url,
               const std::vector<long>& tolerated) const;

    ZgwSettings settings_;
    std::function<long long()> now_;
    HttpMulti http_;
};

// The last path segment of a resource URL: its uuid.
std::string uuid_of(const std::string& url);
bool is_uuid(const std::string& text);

} // namespace kiosk::services::zgw
