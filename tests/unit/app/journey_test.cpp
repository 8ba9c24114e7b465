#include "kiosk/app/journey.hpp"
#include "kiosk/app/options.hpp"

#include <doctest/doctest.h>

using namespace kiosk::app;

TEST_CASE("a journey file is read into steps") {
    auto j = parse_journey(R"({"name":"n","size":[1080,1920],"steps":[{"tap":"Beginnen"},{"expect":"Welkom"},
        {"expect_not":"Fout"},{"advance":30},{"wait_for":"Klaar","timeout":5},{"drag":"Aanvraag","by":-300},{"demo":"printer_empty"}]})",
                           "j.json");
    CHECK(j.width == 1080);
    CHECK(j.height == 1920);
    REQUIRE(j.steps.size() == 7);
    CHECK(std::get<Tap>(j.steps[0]).label == "Beginnen");
    CHECK(std::get<Advance>(j.steps[3]).seconds == 30);
    CHECK(std::get<WaitFor>(j.steps[4]).timeout_seconds == 5);
    CHECK(std::get<Drag>(j.steps[5]).dy == -300);
    CHECK(describe(j.steps[0]) == "tap 'Beginnen'");
}

TEST_CASE("journey mistakes are named") {
    CHECK_THROWS_WITH_AS(parse_journey(R"({"name":"n","steps":[{"jump":1}]})", "j.json"),
                         doctest::Contains("j.json.steps[0]"), std::runtime_error);
    CHECK_THROWS_WITH_AS(parse_journey(R"({"name":"n","steps":[{"demo":"fire"}]})", "j.json"),
                         doctest::Contains("printer_empty"), std::runtime_error);
    CHECK_THROWS_WITH_AS(parse_journey(R"({"name":"n","size":[10,10],"steps":[{"tap":"x"}]})", "j.json"),
                         doctest::Contains("640"), std::runtime_error);
    CHECK_THROWS(parse_journey(R"({"name":"n","steps":[]})", "j.json"));
}

TEST_CASE("command-line options") {
    auto o = parse_options({"--demo", "--windowed", "--size", "1080x1920"}, "/content");
    CHECK(o.demo);
    CHECK(o.windowed);
    CHECK(o.size == std::pair{1080, 1920});
    CHECK(o.content_dir == "/content");
    CHECK_THROWS_WITH_AS(parse_options({"--size", "big"}, "/c"), doctest::Contains("WIDTHxHEIGHT"),
                         std::invalid_argument);
    CHECK(parse_options({"--config", "k.json", "--phone-config", "/run/zuil-phone"}, "/c").phone_config_dir ==
          "/run/zuil-phone");
    CHECK_THROWS_WITH_AS(parse_options({"--phone-config", "/run/zuil-phone"}, "/c"),
                         doctest::Contains("--config"), std::invalid_argument);
    CHECK_THROWS_WITH_AS(parse_options({"--headless"}, "/c"), doctest::Contains("--journey"),
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(parse_options({"--frobnicate"}, "/c"), doctest::Contains("unknown option"),
                         std::invalid_argument);
}
