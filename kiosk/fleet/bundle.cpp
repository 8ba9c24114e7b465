#include "kiosk/fleet/bundle.hpp"

#include "kiosk/services/oidc/jwt.hpp"
#include "kiosk/util/bounded_json.hpp"

#include <algorithm>

namespace kiosk::fleet {
namespace {

using nlohmann::json;

constexpr std::int64_t max_version = std::int64_t{1} << 53; // exact in every JSON reader
constexpr std::size_t max_sealed_bytes = 4096;

[[noreturn]] void fail(const std::string& field, const std::string& message) {
    throw FleetError("bundle: " + field + ": " + message);
}

const json& field(const json& object, const std::string& key, const std::string& path) {
    auto it = object.find(key);
    if (it == object.end()) fail(path + key, "missing");
    return *it;
}

std::int64_t whole_number(const json& object, const std::string& key, std::int64_t min, std::int64_t max) {
    const auto& v = field(object, key, "");
    if (!v.is_number_integer()) fail(key, "expected a whole number");
    auto n = v.get<std::int64_t>();
    if (n < min || n > max) fail(key, "expected " + std::to_string(min) + " to " + std::to_string(max));
    return n;
}

std::vector<std::string> names(const json& list, const std::string& path) {
    if (!list.is_array() || list.size() > 10'000) fail(path, "expected a list of names");
    std::vector<std::string> out;
    for (const auto& item : list) {
        if (!item.is_string() || !valid_name(item.get<std::string>()))
            fail(path, "names are letters, digits, '.', '_' and '-', at most 64");
        out.push_back(item.get<std::string>());
    }
    return out;
}

Targets parse_targets(const json& v) {
    if (!v.is_object()) fail("for", "expected an object");
    for (const auto& [key, _] : v.items())
        if (key != "all" && key != "kiosks" && key != "groups")
            fail("for." + key, "unknown (all, kiosks, groups)");
    Targets t;
    if (v.contains("all")) {
        if (v.size() != 1 || v["all"] != true) fail("for.all", "true, and alone");
        t.all = true;
        return t;
    }
    if (v.contains("kiosks")) t.kiosks = names(v["kiosks"], "for.kiosks");
    if (v.contains("groups")) t.groups = names(v["groups"], "for.groups");
    if (t.kiosks.empty() && t.groups.empty()) fail("for", "names no kiosk and no group");
    return t;
}

// A secret in clear in a file that is copied to every kiosk and kept by IT staff is no secret.
void refuse_clear_secrets(const json& v, const std::string& path) {
    if (v.is_object()) {
        for (const auto& [key, child] : v.items()) {
            std::string lower = key;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char c) { return std::tolower(c); });
            if (lower.find("secret") != std::string::npos || lower.find("password") != std::string::npos)
                fail(path + key,
                     "a secret never goes in a bundle in clear; seal it to the kiosk (kiosk-provision seal)");
            refuse_clear_secrets(child, path + key + ".");
        }
    } else if (v.is_array()) {
        for (const auto& child : v)
            refuse_clear_secrets(child, path);
    } else if (v.is_string() && v.get<std::string>().find("auth_pass") != std::string::npos) {
        fail(path.empty() ? "settings" : path.substr(0, path.size() - 1),
             "a SIP password never goes in a bundle in clear; seal it to the kiosk (kiosk-provision seal)");
    }
}

std::string decode(const json& v, const std::string& path, std::size_t limit) {
    if (!v.is_string()) fail(path, "expected base64url text");
    try {
        auto bytes = services::base64url_decode(v.get<std::string>());
        if (bytes.size() > limit) fail(path, "larger than " + std::to_string(limit) + " bytes");
        return {bytes.begin(), bytes.end()};
    } catch (const services::JwtError&) {
        fail(path, "not base64url");
    }
}

void parse_content(const json& v, Bundle& b) {
    if (!v.is_object()) fail("content", "expected an object");
    for (const auto& [key, child] : v.items()) {
        if (key == "texts") {
            if (!child.is_object()) fail("content.texts", "expected an object per language");
            for (const auto& [language, table] : child.items()) {
                if (!table.is_object() || !valid_name(language))
                    fail("content.texts." + language, "expected key: text");
                for (const auto& [text_key, text] : table.items()) {
                    if (!text.is_string() || text.get<std::string>().empty() ||
                        text.get<std::string>().size() > 2000)
                        fail("content.texts." + language + "." + text_key,
                             "expected a text of 1 to 2000 characters");
                    b.texts[language][text_key] = text.get<std::string>();
                }
            }
        } else if (key == "theme") {
            if (!child.is_object()) fail("content.theme", "expected design tokens");
            b.theme = child;
        } else if (key == "logo_png") {
            b.logo_png = decode(child, "content.logo_png", max_logo_bytes);
            if (!b.logo_png.starts_with("\x89PNG\r\n\x1a\n")) fail("content.logo_png", "not a PNG image");
        } else {
            fail("content." + key, "unknown (texts, theme, logo_png)");
        }
    }
}

void parse_secrets(const json& v, Bundle& b) {
    if (!v.is_object()) fail("secrets", "expected an object per kiosk");
    for (const auto& [kiosk, sealed] : v.items()) {
        if (!valid_name(kiosk) || !sealed.is_object() || sealed.size() > 16)
            fail("secrets." + kiosk, "expected a kiosk id with at most 16 sealed secrets");
        for (const auto& [pointer, box] : sealed.items()) {
            if (!pointer.starts_with("/") || pointer.size() > 200)
                fail("secrets." + kiosk + "." + pointer,
                     "expected a JSON pointer into the settings, like /zgw/secret");
            decode(box, "secrets." + kiosk + "." + pointer, max_sealed_bytes);
            b.secrets[kiosk][pointer] = box.get<std::string>();
        }
    }
}

} // namespace

