#pragma once
// What speech says, taken from the semantic tree: a new screen's heading and instruction, then its
// choices; an item a touch-to-hear tap asks for. Codes are never in it. The resident's own data is
// in it only when `personal_aloud` (a headset): otherwise one sentence says that it is not read.
#include "ui/semantic_tree.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ui {

struct SpeechWords {
    std::string on, off, unavailable; // after a toggle's or a disabled button's label
    std::string personal_hidden;      // said once instead of the resident's own data
};

// Changes when the screen shows something new to read (another heading, instruction or message, a
// status line or a choice more or less), not when a countdown ticks. A hash: no personal data kept.
std::uint64_t screen_identity(const SemanticTree& tree);

// The speech bar's repeat, pause and volume buttons: they act at the first tap (touch-to-hear would
// talk over what they are about), and a touch on them does not cut speech off.
bool speech_control(std::string_view id);

std::vector<std::string> screen_script(const SemanticTree& tree, bool personal_aloud,
                                       const SpeechWords& words);
std::string item_script(const SemanticNode& node, bool personal_aloud, const SpeechWords& words);

} // namespace ui
