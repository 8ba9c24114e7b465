#include "devices/phone/netstring.hpp"

#include <stdexcept>

namespace devices {

std::string netstring(std::string_view payload) {
    return std::to_string(payload.size()) + ":" + std::string(payload) + ",";
}

void NetstringReader::feed(std::string_view bytes) {
    constexpr std::size_t framing = 20 + 2; // the length, the colon and the comma
    if (buffer_.size() + bytes.size() > max_payload_ + framing)
        throw std::runtime_error("netstring: more unread data than one message may hold");
    buffer_.append(bytes);
}

std::optional<std::string> NetstringReader::next() {
    auto colon = buffer_.find(':');
    if (colon == std::string::npos) {
        if (buffer_.size() > 20) throw std::runtime_error("netstring: length too long");
        for (char c : buffer_)
            if (c < '0' || c > '9') throw std::runtime_error("netstring: length is not a number");
        return std::nullopt;
    }
    if (colon == 0 || colon > 20) throw std::runtime_error("netstring: bad length");
    std::size_t length = 0;
    for (std::size_t i = 0; i < colon; ++i) {
        char c = buffer_[i];
        if (c < '0' || c > '9') throw std::runtime_error("netstring: length is not a number");
        if (i == 0 && c == '0' && colon > 1) throw std::runtime_error("netstring: leading zero");
        length = length * 10 + static_cast<std::size_t>(c - '0');
        if (length > max_payload_) throw std::runtime_error("netstring: message too large");
    }
    if (buffer_.size() < colon + 1 + length + 1) return std::nullopt;
    if (buffer_[colon + 1 + length] != ',') throw std::runtime_error("netstring: missing comma");
    std::string payload = buffer_.substr(colon + 1, length);
    buffer_.erase(0, colon + 1 + length + 1);
    return payload;
}

} // namespace devices
