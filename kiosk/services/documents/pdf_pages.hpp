#pragma once
// How many pages a PDF held in memory has (the print confirmation says it before anything prints).
#include <vector>

namespace kiosk::services {

// 0 when the bytes are not a readable PDF.
int pdf_page_count(const std::vector<unsigned char>& pdf);

} // namespace kiosk::services
