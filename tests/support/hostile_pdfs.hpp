#pragma once
// Documents a hostile or broken server might send, made at test time: a page that takes a long time
// to draw, a decompression bomb, an image that wants gigabytes, and damaged files.
#include "kiosk/core/secure_memory.hpp"

namespace testing_support {

using Pdf = kiosk::core::Bytes; // as the kiosk holds documents

Pdf slow_pdf(int segments = 20'000);      // one page of many strokes: about two seconds to draw
Pdf stream_bomb_pdf(int megabytes = 600); // a content stream that inflates from a megabyte to this size
Pdf image_bomb_pdf();                     // an image of 40000 x 40000 pixels, a few kilobytes compressed
// Text in the standard fonts, not embedded (as the ZGW fixture and many municipal systems write it):
// the helper finds substitutes through fontconfig, inside its sandbox.
Pdf standard_font_pdf();

} // namespace testing_support
