// badge: the configuration entry for a staff badge (a salted hash of its UID, its role, a name), from
// a UID typed in or read from the card reader on this machine. The UID itself is never printed.
#include "arguments.hpp"
#include "commands.hpp"
#include "devices/card/pcsc_reader.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/staff/badges.hpp"

#include <nlohmann/json.hpp>

#include <condition_variable>
#include <cstdio>
#include <mutex>

namespace provision {
namespace {

// Waits for the first card on the reader (pcscd on this machine).
class FirstCard final : public devices::CardListener {
public:
    void card_inserted(const devices::CardSeen& card) override {
        std::lock_guard lock(mutex_);
        if (!card_) card_ = card;
        seen_.notify_all();
    }
    void card_removed(int) override {}
    void reader_changed(bool working) override {
        if (working) std::fputs("Hold the badge on the card reader...\n", stderr);
    }
    std::optional<devices::CardSeen> wait(std::chrono::seconds timeout) {
        std::unique_lock lock(mutex_);
        seen_.wait_for(lock, timeout, [this] { return card_.has_value(); });
        return card_;
    }

private:
    std::mutex mutex_;
    std::condition_variable seen_;
    std::optional<devices::CardSeen> card_;
};

kiosk::staff::Salt salt_of(const Arguments& a) {
    if (auto text = a.get("salt")) {
        auto salt = kiosk::staff::parse_salt(*text);
        if (!salt)
            throw UsageError("--salt: expected the configuration's staff.badge_salt (16 bytes in base64)");
        return *salt;
    }
    if (auto file = a.get("config")) {
        auto config = kiosk::config::load_config(*file);
        if (!config.staff)
            throw UsageError(*file + " has no \"staff\" section: add a badge_salt first (--new-salt)");
        return config.staff->salt;
    }
    throw UsageError("give --salt SALT or --config FILE (the kiosk.json whose staff.badge_salt to use)");
}

} // namespace

int badge(const Args& args) {
    Arguments a(args, {"salt", "config", "uid", "role", "name", "reader", "wait-s"}, {"new-salt", "read"});
    if (!a.positional().empty()) throw UsageError("badge takes options only");
    if (a.flag("new-salt")) {
        std::printf("%s\n", kiosk::staff::salt_text(kiosk::staff::new_salt()).c_str());
        return Exit::ok;
    }
    auto salt = salt_of(a);
    auto role_text = a.need("role");
    if (role_text != "volunteer" && role_text != "technician")
        throw UsageError("--role: volunteer or technician");
    auto name = a.get("name").value_or("");
    if (name.size() > 40 || name.find_first_of("\r\n\t") != std::string::npos)
        throw UsageError("--name: at most 40 characters on one line");
    std::optional<devices::CardSeen> card;
    if (auto uid = a.get("uid")) {
        try {
            card = kiosk::staff::card_from_text(*uid);
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("--uid: ") + e.what());
        }
    } else if (a.flag("read")) {
        FirstCard first;
        devices::PcscReader reader(first, {.reader = a.get("reader").value_or("")});
        card = first.wait(std::chrono::seconds(a.number("wait-s", 1, 600, 30)));
        if (!card) {
            std::fputs("kiosk-provision: no card was read (is pcscd running and the reader plugged in?)\n",
                       stderr);
            return Exit::network;
        }
    } else {
        throw UsageError("give --uid HEX or --read");
    }
    nlohmann::json entry{{"hash", kiosk::staff::hash_text(kiosk::staff::badge_hash(*card, salt))},
                         {"role", role_text}};
    if (!name.empty()) entry["name"] = name;
    std::printf("%s\n", entry.dump().c_str());
    if (!card->is_uid)
        std::fputs("(this card has no UID: its ATR identifies it, which other cards of its kind may share)\n",
                   stderr);
    return Exit::ok;
}

} // namespace provision
