#pragma once
// The demo municipality's resident and requests, read from content/demo/cases.json and validated.
#include "kiosk/core/model.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::services {

struct DemoDocument {
    core::DocumentRef ref;
    std::vector<std::string> paragraphs; // body of the letter the demo generates as PDF
};

struct DemoCase {
    core::CaseDetail detail;
    std::vector<DemoDocument> documents;
};

struct DemoData {
    std::string municipality;
    std::string resident_name;
    std::string resident_bsn;
    std::string call_code;   // what the demo ID-bellen service hands out
    std::string call_number; // the number a resident would dial themselves
    std::vector<DemoCase> cases;
};

// Throws std::runtime_error with a message that names the file and the field at fault.
DemoData load_demo_data(const std::filesystem::path& file);
DemoData parse_demo_data(const std::string& json_text);

// "2026-11-02" -> Date; throws on anything else.
core::Date parse_date(const std::string& text);

} // namespace kiosk::services
