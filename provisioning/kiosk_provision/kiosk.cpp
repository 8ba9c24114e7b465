// enroll and status: on the kiosk itself.
#include "arguments.hpp"
#include "commands.hpp"
#include "kiosk/fleet/bundle_intake.hpp"
#include "kiosk/fleet/bundle_store.hpp"
#include "kiosk/fleet/files.hpp"
#include "kiosk/fleet/unix_time.hpp"
#include "kiosk/services/http/http_client.hpp"
#include "kiosk/util/bounded_json.hpp"

#include <chrono>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace provision {

void describe_bundle(const kiosk::fleet::Bundle& b); // bundles.cpp

namespace {

using kiosk::fleet::FleetError;
constexpr const char* default_fleet_dir = "/var/lib/zuil/fleet";

// The first bundle, from the enrolment server: POST {kiosk_id, groups, box_public_key} with the one-time
// token as a bearer token; the answer is the signed bundle (docs/fleet.md).
std::string fetch_first_bundle(const std::string& url, const std::string& token, const std::string& ca_file,
                               const kiosk::fleet::KioskIdentity& kiosk) {
    namespace services = kiosk::services;
    auto parsed = services::parse_url(url);
    if (!parsed || parsed->scheme != "https") throw UsageError("--url: expected an https address");
    services::HttpRequest request;
    request.method = "POST";
    request.url = parsed->text;
    request.headers.push_back(services::bearer_header(token));
    request.headers.push_back(services::secure("Content-Type: application/json"));
    nlohmann::json body{{"kiosk_id", kiosk.id},
                        {"groups", kiosk.groups},
                        {"box_public_key", kiosk::fleet::box_key_text(kiosk.box_public)}};
    request.body = services::secure(body.dump());
    request.timeout_ms = 20'000;
    request.max_response_bytes = kiosk::fleet::max_bundle_bytes;
    auto response = services::HttpClient({ca_file}).send(request);
    if (!response.arrived())
        throw NetworkError("cannot reach the enrolment server " + parsed->host + ": " + response.error);
    if (response.status == 401 || response.status == 403)
        throw FleetError("the enrolment server refused the token (wrong, expired or used before)");
    if (response.status != 200)
        throw FleetError("the enrolment server answered " + std::to_string(response.status));
    return {response.body.begin(), response.body.end()};
}

} // namespace

int enroll(const Args& args) {
    Arguments a(args, {"url", "token", "bundle", "fleet-key", "kiosk-id", "fleet-dir", "ca-file"}, {},
                {"group"});
    if (!a.positional().empty()) throw UsageError("enroll takes options only");
    kiosk::fleet::BundleStore store(a.get("fleet-dir").value_or(default_fleet_dir));
    if (std::filesystem::exists(store.identity_file()))
        throw FleetError("this kiosk is enrolled already (" + store.identity_file().string() +
                         "); to enrol it again, remove " + store.dir().string() + " first");
    auto fleet_key = kiosk::fleet::read_public_key(a.need("fleet-key"));
    auto kiosk = kiosk::fleet::make_identity(a.need("kiosk-id"), a.all("group"));
    if (a.get("bundle").has_value() == a.get("url").has_value())
        throw UsageError(
            "give --url and --token (the enrolment server), or --bundle FILE (a kiosk without network)");
    auto bundle =
        a.get("bundle")
            ? kiosk::fleet::read_small_file(*a.get("bundle"), kiosk::fleet::max_bundle_bytes + 1)
            : fetch_first_bundle(a.need("url"), a.need("token"), a.get("ca-file").value_or(""), kiosk);
    // Checked before anything is written: a wrong server or a bad bundle leaves the kiosk as it was.
    auto accepted = kiosk::fleet::accept_bundle(bundle, fleet_key, kiosk, 0, kiosk::fleet::unix_now());

    std::error_code error;
    std::filesystem::create_directories(store.dir(), error);
    if (error) throw kiosk::fleet::FileError("cannot make " + store.dir().string() + ": " + error.message());
    chmod(store.dir().c_str(), 0700);
    kiosk::fleet::write_public_key(store.fleet_key_file(), fleet_key);
    kiosk::fleet::write_file_atomically(store.identity_file(), kiosk::fleet::identity_json(kiosk), 0600);
    kiosk::fleet::write_file_atomically(store.dir() / "incoming.bundle", bundle, 0600);
    // Run as root on a kiosk whose package made the directory for the zuil user: the files are the kiosk's.
    struct stat dir {};
    if (geteuid() == 0 && stat(store.dir().c_str(), &dir) == 0 && dir.st_uid != 0)
        for (const auto& file :
             {store.fleet_key_file(), store.identity_file(), store.dir() / "incoming.bundle"})
            if (chown(file.c_str(), dir.st_uid, dir.st_gid) != 0)
                throw kiosk::fleet::FileError("cannot give " + file.string() + " to the kiosk's user");
    std::printf("enrolled as %s with fleet key %s\n", kiosk.id.c_str(),
                kiosk::fleet::key_id(fleet_key).c_str());
    describe_bundle(accepted);
    std::printf("the kiosk checks and installs it when it starts (systemctl restart zuil-kiosk)\n");
    return Exit::ok;
}

int status(const Args& args) {
    Arguments a(args, {"fleet-dir"}, {});
    if (!a.positional().empty()) throw UsageError("status takes options only");
    kiosk::fleet::BundleStore store(a.get("fleet-dir").value_or(default_fleet_dir));
    if (!store.enrolled()) {
        std::printf("not enrolled (%s holds no fleet.pub and identity.json)\n", store.dir().c_str());
        return Exit::refused;
    }
    auto kiosk = store.identity();
    std::string groups;
    for (const auto& g : kiosk.groups)
        groups += (groups.empty() ? "" : ", ") + g;
    std::printf("kiosk     %s\ngroups    %s\nkiosk key %s (for kiosk-provision seal --to)\nfleet key %s\n",
                kiosk.id.c_str(), groups.empty() ? "(none)" : groups.c_str(),
                kiosk::fleet::box_key_text(kiosk.box_public).c_str(),
                kiosk::fleet::key_id(store.fleet_key()).c_str());
    auto installed = store.installed();
    if (installed) {
        describe_bundle(installed->bundle);
        if (installed->fallback) std::printf("  (bundle.current is damaged: this is the last good bundle)\n");
    } else {
        std::printf("no bundle installed\n");
    }
    if (std::filesystem::exists(store.dir() / "incoming.bundle"))
        std::printf("a bundle waits in incoming.bundle for the kiosk to start\n");
    if (std::filesystem::exists(store.refusal_file())) {
        auto refusal = kiosk::util::parse_json(kiosk::fleet::read_small_file(store.refusal_file(), 8192));
        if (refusal.is_object() && refusal.contains("reason") && refusal["reason"].is_string())
            std::printf("last refused: %s\n", refusal["reason"].get<std::string>().c_str());
    }
    return Exit::ok;
}

} // namespace provision
