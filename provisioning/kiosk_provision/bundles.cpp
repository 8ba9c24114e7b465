// sign, verify, seal: configuration bundles on the IT workstation.
#include "arguments.hpp"
#include "commands.hpp"
#include "kiosk/fleet/bundle_intake.hpp"
#include "kiosk/fleet/files.hpp"
#include "kiosk/fleet/identity.hpp"
#include "kiosk/fleet/signed_message.hpp"
#include "kiosk/fleet/unix_time.hpp"
#include "kiosk/util/bounded_json.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <iterator>

namespace provision {
namespace {

using kiosk::fleet::FleetError;
using nlohmann::json;

json read_json(const std::string& file, const char* what) {
    auto parsed =
        kiosk::util::parse_json(kiosk::fleet::read_small_file(file, kiosk::fleet::max_bundle_bytes));
    if (parsed.is_discarded() || !parsed.is_object())
        throw FleetError(file + ": " + what + " must be a JSON object");
    return parsed;
}

// A JSON file of a fixed shape (texts, sealed secrets): anything else is refused with the shape.
template <class T>
T read_as(const std::string& file, const std::string& shape) {
    try {
        return read_json(file, "the file").get<T>();
    } catch (const nlohmann::json::exception&) {
        throw FleetError(file + ": expected " + shape);
    }
}

std::string date(std::int64_t unix_seconds) {
    std::time_t t = unix_seconds;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &tm);
    return text;
}

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

} // namespace

void describe_bundle(const kiosk::fleet::Bundle& b) {
    std::printf("bundle version %lld\n", static_cast<long long>(b.version));
    std::printf("  issued   %s\n  expires  %s\n", date(b.issued_at).c_str(), date(b.expires_at).c_str());
    if (b.targets.all)
        std::printf("  for      every kiosk\n");
    else {
        if (!b.targets.kiosks.empty()) std::printf("  kiosks   %s\n", join(b.targets.kiosks).c_str());
        if (!b.targets.groups.empty()) std::printf("  groups   %s\n", join(b.targets.groups).c_str());
    }
    if (!b.note.empty()) std::printf("  note     %s\n", b.note.c_str());
    std::vector<std::string> settings;
    for (const auto& [key, _] : b.settings.items())
        settings.push_back(key);
    std::printf("  settings %s\n", settings.empty() ? "(none)" : join(settings).c_str());
    std::size_t texts = 0;
    for (const auto& [_, table] : b.texts)
        texts += table.size();
    std::printf("  content  %zu texts, %s, %s\n", texts,
                b.theme.empty() ? "the kiosk's own theme" : "a theme",
                b.logo_png.empty() ? "the kiosk's own logo" : "a logo");
    std::vector<std::string> sealed;
    for (const auto& [kiosk, secrets] : b.secrets)
        sealed.push_back(kiosk + " (" + std::to_string(secrets.size()) + ")");
    if (!sealed.empty()) std::printf("  secrets  sealed to %s\n", join(sealed).c_str());
}

int sign(const Args& args) {
    Arguments a(
        args,
        {"key", "version", "out", "settings", "texts", "theme", "logo", "secrets", "expires-in-days", "note"},
        {"all"}, {"kiosk", "group"});
    if (!a.positional().empty()) throw UsageError("sign takes options only");
    kiosk::fleet::Bundle b;
    b.version = a.number("version", 1, 1L << 53, 0);
    if (b.version == 0) throw UsageError("--version is needed (higher than every bundle before it)");
    b.issued_at = kiosk::fleet::unix_now();
    b.expires_at = b.issued_at + a.number("expires-in-days", 1, 3650, 90) * 24 * 3600;
    b.targets.all = a.flag("all");
    b.targets.kiosks = a.all("kiosk");
    b.targets.groups = a.all("group");
    if (b.targets.all == !(b.targets.kiosks.empty() && b.targets.groups.empty()))
        throw UsageError(
            "name the kiosks: --all, or --kiosk ID and --group NAME (more than once if need be)");
    b.note = a.get("note").value_or("");
    if (auto f = a.get("settings")) b.settings = read_json(*f, "the settings");
    if (auto f = a.get("theme")) b.theme = read_json(*f, "the theme");
    if (auto f = a.get("texts"))
        b.texts = read_as<decltype(b.texts)>(*f, R"(texts as {"nl": {"key": "text"}})");
    if (auto f = a.get("secrets"))
        b.secrets =
            read_as<decltype(b.secrets)>(*f, R"(sealed secrets as {"kiosk-id": {"/zgw/secret": "…"}})");
    if (auto f = a.get("logo")) b.logo_png = kiosk::fleet::read_small_file(*f, kiosk::fleet::max_logo_bytes);
    auto key = kiosk::fleet::read_secret_key(a.need("key"));
    auto payload = kiosk::fleet::bundle_payload(b);
    kiosk::fleet::parse_bundle(payload); // what a kiosk will refuse is refused here, before signing
    auto out = a.need("out");
    kiosk::fleet::write_file_atomically(
        out, kiosk::fleet::seal_message(kiosk::fleet::MessageKind::bundle, payload, key), 0644);
    describe_bundle(b);
    std::printf("signed with fleet key %s into %s\n", kiosk::fleet::key_id(key.public_key()).c_str(),
                out.c_str());
    return Exit::ok;
}

int verify(const Args& args) {
    Arguments a(args, {"fleet-key"}, {});
    if (a.positional().size() != 1) throw UsageError("verify takes one bundle file");
    auto key = kiosk::fleet::read_public_key(a.need("fleet-key"));
    auto bytes = kiosk::fleet::read_small_file(a.positional()[0], kiosk::fleet::max_bundle_bytes + 1);
    auto bundle = kiosk::fleet::open_bundle(bytes, key);
    describe_bundle(bundle);
    if (bundle.expires_at <= kiosk::fleet::unix_now()) {
        std::printf("refused: it has expired\n");
        return Exit::refused;
    }
    std::printf("valid: signed with fleet key %s\n", kiosk::fleet::key_id(key).c_str());
    return Exit::ok;
}

int seal(const Args& args) {
    Arguments a(args, {"to"}, {});
    if (!a.positional().empty()) throw UsageError("seal reads the secret on standard input");
    kiosk::fleet::BoxPublicKey to;
    try {
        to = kiosk::fleet::parse_box_key(a.need("to"));
    } catch (const std::exception&) {
        throw UsageError("--to: expected the kiosk's key as `kiosk-provision status` shows it");
    }
    std::string secret((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r'))
        secret.pop_back();
    if (secret.empty()) throw UsageError("no secret on standard input");
    std::printf("%s\n", kiosk::fleet::seal_secret(secret, to).c_str());
    std::fill(secret.begin(), secret.end(), '\0');
    return Exit::ok;
}

} // namespace provision
