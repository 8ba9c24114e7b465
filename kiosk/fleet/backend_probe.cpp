#include "kiosk/fleet/backend_probe.hpp"

#include "kiosk/services/http/http_client.hpp"

namespace kiosk::fleet {

std::map<std::string, std::string> probe_backends(const std::vector<ProbeTarget>& targets,
                                                  std::chrono::milliseconds timeout) {
    std::map<std::string, std::string> found;
    for (const auto& target : targets) {
        services::HttpRequest request;
        request.url = target.url;
        request.timeout_ms = timeout.count();
        request.max_response_bytes = 64 * 1024;
        auto response = services::HttpClient({target.ca_file}).send(request);
        found[target.name] = response.arrived()   ? "reachable"
                             : response.timed_out ? "timed_out"
                                                  : "unreachable";
    }
    return found;
}

} // namespace kiosk::fleet
