// Remote commands: only the fleet's, only for this kiosk, only once, only in time.
#include "fleet_test_support.hpp"
#include "kiosk/fleet/command.hpp"

#include <doctest/doctest.h>

using namespace kiosk::fleet;
using namespace fleet_testing;

namespace {

Command command_for(const std::string& kiosk, CommandName name = CommandName::maintenance_on) {
    return {name, kiosk, now() - 5, now() + 300, new_nonce()};
}

std::string sealed(const Command& c, const SigningKey& key) {
    return seal_message(MessageKind::command, command_payload(c), key);
}

std::string refusal(CommandGate& gate, const std::string& message) {
    try {
        gate.admit(message, now());
    } catch (const FleetError& e) {
        return e.what();
    }
    return "admitted";
}

} // namespace

TEST_CASE("a signed command for this kiosk is admitted once; its replay is refused") {
    auto key = SigningKey::generate();
    CommandGate gate("bieb-noord-1", key.public_key(), now() - 60);
    auto message = sealed(command_for("bieb-noord-1", CommandName::identify), key);
    CHECK(gate.admit(message, now()).name == CommandName::identify);
    CHECK(refusal(gate, message).find("replay") != std::string::npos);
}

TEST_CASE("unsigned, foreign, expired, early, stale and misaddressed commands are refused") {
    auto key = SigningKey::generate();
    CommandGate gate("bieb-noord-1", key.public_key(), now() - 60);
    auto good = command_for("bieb-noord-1");
    CHECK(refusal(gate, command_payload(good)).find("not a signed message") != std::string::npos); // unsigned
    CHECK(refusal(gate, sealed(good, SigningKey::generate())).find("signature") != std::string::npos);
    auto bundle_kind = seal_message(MessageKind::bundle, command_payload(good), key);
    CHECK(refusal(gate, bundle_kind).find("not a signed message") != std::string::npos);
    CHECK(refusal(gate, sealed(command_for("bieb-zuid-2"), key)).find("meant for bieb-zuid-2") !=
          std::string::npos);
    auto expired = command_for("bieb-noord-1");
    expired.issued_at = now() - 600;
    expired.expires_at = now() - 1;
    CHECK(refusal(gate, sealed(expired, key)).find("expired") != std::string::npos);
    auto before_start = command_for("bieb-noord-1");
    before_start.issued_at = now() - 120;
    CHECK(refusal(gate, sealed(before_start, key)).find("before this kiosk started") != std::string::npos);
    auto future = command_for("bieb-noord-1");
    future.issued_at = now() + 3600;
    future.expires_at = now() + 7200;
    CHECK(refusal(gate, sealed(future, key)).find("future") != std::string::npos);
    auto long_lived = command_for("bieb-noord-1");
    long_lived.expires_at = long_lived.issued_at + 2 * 24 * 3600;
    CHECK(refusal(gate, sealed(long_lived, key)).find("at most a day") != std::string::npos);
    auto short_nonce = command_for("bieb-noord-1");
    short_nonce.nonce = "abc";
    CHECK(refusal(gate, sealed(short_nonce, key)).find("nonce") != std::string::npos);
    CHECK(refusal(gate, sealed(good, key)) == "admitted");
}

TEST_CASE("a command payload names only known commands and fields") {
    auto base = nlohmann::json::parse(command_payload(command_for("bieb-noord-1")));
    auto parse_with = [&](const nlohmann::json& patch) {
        auto j = base;
        j.merge_patch(patch);
        try {
            parse_command(j.dump());
        } catch (const FleetError& e) {
            return std::string(e.what());
        }
        return std::string("parsed");
    };
    CHECK(parse_with({{"command", "show_cases"}}).find("unknown command") != std::string::npos);
    CHECK(parse_with({{"bsn", "999993653"}}).find("unknown field bsn") != std::string::npos);
    CHECK(parse_with({{"kiosk", "../etc"}}).find("not a valid kiosk id") != std::string::npos);
    CHECK(parse_with({{"zuil_command", 2}}).find("format 1") != std::string::npos);
    CHECK(parse_with(nlohmann::json::object()) == "parsed");
    for (auto name : {CommandName::reload, CommandName::maintenance_on, CommandName::maintenance_off,
                      CommandName::restart, CommandName::identify, CommandName::health_report})
        CHECK(parse_command_name(command_name(name)) == name);
}
