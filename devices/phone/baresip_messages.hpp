#pragma once
// What baresip's ctrl_tcp says, and what the kiosk sends it, as plain data. Pure functions, so the
// mapping of SIP's words onto the resident's messages is tested without a phone.
#include "kiosk/core/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace devices {

// One message from baresip: the answer to a command (matched by token) or an event.
struct BaresipMessage {
    bool response = false; // otherwise an event
    bool ok = false;       // response: the command was accepted
    std::string data;      // response: its output
    std::string token;     // response: the token of the command it answers
    std::string type;      // event: CALL_RINGING, CALL_ESTABLISHED, CALL_CLOSED, ...
    std::string call_id;   // event: the SIP Call-ID; the caller's very first event has none
    std::string param;     // event: peer URI, close reason, DTMF digit, ...
};

// Throws std::runtime_error when `json` is not a ctrl_tcp message.
BaresipMessage parse_baresip_message(std::string_view json);

// A command as ctrl_tcp wants it. All three fields must be JSON strings: baresip 1.0 crashes otherwise.
std::string baresip_command(std::string_view command, std::string_view params, std::string_view token);

// CALL_CLOSED's reason ("486 Rejected", "Connection refused", ...) in the resident's terms. Closes the
// kiosk asked for itself are hung_up_by_resident and are not passed here.
kiosk::core::CallEndReason close_reason(std::string_view param, bool was_established);

// Whether `callstat` output shows telephone-event among the far end's formats (RFC 4733 negotiated).
bool telephone_events_negotiated(std::string_view callstat);

// Digits baresip can send as telephone keys; anything else would abort sndcode halfway.
bool dtmf_digits(std::string_view code);

// A SIP address the kiosk may dial: sip: or sips:, no spaces or control characters, sane length.
bool dialable(std::string_view sip_address);

// What the configuration's baresip account line says about how calls travel.
struct SipAccount {
    std::string host;            // of the account's address, lower case
    bool loopback = false;       // 127.0.0.1, [::1] or localhost: the tests' own contact centre
    bool tls = false;            // sips:, or ;transport=tls in the address
    bool srtp_mandatory = false; // ;mediaenc=srtp-mand: no call without encrypted media
};
// "<sip:kiosk@pbx.gemeente.nl;transport=tls>;mediaenc=srtp-mand;…"; nothing when it is not one.
std::optional<SipAccount> parse_account(std::string_view line);

} // namespace devices
