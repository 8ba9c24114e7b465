// The URL policy against hostile URLs: what a malicious server or a careless configuration might
// hand the kiosk. Every case here was accepted by the old prefix checks or would be by a naive one.
#include "kiosk/services/http/url_policy.hpp"

#include <doctest/doctest.h>

using namespace kiosk::services;

TEST_CASE("https anywhere, plain http only to this machine") {
    CHECK(allowed_url("https://openzaak.gemeente.nl/zaken/api/v1/zaken"));
    CHECK(allowed_url("http://127.0.0.1:8000/zaken/api/v1"));
    CHECK(allowed_url("http://localhost/x"));
    CHECK(allowed_url("http://[::1]:9/x"));
    CHECK_FALSE(allowed_url("http://openzaak.gemeente.nl/zaken/api/v1"));
    CHECK_FALSE(allowed_url("ftp://127.0.0.1/x"));
    CHECK_FALSE(allowed_url("file:///etc/passwd"));
    CHECK_FALSE(allowed_url("gopher://127.0.0.1:70/"));
    CHECK_FALSE(allowed_url("//openzaak.gemeente.nl/zaken"));
    CHECK_FALSE(allowed_url("/zaken/api/v1/zaken"));
    CHECK_FALSE(allowed_url(""));
}

TEST_CASE("a loopback prefix with user info does not make another host loopback") {
    // The old check: starts_with("http://127.0.0.1:") accepted this and sent plain HTTP elsewhere.
    CHECK_FALSE(allowed_url("http://127.0.0.1:x@other.example/"));
    CHECK_FALSE(allowed_url("http://127.0.0.1:80@other.example/zaken"));
    CHECK_FALSE(allowed_url("http://localhost@other.example/"));
    CHECK_FALSE(allowed_url("https://user:secret@openzaak.gemeente.nl/"));
    CHECK_FALSE(allowed_url("https://user@openzaak.gemeente.nl/"));
    auto url = parse_url("http://127.0.0.1.other.example/");
    CHECK_FALSE(url); // http to a host that only starts like loopback
    CHECK_FALSE(allowed_url("http://127.0.0.2/"));
}

TEST_CASE("control characters, spaces and fragments are refused") {
    CHECK_FALSE(allowed_url("https://openzaak.gemeente.nl/zaken\r\nHost: evil"));
    CHECK_FALSE(allowed_url("https://openzaak.gemeente.nl/za ken"));
    CHECK_FALSE(allowed_url(std::string("https://openzaak.gemeente.nl/\0x", 31)));
    CHECK_FALSE(allowed_url("https://openzaak.gemeente.nl/zaken#frag"));
    CHECK_FALSE(allowed_url("https://openzaak.gemeente.nl:0/"));
    CHECK_FALSE(allowed_url("https://openzaak.gemeente.nl:99999/"));
}

TEST_CASE("dot segments, encoded or not, never climb out of an API root") {
    const std::string root = "https://oz.example/zaken/api/v1";
    CHECK(url_under("https://oz.example/zaken/api/v1/zaken/123", root));
    CHECK(url_under("https://oz.example/zaken/api/v1", root));
    CHECK(url_under("https://oz.example/zaken/api/v1?page=2", root));
    CHECK(url_under("https://OZ.example:443/zaken/api/v1/zaken", root)); // same host and port, spelled out
    CHECK_FALSE(url_under("https://oz.example/zaken/api/v1/../../admin", root)); // libcurl removes the dots
    CHECK_FALSE(url_under("https://oz.example/zaken/api/v1/zaken/../../../catalogi", root));
    CHECK_FALSE(allowed_url("https://oz.example/zaken/api/v1/%2e%2e/%2e%2e/admin"));
    CHECK_FALSE(allowed_url("https://oz.example/zaken/api/v1/%2E%2E/admin"));
    CHECK_FALSE(allowed_url("https://oz.example/zaken/api/v1/.%2e/admin"));
    CHECK_FALSE(allowed_url("https://oz.example/zaken/api/v1/%2e/zaken"));
    CHECK_FALSE(allowed_url("https://oz.example/zaken/api/v1%2f..%2fadmin"));
    CHECK_FALSE(allowed_url("https://oz.example/zaken/api/v1/..%5cadmin"));
    CHECK_FALSE(url_under("https://oz.example/zaken/api/v10/zaken", root)); // a longer sibling
    CHECK_FALSE(url_under("https://oz.example/zaken/api/v1x", root));
    CHECK_FALSE(url_under("https://oz.example.evil/zaken/api/v1/zaken", root));
    CHECK_FALSE(url_under("https://evil.example/zaken/api/v1/zaken", root));
    CHECK_FALSE(url_under("https://oz.example:8443/zaken/api/v1/zaken", root));
    CHECK_FALSE(url_under("http://oz.example/zaken/api/v1/zaken", root));
}

TEST_CASE("the parsed URL is what gets sent, and says where it goes") {
    auto url = parse_url("https://Oz.Example/zaken/api/v1/a/./b/../zaken?x=1");
    REQUIRE(url);
    CHECK(url->host == "oz.example");
    CHECK(url->port == 443);
    CHECK(url->path == "/zaken/api/v1/a/zaken");
    CHECK(url->query == "x=1");
    CHECK_FALSE(url->loopback);
    CHECK(url->text.find("/./") == std::string::npos);
    auto local = parse_url("http://127.0.0.1:8080/x");
    REQUIRE(local);
    CHECK(local->loopback);
    CHECK(local->port == 8080);
    CHECK(path_below("https://oz.example/zaken/api/v1/statussen/7", "https://oz.example/zaken/api/v1") ==
          "/statussen/7");
    CHECK_FALSE(
        path_below("https://oz.example/catalogi/api/v1/statussen/7", "https://oz.example/zaken/api/v1"));
}
