#include "arguments.hpp"

#include <charconv>

namespace provision {

Arguments::Arguments(const std::vector<std::string>& args, std::set<std::string> options,
                     std::set<std::string> flags, std::set<std::string> repeatable) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        if (!a.starts_with("--")) {
            positional_.push_back(a);
            continue;
        }
        auto name = a.substr(2);
        if (flags.count(name)) {
            flags_.insert(name);
        } else if (options.count(name) || repeatable.count(name)) {
            if (i + 1 >= args.size()) throw UsageError(a + " needs a value");
            if (values_.count(name) && !repeatable.count(name)) throw UsageError(a + " given twice");
            values_[name].push_back(args[++i]);
        } else {
            throw UsageError("unknown option " + a);
        }
    }
}

std::optional<std::string> Arguments::get(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second.front();
}

std::string Arguments::need(const std::string& name) const {
    auto v = get(name);
    if (!v) throw UsageError("--" + name + " is needed");
    return *v;
}

std::vector<std::string> Arguments::all(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

long Arguments::number(const std::string& name, long min, long max, long fallback) const {
    auto text = get(name);
    if (!text) return fallback;
    long value = 0;
    auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc{} || end != text->data() + text->size() || value < min || value > max)
        throw UsageError("--" + name + ": expected a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max));
    return value;
}

} // namespace provision
