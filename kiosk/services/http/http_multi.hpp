#pragma once
// Many requests at once over one libcurl multi handle: connections are kept between rounds and
// multiplexed over HTTP/2 where the server offers it, so a screen that needs twenty resources waits for
// one round trip instead of twenty. Same rules as HttpClient: the URL policy, timeouts, size caps.
#include "kiosk/services/http/http_client.hpp"

#include <atomic>
#include <functional>
#include <vector>

namespace kiosk::services {

class HttpMulti {
public:
    explicit HttpMulti(HttpOptions options = {});
    ~HttpMulti();
    HttpMulti(const HttpMulti&) = delete;
    HttpMulti& operator=(const HttpMulti&) = delete;

    // Sends every request at once and waits for all of them; answers in the order asked. Blocking and
    // not reentrant: one worker thread owns it. `cancelled` is asked now and then: true aborts them all.
    std::vector<HttpResponse> send_all(const std::vector<HttpRequest>& requests,
                                       const std::function<bool()>& cancelled = {});

    // Closes every kept connection: HTTP/2's header tables hold what earlier requests said (a query
    // with a BSN), and a session's end must take that along. Same thread as send_all.
    void forget_connections();

    // For benchmarks: requests sent and rounds (calls of send_all that sent something) so far.
    struct Counts {
        std::size_t requests = 0;
        std::size_t rounds = 0;
    };
    Counts counts() const { return {requests_.load(), rounds_.load()}; }

private:
    HttpOptions options_;
    void* multi_; // CURLM, kept opaque so callers need no curl header
    std::atomic<std::size_t> requests_{0}, rounds_{0};
};

} // namespace kiosk::services
