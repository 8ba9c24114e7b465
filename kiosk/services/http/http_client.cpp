#include "kiosk/services/http/http_client.hpp"

#include "kiosk/services/http/http_transfer.hpp"

#include <cstring>
#include <memory>

namespace kiosk::services {

core::SecureString form(std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
    http_detail::init_curl_once();
    core::SecureString out;
    for (const auto& [name, value] : fields) {
        char* escaped = curl_easy_escape(nullptr, value.data(), static_cast<int>(value.size()));
        if (!out.empty()) out += '&';
        out.append(name.data(), name.size());
        out += '=';
        if (escaped) {
            out += escaped;
            core::zero_memory(escaped, std::strlen(escaped)); // libcurl's copy of a token
        }
        curl_free(escaped);
    }
    return out;
}

core::SecureString bearer_header(std::string_view token) {
    core::SecureString header = "Authorization: Bearer ";
    header.append(token.data(), token.size());
    return header;
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
