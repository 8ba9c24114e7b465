// The card reader against a real pcscd with the vpcd virtual reader and the project's card emulator:
// badges through the reader and the badge desk, a card without a UID, a card pulled mid-read, pcscd
// killed and started again, the reader gone and back.
#include "card_emulator.hpp"
#include "event_sink.hpp"
#include "skip.hpp"

#include "devices/card/pcsc_reader.hpp"
#include "kiosk/staff/badge_desk.hpp"
#include "kiosk/staff/badges.hpp"

#include <doctest/doctest.h>

#include <condition_variable>
#include <mutex>
#include <optional>

using namespace std::chrono_literals;
using testing_peers::CardEmulator;

namespace {

constexpr auto patience = std::chrono::seconds(15);

std::unique_ptr<CardEmulator> start_emulator() {
    if (auto why = CardEmulator::cannot_run(); !why.empty()) testing_peers::skip_test(why);
    return std::make_unique<CardEmulator>();
}

// What the reader reports, in order, for tests that look at the cards themselves.
class Recorder final : public devices::CardListener {
public:
    struct Seen {
        std::string what; // "card", "removed", "working", "not working"
        devices::CardSeen card;
    };
    void card_inserted(const devices::CardSeen& card) override { add({"card", card}); }
    void card_removed(int slot) override { add({"removed", {slot, {}, true}}); }
    void reader_changed(bool working) override { add({working ? "working" : "not working", {}}); }

    // The `nth` (from 1) report of that kind, waiting for it.
    std::optional<Seen> wait_for(const std::string& what, int nth = 1) {
        std::unique_lock lock(mutex_);
        std::optional<Seen> found;
        changed_.wait_for(lock, patience, [&] {
            int count = 0;
            for (const auto& s : seen_)
                if (s.what == what && ++count == nth) found = s;
            return found.has_value();
        });
        return found;
    }
    int count(const std::string& what) {
        std::lock_guard lock(mutex_);
        return static_cast<int>(
            std::count_if(seen_.begin(), seen_.end(), [&](const Seen& s) { return s.what == what; }));
    }

private:
    void add(Seen s) {
        std::lock_guard lock(mutex_);
        seen_.push_back(std::move(s));
        changed_.notify_all();
    }
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<Seen> seen_;
};

kiosk::core::Bytes hex_bytes(const std::string& text) {
    return kiosk::staff::card_from_text(text).id;
}

devices::PcscSettings quick_retries() {
    return {.reader = "Virtual PCD", .first_retry = 100ms, .longest_retry = 400ms};
}

kiosk::staff::Badge badge_for(const std::string& card, const kiosk::staff::Salt& salt,
                              kiosk::core::StaffRole role, const std::string& name) {
    return {kiosk::staff::badge_hash(kiosk::staff::card_from_text(card), salt), role, name};
}

} // namespace

TEST_CASE("card reader: badges on the real reader open the roles, an unknown card does nothing") {
    auto emulator = start_emulator();
    auto salt = kiosk::staff::new_salt();
    kiosk::staff::StaffSettings staff{
        .salt = salt,
        .badges = {badge_for("04D3E0A1", salt, kiosk::core::StaffRole::volunteer, "Anja"),
                   badge_for("04D3E0A2", salt, kiosk::core::StaffRole::technician, "Bram")}};
    testing_peers::EventSink sink;
    kiosk::staff::BadgeDesk desk(sink, staff);
    devices::PcscReader reader(desk, quick_retries());
    auto working = sink.wait_for<kiosk::core::CardReaderChanged>(patience);
    REQUIRE(working);
    CHECK(working->working);

    REQUIRE(emulator->command("insert 04D3E0A1"));
    auto volunteer = sink.wait_for<kiosk::core::BadgePresented>(patience);
    REQUIRE(volunteer);
    CHECK(volunteer->role == kiosk::core::StaffRole::volunteer);
    CHECK(volunteer->name == "Anja");
    REQUIRE(emulator->command("remove"));
    REQUIRE(sink.wait_for<kiosk::core::BadgeRemoved>(patience));

    // A resident's library card: nothing at all, not even its removal. The technician's badge after it
    // is the next thing the desk says (the reader reports in order).
    REQUIRE(emulator->command("insert 04C0FFEE"));
    REQUIRE(emulator->command("remove"));
    REQUIRE(emulator->command("insert 04D3E0A2"));
    auto technician = sink.wait_for_if<kiosk::core::BadgePresented>(
        [](const auto& b) { return b.role == kiosk::core::StaffRole::technician; }, patience);
    REQUIRE(technician);
    CHECK(technician->name == "Bram");
    CHECK(sink.count_of<kiosk::core::BadgePresented>() == 2);
    CHECK(sink.count_of<kiosk::core::BadgeRemoved>() == 1);
    REQUIRE(emulator->command("remove"));
    REQUIRE(sink.wait_for_if<kiosk::core::BadgeRemoved>([](const auto&) { return true; }, patience));
    CHECK(reader.working());
}

