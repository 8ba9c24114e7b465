#pragma once
// The command line of one kiosk-provision command: "--name value" options (some repeatable), flags,
// and positional arguments. Anything it does not know is an error, never ignored.
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace provision {

// Exit codes, as `kiosk-provision --help` lists them.
enum Exit : int {
    ok = 0,
    refused = 1, // a bundle, key or answer that is not valid: nothing was changed
    usage = 2,   // the command line
    file = 3,    // a file that cannot be read or written, or is readable by others
    network = 4, // the enrolment server or the broker cannot be reached
};

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct NetworkError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Arguments {
public:
    // `options` take a value (those in `repeatable` may come more than once); `flags` take none.
    Arguments(const std::vector<std::string>& args, std::set<std::string> options,
              std::set<std::string> flags, std::set<std::string> repeatable = {});

    std::optional<std::string> get(const std::string& name) const;
    std::string need(const std::string& name) const; // UsageError when absent
    std::vector<std::string> all(const std::string& name) const;
    bool flag(const std::string& name) const { return flags_.count(name) > 0; }
    const std::vector<std::string>& positional() const { return positional_; }
    long number(const std::string& name, long min, long max, long fallback) const;

private:
    std::map<std::string, std::vector<std::string>> values_;
    std::set<std::string> flags_;
    std::vector<std::string> positional_;
};

} // namespace provision
