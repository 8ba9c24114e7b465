// Staff badges: salted Argon2id hashes of a card's identifier, never the identifier itself; the
// configuration's "staff" section; the badge desk between the reader and the core.
#include "devices/card/card_demo.hpp"
#include "kiosk/staff/badge_desk.hpp"
#include "kiosk/staff/badges.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using namespace kiosk;
using kiosk::staff::card_from_text;

namespace {

staff::StaffSettings parse(const nlohmann::json& section) {
    return staff::parse_staff(util::JsonReader::parse(section.dump(), "kiosk.json: staff"));
}

class Collect final : public plumbing::Outbox {
public:
    void post(core::Event event) override { events.push_back(std::move(event)); }
    void schedule(core::Duration, std::function<void()>) override {}
    std::vector<core::Event> events;
};

} // namespace

TEST_CASE("a badge hash depends on the card, the salt and whether the identifier is a UID or an ATR") {
    auto salt = staff::new_salt();
    auto uid = staff::badge_hash(card_from_text("04D3E0A1"), salt);
    CHECK(uid == staff::badge_hash(card_from_text("04 d3 e0 a1"), salt)); // as a reader tool prints it
    CHECK(uid != staff::badge_hash(card_from_text("04D3E0A2"), salt));
    CHECK(uid != staff::badge_hash(card_from_text("atr:04D3E0A1"), salt));
    CHECK(uid != staff::badge_hash(card_from_text("04D3E0A1"), staff::new_salt()));
    auto text = staff::hash_text(uid);
    CHECK(text.size() == 64);
    CHECK(text.find("04d3e0a1") == std::string::npos);
}

TEST_CASE("card texts: hex UIDs and atr: prefixed ATRs, nothing else") {
    auto card = card_from_text("04D3E0A1");
    CHECK(card.is_uid);
    CHECK(card.id == core::Bytes{0x04, 0xD3, 0xE0, 0xA1});
    CHECK_FALSE(card_from_text("atr:3B8F8001").is_uid);
    for (const char* bad : {"", "04D3E0A", "zz", "atr:", "uid:04D3E0A1", "04D3E0A1; rm -rf /"})
        CHECK_THROWS_AS(card_from_text(bad), std::invalid_argument);
    CHECK_THROWS_AS(card_from_text(std::string(130, 'A')), std::invalid_argument);
}

TEST_CASE("the salt goes to text and back; a wrong salt is refused") {
    auto salt = staff::new_salt();
    CHECK(staff::parse_salt(staff::salt_text(salt)) == salt);
    CHECK_FALSE(staff::parse_salt("c2hvcnQ="));
    CHECK_FALSE(staff::parse_salt("not base64 at all"));
}

TEST_CASE("the staff section: badges with roles and names, a help line, a reader; mistakes are named") {
    auto salt = staff::new_salt();
    auto hash = staff::hash_text(staff::badge_hash(card_from_text("04D3E0A1"), salt));
    auto settings = parse({{"badge_salt", staff::salt_text(salt)},
                           {"badges", {{{"hash", hash}, {"role", "technician"}, {"name", "Bram"}}}},
                           {"helpline", "sip:hulplijn@kcc.example.nl"},
                           {"card_reader", "ACS"}});
    REQUIRE(settings.badges.size() == 1);
    CHECK(settings.badges[0].role == core::StaffRole::technician);
    CHECK(settings.badges[0].name == "Bram");
    CHECK(settings.helpline == "sip:hulplijn@kcc.example.nl");
    CHECK(settings.reader_name == "ACS");
    CHECK(staff::find_badge(settings.badges, staff::badge_hash(card_from_text("04D3E0A1"), salt)));
    CHECK_FALSE(staff::find_badge(settings.badges, staff::badge_hash(card_from_text("04D3E0A2"), salt)));

    auto salt_text = staff::salt_text(salt);
    CHECK_THROWS_WITH_AS(parse({{"badge_salt", "short"}}), doctest::Contains("badge_salt"), std::exception);
    CHECK_THROWS_WITH_AS(
        parse({{"badge_salt", salt_text}, {"badges", {{{"hash", "04D3E0A1"}, {"role", "volunteer"}}}}}),
        doctest::Contains("hash"), std::exception); // a UID where a hash belongs
    CHECK_THROWS_WITH_AS(
        parse({{"badge_salt", salt_text}, {"badges", {{{"hash", hash}, {"role", "admin"}}}}}),
        doctest::Contains("role"), std::exception);
    CHECK_THROWS_WITH_AS(parse({{"badge_salt", salt_text},
                                {"badges", {{{"hash", hash}, {"role", "volunteer"}, {"name", "a\nb"}}}}}),
                         doctest::Contains("name"), std::exception);
    CHECK_THROWS_WITH_AS(parse({{"badge_salt", salt_text}, {"helpline", "https://example.nl"}}),
                         doctest::Contains("helpline"), std::exception);
    CHECK_THROWS_WITH_AS(parse({{"badge_salt", salt_text}, {"uids", {"04D3E0A1"}}}),
                         doctest::Contains("uids"), std::exception);
}

TEST_CASE("the badge desk: a badge becomes its role and name, any other card nothing at all") {
    auto salt = staff::new_salt();
    Collect outbox;
    staff::BadgeDesk desk(outbox, {.salt = salt,
                                   .badges = {{staff::badge_hash(card_from_text("04D3E0A1"), salt),
                                               core::StaffRole::volunteer, "Anja"}}});
    devices::DemoCardReader reader(desk);
    REQUIRE(outbox.events.size() == 1);
    CHECK(outbox.events[0] == core::Event{core::CardReaderChanged{true}});

    reader.insert(card_from_text("04C0FFEE")); // a library card
    reader.remove();
    CHECK(outbox.events.size() == 1);

    reader.insert(card_from_text("04D3E0A1"));
    REQUIRE(outbox.events.size() == 2);
    CHECK(outbox.events[1] == core::Event{core::BadgePresented{core::StaffRole::volunteer, "Anja"}});
    reader.insert(card_from_text("04C0FFEE")); // swapped for another card: the badge is gone
    REQUIRE(outbox.events.size() == 3);
    CHECK(outbox.events[2] == core::Event{core::BadgeRemoved{}});
    reader.remove();
    CHECK(outbox.events.size() == 3);
}
