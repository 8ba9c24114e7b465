// Untrusted input of the call: the ID-bellen service's answer, and what baresip's ctrl_tcp says
// (netstrings, JSON messages, callstat text). Every parser either reads it or throws
// std::runtime_error, never worse.
#include "devices/phone/baresip_messages.hpp"
#include "devices/phone/netstring.hpp"
#include "kiosk/services/idbellen/call_ticket_parser.hpp"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        kiosk::services::parse_call_ticket(text);
    } catch (const std::runtime_error&) {
    }
    devices::NetstringReader reader(4096);
    reader.feed(text);
    try {
        while (auto message = reader.next()) {
            try {
                auto m = devices::parse_baresip_message(*message);
                devices::close_reason(m.param, m.response);
            } catch (const std::runtime_error&) {
            }
        }
    } catch (const std::runtime_error&) {
    }
    devices::telephone_events_negotiated(text);
    devices::dtmf_digits(text);
    devices::dialable(text);
    return 0;
}
