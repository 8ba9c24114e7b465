#include "kiosk/services/idbellen/call_ticket_parser.hpp"

#include "devices/phone/baresip_messages.hpp"
#include "kiosk/util/bounded_json.hpp"
#include "kiosk/util/secure_json.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace kiosk::services {
namespace {

bool all_of(std::string_view text, bool (*allowed)(char)) {
    return std::all_of(text.begin(), text.end(), allowed);
}

// Our own messages name the field and the rule only: never the value, which may be the code.
void require(bool ok, const char* field, const char* rule) {
    if (!ok) throw std::runtime_error(std::string("ID-bellen answer: '") + field + "' " + rule);
}

std::string text(const SecureJson& root, const char* field) {
    auto it = root.find(field);
    require(it != root.end() && it->is_string() && !it->get_ref<const core::SecureString&>().empty(), field,
            "must be a text");
    return text_of(*it);
}

} // namespace

core::CallTicket parse_call_ticket(std::string_view json) {
    // The answer holds the one-time code: parsed into memory that is zeroed when freed.
    auto root = util::parse_json<SecureJson>(json);
    require(root.is_object(), "(answer)", "must be a JSON object");
    core::CallTicket t;
    t.ref = text(root, "ref");
    require(t.ref.size() >= 16 && t.ref.size() <= 128 &&
                all_of(t.ref,
                       [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
                       }),
            "ref", "must be 16 to 128 letters, digits, - or _");
    t.sip_address = text(root, "sip_uri");
    require(devices::dialable(t.sip_address), "sip_uri", "must be a sip: or sips: address");
    t.number = text(root, "number");
    require(t.number.size() >= 3 && t.number.size() <= 24 &&
                all_of(t.number,
                       [](char c) {
                           return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' ||
                                  c == ')';
                       }),
            "number", "must be a telephone number");
    t.code = core::Secret(text(root, "code"));
    const auto& code = t.code.reveal();
    require(code.size() >= 4 && code.size() <= 20 &&
                all_of(code, [](char c) { return c >= '0' && c <= '9'; }),
            "code", "must be 4 to 20 digits");
    auto expires = root.find("expires_in");
    require(expires != root.end() && expires->is_number_integer() && expires->get<long long>() >= 10 &&
                expires->get<long long>() <= 3600,
            "expires_in", "must be a whole number of seconds from 10 to 3600");
    t.valid_for = core::seconds(expires->get<long long>());
    return t;
}

} // namespace kiosk::services
