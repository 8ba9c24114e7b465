#include "kiosk/fleet/signed_message.hpp"

#include <cstring>

namespace kiosk::fleet {
namespace {

constexpr std::size_t magic_size = 8;
constexpr std::size_t header_size = magic_size + std::tuple_size_v<Signature>;

std::string_view magic(MessageKind kind) {
    return kind == MessageKind::bundle ? "ZUILBDL1" : "ZUILCMD1";
}

std::string signed_part(std::string_view magic, std::string_view payload) {
    std::string text(magic);
    text += payload;
    return text;
}

} // namespace

std::string seal_message(MessageKind kind, std::string_view payload, const SigningKey& key) {
    auto signature = key.sign(signed_part(magic(kind), payload));
    std::string message(magic(kind));
    message.append(reinterpret_cast<const char*>(signature.data()), signature.size());
    message += payload;
    return message;
}

const char* describe(OpenError error) {
    switch (error) {
    case OpenError::too_large:
        return "it is too large";
    case OpenError::not_this_kind:
        return "it is not a signed message of this kind";
    case OpenError::bad_signature:
        return "its signature does not match the fleet key (changed or signed by another key)";
    }
    return "it is not valid";
}

Opened open_message(MessageKind kind, std::string_view message, const PublicKey& key, std::size_t limit) {
    if (message.size() > limit) return {{}, OpenError::too_large};
    if (message.size() < header_size || !message.starts_with(magic(kind)))
        return {{}, OpenError::not_this_kind};
    Signature signature;
    std::memcpy(signature.data(), message.data() + magic_size, signature.size());
    auto payload = message.substr(header_size);
    if (!signature_valid(signed_part(magic(kind), payload), signature, key))
        return {{}, OpenError::bad_signature};
    return {payload, std::nullopt};
}

} // namespace kiosk::fleet
