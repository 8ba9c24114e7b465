#include "devices/phone/baresip_messages.hpp"

#include "kiosk/util/bounded_json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace devices {
namespace {

std::string text_of(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// True only for a JSON true: a string or number where a flag belongs is no flag (and no exception).
bool flag_of(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

// The SIP status code at the start of a reason such as "486 Rejected"; 0 when there is none.
int sip_status(std::string_view param) {
    if (param.size() < 3) return 0;
    int status = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        if (param[i] < '0' || param[i] > '9') return 0;
        status = status * 10 + (param[i] - '0');
    }
    if (param.size() > 3 && param[3] != ' ') return 0;
    return status;
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

} // namespace

BaresipMessage parse_baresip_message(std::string_view json) {
    auto j = kiosk::util::parse_json(json);
    if (j.is_discarded() || !j.is_object()) throw std::runtime_error("baresip: message is not a JSON object");
    BaresipMessage m;
    if (flag_of(j, "response")) {
        m.response = true;
        m.ok = flag_of(j, "ok");
        m.data = text_of(j, "data");
        m.token = text_of(j, "token");
    } else if (flag_of(j, "event")) {
        m.type = text_of(j, "type");
        m.call_id = text_of(j, "id");
        m.param = text_of(j, "param");
    } else {
        throw std::runtime_error("baresip: neither a response nor an event");
    }
    return m;
}

std::string baresip_command(std::string_view command, std::string_view params, std::string_view token) {
    nlohmann::json j{
        {"command", std::string(command)}, {"params", std::string(params)}, {"token", std::string(token)}};
    return j.dump();
}

kiosk::core::CallEndReason close_reason(std::string_view param, bool was_established) {
    using kiosk::core::CallEndReason;
    if (was_established) {
        // Once talking, the far end hanging up is the normal end; anything else cut the call off.
        if (contains(param, "reset by peer")) return CallEndReason::hung_up_by_kcc;
        return CallEndReason::connection_lost;
    }
    int status = sip_status(param);
    if (status == 408 || status == 480) return CallEndReason::no_answer;
    if (status == 486 || status == 600 || status == 603 || status == 403) return CallEndReason::busy;
    if (status == 404 || status == 410 || status == 484 || status == 502 || status == 503 || status == 504)
        return CallEndReason::unreachable;
    if (status >= 400) return CallEndReason::failed;
    if (contains(param, "refused") || contains(param, "timed out") || contains(param, "unreachable") ||
        contains(param, "No route") || contains(param, "not resolve") || contains(param, "Name or service"))
        return CallEndReason::unreachable;
    if (contains(param, "reset by peer")) return CallEndReason::busy; // hung up while it rang
    return CallEndReason::failed;
}

bool telephone_events_negotiated(std::string_view callstat) {
    auto at = callstat.find("remote formats:");
    if (at == std::string_view::npos) return false;
    auto rest = callstat.substr(at + std::string_view("remote formats:").size());
    // The formats follow, one per line and indented deeper than the next heading.
    std::size_t pos = rest.find('\n');
    while (pos != std::string_view::npos && pos + 1 < rest.size()) {
        auto end = rest.find('\n', pos + 1);
        auto line =
            rest.substr(pos + 1, end == std::string_view::npos ? std::string_view::npos : end - pos - 1);
        if (!line.starts_with("    ")) break;
        if (contains(line, "telephone-event")) return true;
        pos = end;
    }
    return false;
}

bool dtmf_digits(std::string_view code) {
    return !code.empty() && code.size() <= 32 && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '*' || c == '#' || (c >= 'A' && c <= 'D');
    });
}

bool dialable(std::string_view address) {
    if (!address.starts_with("sip:") && !address.starts_with("sips:")) return false;
    if (address.size() > 256) return false;
    return std::all_of(address.begin(), address.end(), [](char c) {
        return c > ' ' && c < 127 && c != '"' && c != '\\' && c != '<' && c != '>';
    });
}

std::optional<SipAccount> parse_account(std::string_view line) {
    auto lower = [](std::string_view text) {
        std::string out(text);
        std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
        return out;
    };
    if (!line.starts_with("<")) return std::nullopt;
    auto close = line.find('>');
    if (close == std::string_view::npos) return std::nullopt;
    auto address = lower(line.substr(1, close - 1));
    auto params = lower(line.substr(close + 1));
    SipAccount account;
    std::string_view rest = address;
    if (rest.starts_with("sips:")) {
        account.tls = true;
        rest.remove_prefix(5);
    } else if (rest.starts_with("sip:")) {
        rest.remove_prefix(4);
    } else {
        return std::nullopt;
    }
    if (auto at = rest.find('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
    auto uri_params = rest.substr(std::min(rest.find(';'), rest.size()));
    auto hostport = rest.substr(0, rest.size() - uri_params.size());
    account.host = hostport.starts_with("[") ? std::string(hostport.substr(0, hostport.find(']') + 1))
                                             : std::string(hostport.substr(0, hostport.find(':')));
    if (account.host.empty()) return std::nullopt;
    account.loopback = account.host == "127.0.0.1" || account.host == "[::1]" || account.host == "localhost";
    auto has_param = [](std::string_view list, std::string_view wanted) {
        while (!list.empty()) {
            auto semicolon = list.find(';');
            auto item = list.substr(0, semicolon);
            while (!item.empty() && item.front() == ' ')
                item.remove_prefix(1);
            while (!item.empty() && item.back() == ' ')
                item.remove_suffix(1);
            if (item == wanted) return true;
            if (semicolon == std::string_view::npos) break;
            list.remove_prefix(semicolon + 1);
        }
        return false;
    };
    if (has_param(uri_params, "transport=tls")) account.tls = true;
    account.srtp_mandatory = has_param(params, "mediaenc=srtp-mand");
    return account;
}

} // namespace devices
