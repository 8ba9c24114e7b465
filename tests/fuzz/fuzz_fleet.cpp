// Untrusted bytes as a signed fleet message, a bundle payload, a command and a kiosk identity: a clear error,
// never a crash. (The payload parser only ever sees signed bytes; fuzzed here without the signature,
// as if the fleet key had signed anything.)
#include "kiosk/fleet/bundle.hpp"
#include "kiosk/fleet/command.hpp"
#include "kiosk/fleet/identity.hpp"
#include "kiosk/fleet/signed_message.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    static const kiosk::fleet::PublicKey key{1, 2, 3};
    for (auto kind : {kiosk::fleet::MessageKind::bundle, kiosk::fleet::MessageKind::command})
        (void)kiosk::fleet::open_message(kind, input, key, 1 << 20);
    try {
        kiosk::fleet::parse_bundle(input);
    } catch (const kiosk::fleet::FleetError&) {
    }
    try {
        kiosk::fleet::parse_command(input);
    } catch (const kiosk::fleet::FleetError&) {
    }
    try {
        kiosk::fleet::parse_identity(input, "fuzz");
    } catch (const kiosk::fleet::FleetError&) {
    }
    return 0;
}
