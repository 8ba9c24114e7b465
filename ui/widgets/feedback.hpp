#pragma once
// Telling the resident what is going on: waiting (spinner with a sentence), messages with an icon
// (never colour alone), and countdowns.
#include "ui/widgets/draw.hpp"

namespace ui {

enum class Tone { info, success, error };

void spinner(Ui& ui, Column& column, const std::string& text);
Rect message(Ui& ui, Column& column, Tone tone, const std::string& text);
// A bar that empties as time runs out, with the remaining time in words beside it.
void countdown(Ui& ui, Column& column, long seconds_left, long seconds_total, const std::string& text);
// "4 minuten" / "45 seconden", in the resident's language.
std::string duration_words(const Ui& ui, long seconds);

} // namespace ui
