#pragma once
// HTTP over libcurl for the service clients. Every request has a timeout and a size cap; TLS is always
// verified; every URL passes the URL policy (url_policy.hpp): plain http only to loopback (the tests'
// peers), no user info, no tricks in the path.
#include "kiosk/core/secure_memory.hpp"
#include "kiosk/services/http/url_policy.hpp"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace kiosk::services {

// Requests and answers carry tokens, BSNs and answers about residents: their texts are SecureStrings,
// zeroed when freed.
struct HttpRequest {
    std::string method = "GET";
    std::string url;
    std::vector<core::SecureString> headers; // "Name: value"
    core::SecureString body;                 // sent as is (form-encode it with form())
    long timeout_ms = 10'000;
    std::size_t max_response_bytes = 1 << 20;
};

struct HttpResponse {
    long status = 0;
    core::SecureString body;
    std::string content_type;
    std::string error; // empty when an HTTP answer arrived (whatever its status)
    bool timed_out = false;
    bool arrived() const { return error.empty(); }
};

struct HttpOptions {
    std::string ca_file; // extra CA bundle for a municipality's private CA; empty: the system's
};

class HttpClient {
public:
    explicit HttpClient(HttpOptions options = {});
    // Blocking; call it from a worker thread. `cancelled` is asked now and then: true aborts the request.
    HttpResponse send(const HttpRequest& request, const std::function<bool()>& cancelled = {}) const;

private:
    HttpOptions options_;
};

// application/x-www-form-urlencoded
core::SecureString form(std::initializer_list<std::pair<std::string_view, std::string_view>> fields);
// "Authorization: Bearer <token>", built in a buffer that is zeroed when freed.
core::SecureString bearer_header(std::string_view token);
inline core::SecureString secure(std::string_view text) {
    return core::SecureString(text.data(), text.size());
}
// What a request to any other address gets, without being sent.
HttpResponse refused_url();

} // namespace kiosk::services
