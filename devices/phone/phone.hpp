#pragma once
// The kiosk's telephone (the handset on the kiosk). dial() posts CallStartedRinging, CallAnswered and at
// last CallFinished for the generation and call; send_code() posts CodeSent; hang_up() ends whatever call
// is going on, which then posts its CallFinished.
#include "kiosk/core/secret.hpp"

#include <cstdint>
#include <string>

namespace devices {

class Phone {
public:
    virtual ~Phone() = default;
    virtual void dial(std::uint64_t generation, std::uint64_t call, const std::string& sip_address) = 0;
    // Telephone keys (RFC 4733) on the call that is going on; digits only.
    virtual void send_code(std::uint64_t generation, std::uint64_t call, const kiosk::core::Secret& code) = 0;
    virtual void hang_up(std::uint64_t generation) = 0;
    virtual void wipe() = 0; // hang up, forget the call: nothing of this session may come later
};

} // namespace devices
