#include "kiosk/services/http/http_client.hpp"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace kiosk::services {
namespace {

struct Transfer {
    std::string body;
    std::size_t limit;
    bool too_large = false;
    const std::function<bool()>* cancelled;
};

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
    return (*t->cancelled && (*t->cancelled)()) ? 1 : 0;
}

void init_curl_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

bool allowed_url(const std::string& url) {
    if (url.starts_with("https://")) return true;
    for (const char* host : {"http://127.0.0.1:", "http://127.0.0.1/",
                             "http://localhost:", "http://localhost/", "http://[::1]:", "http://[::1]/"})
        if (url.starts_with(host)) return true;
    return false;
}

std::string form(std::initializer_list<std::pair<std::string, std::string>> fields) {
    init_curl_once();
    std::string out;
    for (const auto& [name, value] : fields) {
        char* escaped = curl_easy_escape(nullptr, value.c_str(), static_cast<int>(value.size()));
        if (!out.empty()) out += '&';
        out += name + "=" + (escaped ? escaped : "");
        curl_free(escaped);
    }
    return out;
}

HttpClient::HttpClient(HttpOptions options) : options_(std::move(options)) {
    init_curl_once();
}

HttpResponse HttpClient::send(const HttpRequest& request, const std::function<bool()>& cancelled) const {
    HttpResponse response;
    if (!allowed_url(request.url)) {
        response.error = "refused: only https (or http to loopback) is allowed";
        return response;
    }
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        response.error = "cannot start a transfer";
        return response;
    }
    Transfer transfer{{}, request.max_response_bytes, false, &cancelled};
    curl_slist* headers = nullptr;
    for (const auto& h : request.headers)
        headers = curl_slist_append(headers, h.c_str());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_list(headers, curl_slist_free_all);

    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L); // a redirect could leave the allowed hosts
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, request.timeout_ms);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, std::min(request.timeout_ms, 5'000L));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for DNS timeouts
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, header_list.get());
    curl_easy_setopt(c, CURLOPT_USERAGENT, "zuil-kiosk/0.1");
    if (!options_.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, options_.ca_file.c_str());
    if (request.method == "POST") {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.c_str());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body.size()));
    } else if (request.method != "GET") {
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }

    CURLcode result = curl_easy_perform(c);
    if (transfer.too_large) {
        response.error = "answer larger than " + std::to_string(request.max_response_bytes) + " bytes";
    } else if (result != CURLE_OK) {
        response.error = curl_easy_strerror(result);
    } else {
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
        char* type = nullptr;
        curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type);
        if (type) response.content_type = type;
        response.body = std::move(transfer.body);
    }
    return response;
}

} // namespace kiosk::services
