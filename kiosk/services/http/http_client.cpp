#include "kiosk/services/http/http_client.hpp"

#include "kiosk/services/http/http_transfer.hpp"

#include <memory>

namespace kiosk::services {

std::string form(std::initializer_list<std::pair<std::string, std::string>> fields) {
    http_detail::init_curl_once();
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
    http_detail::init_curl_once();
}

HttpResponse HttpClient::send(const HttpRequest& request, const std::function<bool()>& cancelled) const {
    auto url = parse_url(request.url);
    if (!url) return refused_url();
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) return HttpResponse{.error = "cannot start a transfer"};
    http_detail::Transfer transfer;
    transfer.cancelled = &cancelled;
    http_detail::prepare(curl.get(), request, url->text, options_, transfer);
    CURLcode result = curl_easy_perform(curl.get());
    return http_detail::finish(curl.get(), result, transfer, request);
}

HttpResponse refused_url() {
    return HttpResponse{.error = "refused by the URL policy: only https (or http to loopback), no user info"};
}

} // namespace kiosk::services
