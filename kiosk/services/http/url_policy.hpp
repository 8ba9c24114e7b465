#pragma once
// The one URL policy of the kiosk. Every URL that comes from configuration or from a server
// (discovery endpoints, `next` links, resource and document URLs, the login address) is parsed with
// libcurl's URL API, never matched by prefix: a prefix check takes http://127.0.0.1:x@other.example/
// for loopback, and /zaken/api/v1/%2e%2e/ for a path below the API root.
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::services {

struct Url {
    std::string scheme; // "https", or "http" to loopback
    std::string host;   // lower case; an IPv6 address in brackets
    int port = 0;       // given or the scheme's default
    std::string path;   // dot segments removed, at least "/"
    std::string query;  // without '?'; may be empty
    bool loopback = false;
    std::string text; // the URL as libcurl puts it back together: what the kiosk sends
};

// The URL, if the kiosk may use it: absolute https (http only to 127.0.0.1, [::1] or localhost), a
// host, no user name or password, no fragment, and no encoded dot segments, slashes or backslashes
// in the path (servers decode them; the policy would not see them).
std::optional<Url> parse_url(std::string_view text);
bool allowed_url(std::string_view text);

// `url` is `root` or lies below it: same scheme, host and port, and root's path segments are the
// first segments of url's path.
bool url_under(const Url& url, const Url& root);
bool url_under(std::string_view url, std::string_view root);

// The path of `url` below `root` ("/zaken/1234"; "" for root itself), or nothing when it is not there.
std::optional<std::string> path_below(std::string_view url, std::string_view root);

} // namespace kiosk::services
