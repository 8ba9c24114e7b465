#include "kiosk/services/demo/demo_data.hpp"

#include "kiosk/util/json_reader.hpp"

#include <cstdio>

namespace kiosk::services {

core::Date parse_date(const std::string& text) {
    core::Date date;
    char tail = 0;
    if (text.size() != 10 ||
        std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &date.year, &date.month, &date.day, &tail) != 3 ||
        !date.valid())
        throw std::runtime_error("'" + text + "' is not a date like 2026-11-02");
    return date;
}

namespace {

core::StepState parse_step_state(const std::string& text) {
    if (text == "done") return core::StepState::done;
    if (text == "current") return core::StepState::current;
    if (text == "coming") return core::StepState::coming;
    throw std::runtime_error("step state must be done, current or coming, not '" + text + "'");
}

DemoCase parse_case(const util::JsonReader& c) {
    DemoCase demo;
    auto& summary = demo.detail.summary;
    summary.id = c.string("id");
    summary.identification = c.string("identification");
    summary.title = c.string("title");
    summary.registered = c.convert<core::Date>("registered", parse_date);
    if (c.has("planned_end")) summary.planned_end = c.convert<core::Date>("planned_end", parse_date);
    summary.closed = c.boolean("closed");
    summary.result = c.string_or("result", "");
    demo.detail.next_for_resident = c.string_or("next_for_resident", "");
    for (const auto& s : c.array("steps")) {
        core::CaseStep step;
        step.title = s.string("title");
        step.state = s.convert<core::StepState>("state", parse_step_state);
        if (s.has("reached_on")) step.reached_on = s.convert<core::Date>("reached_on", parse_date);
        if (step.state == core::StepState::current) summary.current_step = step.title;
        demo.detail.steps.push_back(step);
    }
    if (summary.current_step.empty() && !demo.detail.steps.empty())
        summary.current_step = demo.detail.steps.back().title;
    for (const auto& d : c.array("documents")) {
        DemoDocument doc;
        doc.ref.id = d.string("id");
        doc.ref.title = d.string("title");
        doc.ref.date = d.convert<core::Date>("date", parse_date);
        for (const auto& p : d.array("paragraphs"))
            doc.paragraphs.push_back(p.as_string());
        demo.detail.documents.push_back(doc.ref);
        demo.documents.push_back(std::move(doc));
    }
    return demo;
}

} // namespace

DemoData parse_demo_data(const std::string& json_text) {
    auto root = util::JsonReader::parse(json_text, "demo data");
    DemoData data;
    data.municipality = root.string("municipality");
    auto resident = root.object("resident");
    data.resident_name = resident.string("display_name");
    data.resident_bsn = resident.string("bsn");
    data.call_code = root.string("call_code");
    data.call_number = root.string("call_number");
    for (const auto& c : root.array("cases"))
        data.cases.push_back(parse_case(c));
    if (data.cases.empty()) throw std::runtime_error("demo data: 'cases' is empty");
    return data;
}

DemoData load_demo_data(const std::filesystem::path& file) {
    return parse_demo_data(util::read_text_file(file));
}

} // namespace kiosk::services
