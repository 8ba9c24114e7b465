#pragma once
// Netstrings ("12:hello world!,"), the framing of baresip's ctrl_tcp. The reader takes bytes as they
// arrive and hands out whole messages; a frame that breaks the rules or outgrows the cap is an error
// after which the connection must be dropped (baresip then drops the rest of the stream as well).
#include <optional>
#include <string>
#include <string_view>

namespace devices {

std::string netstring(std::string_view payload);

class NetstringReader {
public:
    // baresip's largest answer (callstat) is a few kilobytes.
    explicit NetstringReader(std::size_t max_payload = 64 * 1024) : max_payload_(max_payload) {}
    // Throws std::runtime_error when the unread bytes would outgrow one frame of the largest size: a
    // peer that floods the connection is dropped, not buffered.
    void feed(std::string_view bytes);
    // The next whole message, if one has arrived. Throws std::runtime_error on a broken frame.
    std::optional<std::string> next();
    void clear() { buffer_.clear(); }

private:
    std::string buffer_;
    std::size_t max_payload_;
};

} // namespace devices
