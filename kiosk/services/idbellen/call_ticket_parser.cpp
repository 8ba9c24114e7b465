#include "kiosk/services/idbellen/call_ticket_parser.hpp"

#include "devices/phone/baresip_messages.hpp"
#include "kiosk/util/json_reader.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace kiosk::services {
namespace {

bool all_of(std::string_view text, bool (*allowed)(char)) {
    return std::all_of(text.begin(), text.end(), allowed);
}

void require(bool ok, const char* field, const char* rule) {
    if (!ok) throw std::runtime_error(std::string("ID-bellen answer: '") + field + "' " + rule);
}

} // namespace

core::CallTicket parse_call_ticket(std::string_view json) {
    auto root = util::JsonReader::parse(std::string(json), "ID-bellen answer");
    core::CallTicket t;
    t.ref = root.string("ref");
    require(t.ref.size() >= 16 && t.ref.size() <= 128 &&
                all_of(t.ref,
                       [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
                       }),
            "ref", "must be 16 to 128 letters, digits, - or _");
    t.sip_address = root.string("sip_uri");
    require(devices::dialable(t.sip_address), "sip_uri", "must be a sip: or sips: address");
    t.number = root.string("number");
    require(t.number.size() >= 3 && t.number.size() <= 24 &&
                all_of(t.number,
                       [](char c) {
                           return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' ||
                                  c == ')';
                       }),
            "number", "must be a telephone number");
    // Read by hand: the reader's messages quote the value, and the code must never reach a log.
    auto field = root.raw().find("code");
    require(field != root.raw().end() && field->is_string(), "code", "must be a string of digits");
    t.code = core::Secret(field->get<std::string>());
    const auto& code = t.code.reveal();
    require(code.size() >= 4 && code.size() <= 20 &&
                all_of(code, [](char c) { return c >= '0' && c <= '9'; }),
            "code", "must be 4 to 20 digits");
    t.valid_for = core::seconds(root.integer("expires_in", 10, 3600));
    return t;
}

} // namespace kiosk::services
