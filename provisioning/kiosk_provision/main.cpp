// kiosk-provision: IT staff's tool for a fleet of kiosks. On a workstation it makes the fleet key and
// signs configuration bundles; on a kiosk it enrols the kiosk and says what it runs with.
#include "arguments.hpp"
#include "commands.hpp"
#include "kiosk/fleet/keys.hpp"

#include <cstdio>
#include <cstring>
#include <exception>
#include <map>

namespace {

const char* help_text =
    "Usage: kiosk-provision COMMAND [options]\n"
    "\n"
    "On the IT workstation:\n"
    "  keygen --out DIR            make the fleet's Ed25519 signing key: DIR/fleet.key (mode 600, keep it\n"
    "                              secret and backed up) and DIR/fleet.pub (goes to every kiosk)\n"
    "  sign --key FILE --version N (--all | --kiosk ID... | --group NAME...) --out FILE\n"
    "       [--settings FILE] [--texts FILE] [--theme FILE] [--logo FILE.png] [--secrets FILE]\n"
    "       [--expires-in-days D] [--note TEXT]\n"
    "                              sign a configuration bundle. --settings: a merge patch on kiosk.json;\n"
    "                              --texts: {\"nl\": {\"key\": \"text\"}}; --theme: {\"palettes\": ...};\n"
    "                              --secrets: {\"kiosk-id\": {\"/zgw/secret\": \"<from seal>\"}}.\n"
    "                              N must be higher than every bundle before it. Default expiry: 90 days\n"
    "  verify --fleet-key FILE BUNDLE\n"
    "                              check a bundle's signature and contents and show what it holds\n"
    "  seal --to KIOSK_KEY         read a secret on standard input and seal it to one kiosk (its key is\n"
    "                              in `kiosk-provision status` on that kiosk); prints the sealed text\n"
    "  theme PACKAGE_DIR --out FILE [--content DIR]\n"
    "                              the municipality's NL Design System tokens (an npm package such as\n"
    "                              @utrecht/design-tokens) as the kiosk's colours, for sign --theme;\n"
    "                              refused, naming the tokens, when a pair is below 4.5:1\n"
    "  fleet status --host HOST [broker options] [--json] [--wait-ms MS]\n"
    "                              a table of every kiosk from the broker's retained messages: online,\n"
    "                              screen, printer and paper, phone, backends, versions, last seen\n"
    "  command --key FILE --kiosk ID NAME (--host HOST [broker options] | --out FILE)\n"
    "          [--expires-in-s S]\n"
    "                              send a signed command: reload, maintenance_on, maintenance_off,\n"
    "                              restart (both between visits), identify (the screen flashes) or\n"
    "                              health_report. Valid for 300 s unless said otherwise. --out: write\n"
    "                              the signed command to FILE instead of sending it\n"
    "  broker options: --port N, --ca-file FILE, --cert-file FILE, --key-file FILE, --prefix P\n"
    "                  (TLS unless the broker is on this machine; the topic prefix is zuil)\n"
    "  badge --new-salt            a new salt for kiosk.json's staff.badge_salt\n"
    "  badge (--salt SALT | --config FILE) (--uid HEX | --read [--reader NAME] [--wait-s S])\n"
    "        --role volunteer|technician [--name NAME]\n"
    "                              the entry for staff.badges: a salted hash of the badge's UID (typed,\n"
    "                              or read from this machine's card reader), never the UID itself\n"
    "\n"
    "On a kiosk (as root or the zuil user):\n"
    "  enroll --url URL --token TOKEN --fleet-key FILE --kiosk-id ID [--group NAME...]\n"
    "         [--fleet-dir DIR] [--ca-file FILE]\n"
    "                              join the fleet: make the kiosk's identity, pin the fleet key, fetch the\n"
    "                              first bundle over HTTPS with the one-time TOKEN. The kiosk checks and\n"
    "                              installs it when it starts. --bundle FILE instead of --url and --token:\n"
    "                              the first bundle from a file (a kiosk without network yet)\n"
    "  status [--fleet-dir DIR]    the kiosk's id, groups, key, fleet key and installed bundle\n"
    "\n"
    "DIR for a kiosk defaults to /var/lib/zuil/fleet.\n"
    "\n"
    "Exit codes:\n"
    "  0  done\n"
    "  1  refused: a bundle, key or answer that is not valid (nothing was changed)\n"
    "  2  the command line is wrong\n"
    "  3  a file cannot be read or written, or a secret key file is readable by others\n"
    "  4  the enrolment server or the broker cannot be reached\n";

} // namespace

int main(int argc, char** argv) {
    using namespace provision;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::fputs(help_text, args.empty() ? stderr : stdout);
        return args.empty() ? Exit::usage : Exit::ok;
    }
    static const std::map<std::string, int (*)(const Args&)> commands{
        {"keygen", keygen}, {"sign", sign},   {"verify", verify},   {"seal", seal},   {"enroll", enroll},
        {"status", status}, {"fleet", fleet}, {"command", command}, {"theme", theme}, {"badge", badge}};
    auto command = commands.find(args[0]);
    if (command == commands.end()) {
        std::fprintf(stderr, "kiosk-provision: unknown command '%s'\n\n%s", args[0].c_str(), help_text);
        return Exit::usage;
    }
    try {
        return command->second(Args(args.begin() + 1, args.end()));
    } catch (const UsageError& e) {
        std::fprintf(stderr, "kiosk-provision %s: %s (see kiosk-provision --help)\n", args[0].c_str(),
                     e.what());
        return Exit::usage;
    } catch (const kiosk::fleet::FileError& e) {
        std::fprintf(stderr, "kiosk-provision %s: %s\n", args[0].c_str(), e.what());
        return Exit::file;
    } catch (const NetworkError& e) {
        std::fprintf(stderr, "kiosk-provision %s: %s\n", args[0].c_str(), e.what());
        return Exit::network;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk-provision %s: %s\n", args[0].c_str(), e.what());
        return Exit::refused;
    }
}
