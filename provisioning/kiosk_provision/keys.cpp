// keygen: the fleet's signing key pair.
#include "kiosk/fleet/keys.hpp"
#include "arguments.hpp"
#include "commands.hpp"

#include <cstdio>
#include <sys/stat.h>

namespace provision {

int keygen(const Args& args) {
    Arguments a(args, {"out"}, {});
    std::filesystem::path dir = a.need("out");
    if (!a.positional().empty()) throw UsageError("keygen takes no arguments besides --out");
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) throw kiosk::fleet::FileError("cannot make " + dir.string() + ": " + error.message());
    auto key = kiosk::fleet::SigningKey::generate();
    kiosk::fleet::write_secret_key(dir / "fleet.key", key); // refuses to replace a key that exists
    kiosk::fleet::write_public_key(dir / "fleet.pub", key.public_key());
    std::printf("fleet key %s\n  secret: %s (keep it on this machine, mode 600, and back it up)\n"
                "  public: %s (copy it to every kiosk at enrolment)\n",
                kiosk::fleet::key_id(key.public_key()).c_str(), (dir / "fleet.key").c_str(),
                (dir / "fleet.pub").c_str());
    return Exit::ok;
}

} // namespace provision
