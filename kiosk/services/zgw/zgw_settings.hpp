#pragma once
// What the kiosk must know to read a municipality's ZGW APIs (the `zgw` section of the configuration).
#include "kiosk/services/zgw/visibility.hpp"
#include "kiosk/services/zgw/zgw_token.hpp"

#include <chrono>
#include <cstddef>
#include <string>

namespace kiosk::services::zgw {

// API roots without a trailing slash, e.g. https://openzaak.gemeente.nl/zaken/api/v1. Only URLs that
// start with one of them are followed, so the token never goes to another host.
struct ApiRoots {
    std::string zaken, catalogi, documenten;
};

struct ZgwSettings {
    ApiRoots roots;
    ZgwClientCredentials credentials;
    VisibilityRules rules;
    std::string ca_file; // extra CA bundle; empty: the system's
    std::chrono::milliseconds request_timeout{10'000};
    int max_pages = 5;                                 // per list; Open Inwoner stops at 4
    std::size_t max_document_bytes = 20 * 1024 * 1024; // larger files are not fetched
    std::chrono::seconds catalogue_ttl{3600};          // case types change rarely
    bool try_expand = true;                            // ask for embedded objects; falls back if refused
};

} // namespace kiosk::services::zgw
