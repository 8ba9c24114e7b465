#include "kiosk/services/http/http_multi.hpp"

#include "kiosk/services/http/http_transfer.hpp"

#include <memory>

namespace kiosk::services {
namespace {

struct Slot {
    CURL* curl = nullptr;
    http_detail::Transfer transfer;
    bool done = false;
};

CURLM* handle(void* multi) {
    return static_cast<CURLM*>(multi);
}

CURLM* new_multi() {
    CURLM* multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    // HTTP/1.1 servers get a few parallel connections each, as browsers do.
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, 8L);
    return multi;
}

} // namespace

HttpMulti::HttpMulti(HttpOptions options) : options_(std::move(options)) {
    http_detail::init_curl_once();
    multi_ = new_multi();
}

HttpMulti::~HttpMulti() {
    curl_multi_cleanup(handle(multi_));
}

void HttpMulti::forget_connections() {
    curl_multi_cleanup(handle(multi_));
    multi_ = new_multi();
}

std::vector<HttpResponse> HttpMulti::send_all(const std::vector<HttpRequest>& requests,
                                              const std::function<bool()>& cancelled) {
    std::vector<HttpResponse> responses(requests.size());
    std::vector<std::unique_ptr<Slot>> slots(requests.size());
    CURLM* multi = handle(multi_);
    std::size_t running_count = 0;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        auto url = parse_url(requests[i].url);
        if (!url) {
            responses[i] = refused_url();
            continue;
        }
        auto slot = std::make_unique<Slot>();
        slot->curl = curl_easy_init();
        if (!slot->curl) {
            responses[i].error = "cannot start a transfer";
            continue;
        }
        slot->transfer.cancelled = &cancelled;
        http_detail::prepare(slot->curl, requests[i], url->text, options_, slot->transfer);
        curl_easy_setopt(slot->curl, CURLOPT_PIPEWAIT, 1L); // wait for a multiplexed connection
        curl_easy_setopt(slot->curl, CURLOPT_PRIVATE, reinterpret_cast<char*>(i));
        curl_multi_add_handle(multi, slot->curl);
        slots[i] = std::move(slot);
        ++running_count;
    }
    if (running_count == 0) return responses;
    requests_ += running_count;
    ++rounds_;

    int still_running = 0;
    do {
        if (curl_multi_perform(multi, &still_running) != CURLM_OK) break;
        int queued = 0;
        while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
            if (message->msg != CURLMSG_DONE) continue;
            char* index = nullptr;
            curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &index);
            auto i = reinterpret_cast<std::size_t>(index);
            auto& slot = *slots[i];
            responses[i] = http_detail::finish(slot.curl, message->data.result, slot.transfer, requests[i]);
            slot.done = true;
        }
        if (still_running == 0) break;
        // Each transfer has its own timeout; the poll only bounds how often cancellation is asked.
        curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    } while (!(cancelled && cancelled()));

    for (std::size_t i = 0; i < slots.size(); ++i) {
        if (!slots[i]) continue;
        if (!slots[i]->done) responses[i].error = "cancelled";
        curl_multi_remove_handle(multi, slots[i]->curl);
        curl_easy_cleanup(slots[i]->curl);
    }
    return responses;
}

} // namespace kiosk::services
