#include "kiosk/services/http/url_policy.hpp"

#include "kiosk/services/http/http_transfer.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <memory>

namespace kiosk::services {
namespace {

struct UrlFree {
    void operator()(CURLU* u) const { curl_url_cleanup(u); }
};

// One part of a parsed URL; nothing when the part is absent (or cannot be decoded).
std::optional<std::string> part(CURLU* u, CURLUPart which, unsigned flags = 0) {
    char* value = nullptr;
    if (curl_url_get(u, which, &value, flags) != CURLUE_OK || !value) return std::nullopt;
    std::string out(value);
    curl_free(value);
    return out;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

bool is_loopback_host(const std::string& host) {
    return host == "127.0.0.1" || host == "[::1]" || host == "localhost";
}

// The decoded path must have the same segments as the raw one: no %2e%2e, no %2f, no backslash.
bool plain_segments(const std::string& raw, const std::string& decoded) {
    if (decoded.find('\\') != std::string::npos || decoded.find('\0') != std::string::npos) return false;
    if (std::count(raw.begin(), raw.end(), '/') != std::count(decoded.begin(), decoded.end(), '/'))
        return false;
    std::size_t start = 0;
    while (start <= decoded.size()) {
        auto end = decoded.find('/', start);
        if (end == std::string::npos) end = decoded.size();
        auto segment = std::string_view(decoded).substr(start, end - start);
        if (segment == "." || segment == "..") return false;
        start = end + 1;
    }
    return true;
}

} // namespace

std::optional<Url> parse_url(std::string_view text) {
    http_detail::init_curl_once();
    if (text.empty() || text.size() > 8192) return std::nullopt;
    for (char c : text) // curl would take some of these and send them on
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return std::nullopt;
    std::unique_ptr<CURLU, UrlFree> u(curl_url());
    if (!u) return std::nullopt;
    std::string input(text);
    // No CURLU_GUESS_SCHEME and no CURLU_NON_SUPPORT_SCHEME: only absolute URLs of schemes curl knows.
    if (curl_url_set(u.get(), CURLUPART_URL, input.c_str(), 0) != CURLUE_OK) return std::nullopt;

    Url url;
    url.scheme = lower(part(u.get(), CURLUPART_SCHEME).value_or(""));
    url.host = lower(part(u.get(), CURLUPART_HOST).value_or(""));
    if (url.host.empty()) return std::nullopt;
    if (part(u.get(), CURLUPART_USER) || part(u.get(), CURLUPART_PASSWORD) ||
        part(u.get(), CURLUPART_OPTIONS) || part(u.get(), CURLUPART_FRAGMENT))
        return std::nullopt;
    url.loopback = is_loopback_host(url.host);
    if (url.scheme != "https" && !(url.scheme == "http" && url.loopback)) return std::nullopt;

    auto port = part(u.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT);
    if (!port) return std::nullopt;
    auto [end, error] = std::from_chars(port->data(), port->data() + port->size(), url.port);
    if (error != std::errc() || end != port->data() + port->size() || url.port <= 0 || url.port > 65535)
        return std::nullopt;

    auto path = part(u.get(), CURLUPART_PATH);
    auto decoded = part(u.get(), CURLUPART_PATH, CURLU_URLDECODE);
    if (!path || !decoded || !plain_segments(*path, *decoded)) return std::nullopt;
    url.path = path->empty() ? "/" : *path;
    url.query = part(u.get(), CURLUPART_QUERY).value_or("");
    auto whole = part(u.get(), CURLUPART_URL);
    if (!whole) return std::nullopt;
    url.text = *whole;
    return url;
}

bool allowed_url(std::string_view text) {
    return parse_url(text).has_value();
}

bool url_under(const Url& url, const Url& root) {
    if (url.scheme != root.scheme || url.host != root.host || url.port != root.port) return false;
    std::string_view base = root.path;
    while (base.size() > 1 && base.back() == '/')
        base.remove_suffix(1);
    if (base == "/") return true;
    return url.path.starts_with(base) && (url.path.size() == base.size() || url.path[base.size()] == '/');
}

bool url_under(std::string_view url, std::string_view root) {
    auto u = parse_url(url), r = parse_url(root);
    return u && r && url_under(*u, *r);
}

std::optional<std::string> path_below(std::string_view url, std::string_view root) {
    auto u = parse_url(url), r = parse_url(root);
    if (!u || !r || !url_under(*u, *r)) return std::nullopt;
    std::string_view base = r->path;
    while (!base.empty() && base.back() == '/')
        base.remove_suffix(1);
    return u->path.substr(base.size());
}

} // namespace kiosk::services