bool valid_name(std::string_view name) {
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '.' || c == '_' || c == '-';
    });
}

Bundle parse_bundle(std::string_view payload) {
    auto root = util::parse_json(payload);
    if (root.is_discarded() || !root.is_object()) fail("payload", "not a JSON object");
    static const std::vector<std::string> known{"zuil_bundle", "version",  "issued_at", "expires_at", "for",
                                                "note",        "settings", "content",   "secrets"};
    for (const auto& [key, _] : root.items())
        if (std::find(known.begin(), known.end(), key) == known.end()) fail(key, "unknown field");
    if (field(root, "zuil_bundle", "") != 1) fail("zuil_bundle", "this kiosk reads format 1");
    Bundle b;
    b.version = whole_number(root, "version", 1, max_version);
    b.issued_at = whole_number(root, "issued_at", 0, max_version);
    b.expires_at = whole_number(root, "expires_at", b.issued_at + 1, max_version);
    b.targets = parse_targets(field(root, "for", ""));
    if (root.contains("note")) {
        if (!root["note"].is_string() || root["note"].get<std::string>().size() > 500)
            fail("note", "expected a text of at most 500 characters");
        b.note = root["note"].get<std::string>();
    }
    if (root.contains("settings")) {
        if (!root["settings"].is_object())
            fail("settings", "expected an object (a merge patch on kiosk.json)");
        refuse_clear_secrets(root["settings"], "settings.");
        b.settings = root["settings"];
    }
    if (root.contains("content")) parse_content(root["content"], b);
    if (root.contains("secrets")) parse_secrets(root["secrets"], b);
    return b;
}

std::string bundle_payload(const Bundle& b) {
    json root{{"zuil_bundle", 1},
              {"version", b.version},
              {"issued_at", b.issued_at},
              {"expires_at", b.expires_at},
              {"settings", b.settings}};
    if (b.targets.all)
        root["for"] = {{"all", true}};
    else {
        root["for"] = json::object();
        if (!b.targets.kiosks.empty()) root["for"]["kiosks"] = b.targets.kiosks;
        if (!b.targets.groups.empty()) root["for"]["groups"] = b.targets.groups;
    }
    if (!b.note.empty()) root["note"] = b.note;
    json content = json::object();
    if (!b.texts.empty()) content["texts"] = b.texts;
    if (!b.theme.empty()) content["theme"] = b.theme;
    if (!b.logo_png.empty()) content["logo_png"] = services::base64url_encode(b.logo_png);
    if (!content.empty()) root["content"] = content;
    if (!b.secrets.empty()) root["secrets"] = b.secrets;
    return root.dump();
}

} // namespace kiosk::fleet
