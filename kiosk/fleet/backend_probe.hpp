#pragma once
// Whether each of the kiosk's backends answers, for the fleet's health reports: the OpenID broker's
// discovery document, each ZGW root and the ID-bellen service. Any HTTP answer counts as reachable
// (a root may want a token); no answer within the timeout, or a TLS failure, does not. Nothing of a
// resident is sent: plain GETs without credentials.
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace kiosk::fleet {

struct ProbeTarget {
    std::string name; // "oidc", "zaken", "catalogi", "documenten", "idbellen"
    std::string url;
    std::string ca_file;
};

// name -> "reachable", "unreachable" or "timed_out"; blocking, so call it off the main loop.
std::map<std::string, std::string> probe_backends(const std::vector<ProbeTarget>& targets,
                                                  std::chrono::milliseconds timeout);

} // namespace kiosk::fleet