TEST_CASE("card reader: a card without a UID is known by its ATR, and can be a badge") {
    auto emulator = start_emulator();
    const std::string atr = "3B8F8001804F0CA0000003060300030000000068";
    Recorder recorder;
    {
        devices::PcscReader reader(recorder, quick_retries());
        REQUIRE(recorder.wait_for("working"));
        REQUIRE(emulator->command("insert atr:" + atr));
        auto seen = recorder.wait_for("card");
        REQUIRE(seen);
        CHECK_FALSE(seen->card.is_uid);
        CHECK(seen->card.id == hex_bytes(atr));
        REQUIRE(emulator->command("insert 04D3E0A1")); // takes the other one off first
        auto with_uid = recorder.wait_for("card", 2);
        REQUIRE(with_uid);
        CHECK(with_uid->card.is_uid);
        CHECK(with_uid->card.id == hex_bytes("04D3E0A1"));
        CHECK(recorder.count("removed") == 1);
    }
    auto salt = kiosk::staff::new_salt();
    testing_peers::EventSink sink;
    kiosk::staff::BadgeDesk desk(
        sink,
        {.salt = salt, .badges = {badge_for("atr:" + atr, salt, kiosk::core::StaffRole::volunteer, "")}});
    REQUIRE(emulator->command("remove"));
    devices::PcscReader reader(desk, quick_retries());
    REQUIRE(emulator->command("insert atr:" + atr));
    auto badge = sink.wait_for<kiosk::core::BadgePresented>(patience);
    REQUIRE(badge);
    CHECK(badge->role == kiosk::core::StaffRole::volunteer);
}

TEST_CASE("card reader: a card pulled while it is being read is no card, and the next one reads") {
    auto emulator = start_emulator();
    Recorder recorder;
    devices::PcscReader reader(recorder, quick_retries());
    REQUIRE(recorder.wait_for("working"));
    REQUIRE(emulator->command("insert-slow 04D3E0A1")); // "ok" once the reader has asked for the UID
    REQUIRE(emulator->command("remove"));
    REQUIRE(emulator->command("insert 04D3E0A2"));
    auto seen = recorder.wait_for("card");
    REQUIRE(seen);
    CHECK(seen->card.id == hex_bytes("04D3E0A2")); // the first card was never reported
    CHECK(recorder.count("card") == 1);
    CHECK(recorder.count("removed") == 0); // nor its removal
    CHECK(reader.working());
}

TEST_CASE("card reader: pcscd killed and started again, the reader gone and back") {
    auto emulator = start_emulator();
    Recorder recorder;
    devices::PcscReader reader(recorder, quick_retries());
    REQUIRE(recorder.wait_for("working"));
    REQUIRE(emulator->command("insert 04D3E0A1"));
    REQUIRE(recorder.wait_for("card"));

    REQUIRE(emulator->command("pcscd-kill"));
    REQUIRE(recorder.wait_for("not working")); // a health flag for maintenance and the fleet
    CHECK(recorder.count("removed") == 1);     // the badge went with pcscd: assisted mode ends
    CHECK_FALSE(reader.working());
    REQUIRE(emulator->command("pcscd-start"));
    REQUIRE(recorder.wait_for("working", 2)); // found again without a restart of the kiosk
    REQUIRE(emulator->command("insert 04D3E0A2"));
    auto after = recorder.wait_for("card", 2);
    REQUIRE(after);
    CHECK(after->card.id == hex_bytes("04D3E0A2"));

    // pcscd runs on without a reader (vpcd is a serial driver: pcscd cannot unplug it live, so it
    // starts again without one): not working, and working again once the reader is back.
    REQUIRE(emulator->command("reader-unplug"));
    REQUIRE(recorder.wait_for("not working", 2));
    CHECK_FALSE(reader.working());
    REQUIRE(emulator->command("reader-plug"));
    REQUIRE(recorder.wait_for("working", 3));
    REQUIRE(emulator->command("insert 04D3E0A1"));
    REQUIRE(recorder.wait_for("card", 3));
    CHECK(reader.working());
}
