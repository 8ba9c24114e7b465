#pragma once
// A value fetched from a service. Being in flight is part of the state (as in ewig's buffer stages),
// so a second tap while Loading does not start a second request.
#include "kiosk/core/model.hpp"

#include <variant>

namespace kiosk::core {

struct NotAsked {
    bool operator==(const NotAsked&) const = default;
};
struct Loading {
    bool operator==(const Loading&) const = default;
};
struct Failed {
    FetchError error;
    bool operator==(const Failed&) const = default;
};

template <class T>
using Remote = std::variant<NotAsked, Loading, T, Failed>;

template <class T>
const T* ready(const Remote<T>& r) {
    return std::get_if<T>(&r);
}
template <class T>
bool is_loading(const Remote<T>& r) {
    return std::holds_alternative<Loading>(r);
}

} // namespace kiosk::core
