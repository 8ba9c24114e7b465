#include "zgw_peer.hpp"

#include "kiosk/util/json_reader.hpp"
#include "skip.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace testing_peers {
namespace {

const char* client_id = "zuil-kiosk";
const char* secret = "fixture-secret-for-tests-only-0123";

std::vector<std::string> with_credentials(std::vector<std::string> args) {
    args.insert(args.end(), {"--client-id", client_id, "--secret", secret});
    return args;
}

} // namespace

ZgwPeer::ZgwPeer(const std::vector<std::string>& args) : peer_("zgw/start.mjs", with_credentials(args)) {
    const auto& d = peer_.details();
    if (d.size() != 4) throw std::runtime_error("the ZGW fixture announced an unexpected line");
    validated_ = d[0] == "prism";
    roots_ = {d[1], d[2], d[3]};
    bool direct_asked = std::find(args.begin(), args.end(), "--direct") != args.end();
    if (!validated_ && !direct_asked) {
        if (running_in_ci())
            FAIL("the ZGW specs were not found (ZGW_SPECS_DIR): CI must validate with Prism");
        // Loud on purpose: without the specs a request that breaks the standard would pass unnoticed.
        std::fprintf(
            stderr,
            "\n*** WARNING: the ZGW specs were not found (ZGW_SPECS_DIR, default ../shared/specs/zgw)."
            "\n*** These tests run WITHOUT Prism validation against the ZGW standard.\n\n");
        MESSAGE("ZGW tests run WITHOUT Prism validation: the specs were not found");
    }
}

kiosk::services::zgw::ZgwSettings ZgwPeer::settings() const {
    kiosk::services::zgw::ZgwSettings s;
    s.roots = roots_;
    s.credentials = {client_id, secret, "zuil-test-kiosk"};
    s.request_timeout = std::chrono::seconds(5);
    return s;
}

nlohmann::json ZgwPeer::stats() const {
    auto reply = http_get(peer_.url() + "/test/stats");
    REQUIRE(reply.status == 200);
    return nlohmann::json::parse(reply.body);
}

void ZgwPeer::reset() const {
    REQUIRE(http_post(peer_.url() + "/test/reset", "{}").status == 200);
}

void ZgwPeer::mode(const nlohmann::json& changes) const {
    REQUIRE(http_post(peer_.url() + "/test/mode", changes.dump()).status == 200);
}

const nlohmann::json& fixture_ids() {
    static const auto ids = nlohmann::json::parse(
        kiosk::util::read_text_file(std::string(KIOSK_PEERS_DIR) + "/zgw/fixture-ids.json"));
    return ids;
}

} // namespace testing_peers
