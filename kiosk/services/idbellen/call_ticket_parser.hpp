#pragma once
// The ID-bellen service's answer to "create a session", checked field by field: it decides what the
// kiosk dials and which keys it sends, so nothing unexpected may pass.
#include "kiosk/core/model.hpp"

#include <string_view>

namespace kiosk::services {

// Throws std::runtime_error naming the field at fault.
core::CallTicket parse_call_ticket(std::string_view json);

} // namespace kiosk::services
