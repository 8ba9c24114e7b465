#pragma once
// One libcurl transfer set up the way every kiosk request must be: the URL policy, timeouts, a size cap,
// no redirects, TLS verified. Shared by HttpClient (one request) and HttpMulti (many at once).
#include "kiosk/services/http/http_client.hpp"

#include <curl/curl.h>

#include <functional>
#include <string>

namespace kiosk::services::http_detail {

struct Transfer {
    core::SecureString body;
    std::size_t limit = 0;
    bool too_large = false;
    const std::function<bool()>* cancelled = nullptr;
    curl_slist* headers = nullptr;

    Transfer() = default;
    Transfer(const Transfer&) = delete;
    Transfer& operator=(const Transfer&) = delete;
    ~Transfer() { curl_slist_free_all(headers); }
};

void init_curl_once();
// Configures `curl` for `request`, sent to `url` (the request's URL as the URL policy parsed it);
// `transfer` collects the answer and must outlive the transfer.
void prepare(CURL* curl, const HttpRequest& request, const std::string& url, const HttpOptions& options,
             Transfer& transfer);
// The answer of a finished transfer, or the reason it has none.
HttpResponse finish(CURL* curl, CURLcode result, Transfer& transfer, const HttpRequest& request);

} // namespace kiosk::services::http_detail
