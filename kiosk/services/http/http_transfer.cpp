#include "kiosk/services/http/http_transfer.hpp"

#include <algorithm>
#include <mutex>

namespace kiosk::services::http_detail {
namespace {

std::size_t on_data(char* data, std::size_t size, std::size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    std::size_t n = size * count;
    if (t->body.size() + n > t->limit) {
        t->too_large = true;
        return 0; // aborts the transfer
    }
    t->body.append(data, n);
    return n;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    auto* t = static_cast<Transfer*>(user);
    return (t->cancelled && *t->cancelled && (*t->cancelled)()) ? 1 : 0;
}

} // namespace

void init_curl_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

void prepare(CURL* c, const HttpRequest& request, const std::string& url, const HttpOptions& options,
             Transfer& transfer) {
    transfer.limit = request.max_response_bytes;
    for (const auto& h : request.headers)
        transfer.headers = curl_slist_append(transfer.headers, h.c_str());
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_PROXY, ""); // never through a proxy, whatever the environment says
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L); // a redirect could leave the allowed hosts
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, request.timeout_ms);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, std::min(request.timeout_ms, 5'000L));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for DNS timeouts
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, transfer.headers);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "zuil-kiosk/0.1");
    if (!options.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, options.ca_file.c_str());
    if (request.method == "POST") {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.c_str());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body.size()));
    } else if (request.method != "GET") {
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }
}

HttpResponse finish(CURL* c, CURLcode result, Transfer& transfer, const HttpRequest& request) {
    HttpResponse response;
    if (transfer.too_large) {
        response.error = "answer larger than " + std::to_string(request.max_response_bytes) + " bytes";
    } else if (result != CURLE_OK) {
        response.error = curl_easy_strerror(result);
        response.timed_out = result == CURLE_OPERATION_TIMEDOUT;
    } else {
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
        char* type = nullptr;
        curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type);
        if (type) response.content_type = type;
        response.body = std::move(transfer.body);
    }
    return response;
}

} // namespace kiosk::services::http_detail
