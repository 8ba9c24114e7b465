#pragma once
// The fixture ZGW server (tests/peers/zgw) behind one Prism validation proxy per API, as the tests use
// it: the roots to configure, the fixture's test controls, and the ids of its special cases.
#include "kiosk/services/zgw/zgw_settings.hpp"
#include "peer.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace testing_peers {

class ZgwPeer {
public:
    // `args` go to tests/peers/zgw/start.mjs (e.g. --direct, --page-size 10, --no-expand).
    explicit ZgwPeer(const std::vector<std::string>& args = {});

    bool validated() const { return validated_; } // behind Prism, checked against the official specs
    kiosk::services::zgw::ZgwSettings settings() const;
    nlohmann::json stats() const;
    void reset() const;
    void mode(const nlohmann::json& changes) const;

private:
    Peer peer_;
    bool validated_ = false;
    kiosk::services::zgw::ApiRoots roots_;
};

// tests/peers/zgw/fixture-ids.json: the residents and the uuids of the fixture's special cases.
const nlohmann::json& fixture_ids();

} // namespace testing_peers
