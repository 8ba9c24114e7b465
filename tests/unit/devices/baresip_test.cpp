// The phone's pure parts: netstring framing, baresip's messages, SIP's reasons in the resident's terms,
// the telephone-event check on real `callstat` output (baresip 1.0.0), and the sidecar's config.
#include "devices/phone/baresip_messages.hpp"
#include "devices/phone/baresip_sidecar.hpp"
#include "devices/phone/netstring.hpp"

#include <unistd.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace devices;
using kiosk::core::CallEndReason;

TEST_CASE("netstrings: framed, split over reads, pipelined, and broken frames refused") {
    CHECK(netstring("hello") == "5:hello,");
    CHECK(netstring("") == "0:,");
    NetstringReader r;
    r.feed("5:hel");
    CHECK_FALSE(r.next());
    r.feed("lo,3:abc,1");
    CHECK(r.next() == "hello");
    CHECK(r.next() == "abc");
    CHECK_FALSE(r.next());
    r.feed(":x,");
    CHECK(r.next() == "x");
    for (const char* bad : {"x:abc,", "3:abcd", ":abc,", "05:hello,", "123456789012345678901234"}) {
        NetstringReader broken(100);
        broken.feed(bad);
        CHECK_THROWS(broken.next());
    }
    NetstringReader small(10);
    small.feed("11:");
    CHECK_THROWS(small.next()); // a huge length would stall the connection: refused at once
    NetstringReader flooded(10);
    flooded.feed("10:0123456789,"); // one whole frame of the largest size fits
    CHECK(flooded.next() == "0123456789");
    CHECK_THROWS(flooded.feed(std::string(40, '1'))); // more unread bytes than one frame: dropped
}

TEST_CASE("the account line says whether calls leave the machine, and how they are protected") {
    auto tls = parse_account("<sip:zuil@PBX.Gemeente.nl:5061;transport=TLS>;auth_pass=x;mediaenc=srtp-mand");
    REQUIRE(tls);
    CHECK(tls->host == "pbx.gemeente.nl");
    CHECK_FALSE(tls->loopback);
    CHECK(tls->tls);
    CHECK(tls->srtp_mandatory);
    auto local = parse_account("<sip:kiosk@127.0.0.1:5062>;regint=0");
    REQUIRE(local);
    CHECK(local->loopback);
    CHECK_FALSE(local->tls);
    auto v6 = parse_account("<sips:kiosk@[::1]:5061>;mediaenc=srtp");
    REQUIRE(v6);
    CHECK(v6->host == "[::1]");
    CHECK(v6->loopback);
    CHECK(v6->tls);
    CHECK_FALSE(v6->srtp_mandatory); // srtp, but not mandatory
    CHECK_FALSE(parse_account("kiosk@pbx"));
    CHECK_FALSE(parse_account("<tel:+31201234567>"));
    CHECK_FALSE(parse_account("<sip:kiosk@>"));
}

TEST_CASE("baresip's responses and events") {
    auto r = parse_baresip_message(R"({"response":true,"ok":true,"data":"","token":"k1"})");
    CHECK(r.response);
    CHECK(r.ok);
    CHECK(r.token == "k1");
    auto e = parse_baresip_message(
        R"({"event":true,"type":"CALL_CLOSED","class":"call","accountaor":"sip:kiosk@127.0.0.1:5062",)"
        R"("direction":"outgoing","peeruri":"sip:kcc@127.0.0.1:5070","id":"b15f2f5112532419","param":"486 Rejected"})");
    CHECK_FALSE(e.response);
    CHECK(e.type == "CALL_CLOSED");
    CHECK(e.call_id == "b15f2f5112532419");
    CHECK(e.param == "486 Rejected");
    auto first = parse_baresip_message(
        R"({"event":true,"type":"CALL_LOCAL_SDP","class":"other","param":"offer"})"); // no id yet
    CHECK(first.call_id.empty());
    CHECK_FALSE(parse_baresip_message(R"({"response":true,"ok":"yes","token":"k"})").ok);
    for (const char* bad : {"", "[1,2]", "{\"hello\":1}", "{\"event\":", "null"})
        CHECK_THROWS(parse_baresip_message(bad));
    // A flag of the wrong type (found by fuzz_phone): refused as a runtime_error, like any bad message,
    // not nlohmann's type_error that the reader does not expect.
    for (const char* wrong : {R"({"event":"yes","type":"CALL_CLOSED"})", R"({"response":1,"ok":true})"})
        CHECK_THROWS_AS(parse_baresip_message(wrong), std::runtime_error);
}

TEST_CASE("commands are JSON with three strings, whatever the parameter holds") {
    CHECK(baresip_command("dial", "sip:kcc@127.0.0.1:5070", "k1") ==
          R"({"command":"dial","params":"sip:kcc@127.0.0.1:5070","token":"k1"})");
    CHECK(baresip_command("dial", "a\"b", "k2").find(R"("a\"b")") != std::string::npos);
}

TEST_CASE("why a call closed, as measured with baresip 1.0.0, in the resident's terms") {
    CHECK(close_reason("486 Rejected", false) == CallEndReason::busy);
    CHECK(close_reason("486 Busy Here", false) == CallEndReason::busy);
    CHECK(close_reason("603 Decline", false) == CallEndReason::busy);
    CHECK(close_reason("Connection refused", false) == CallEndReason::unreachable);
    CHECK(close_reason("Connection timed out", false) == CallEndReason::unreachable);
    CHECK(close_reason("404 Not Found", false) == CallEndReason::unreachable);
    CHECK(close_reason("503 Service Unavailable", false) == CallEndReason::unreachable);
    CHECK(close_reason("408 Request Timeout", false) == CallEndReason::no_answer);
    CHECK(close_reason("480 Temporarily Unavailable", false) == CallEndReason::no_answer);
    CHECK(close_reason("Connection reset by peer", false) == CallEndReason::busy); // put down while ringing
    CHECK(close_reason("500 Server Internal Error", false) == CallEndReason::failed);
    CHECK(close_reason("something new", false) == CallEndReason::failed);
    CHECK(close_reason("Connection reset by peer", true) == CallEndReason::hung_up_by_kcc);
    CHECK(close_reason("rtp stream error", true) == CallEndReason::connection_lost);
}

TEST_CASE("telephone-event among the far end's formats, from real callstat output") {
    // Verbatim from baresip 1.0.0: kiosk to a baresip KCC (negotiated) ...
    const char* both =
        "\n===== Call debug (ESTABLISHED) =====\n local_uri:  <sip:kiosk@127.0.0.1:5062>\n peer_uri:   "
        "<sip:kcc@127.0.0.1:5070>\n af=AF_INET id=b15f2f5112532419\n direction: Outgoing\nSDP session\n  "
        "local "
        "attributes:\n    tool='baresip 1.0.0'\n  remote attributes:\n    tool='baresip 1.0.0'\nsession "
        "media:\naudio RTP/AVP\n  local formats:\n      8 PCMA/8000/1 () *\n      0 PCMU/8000/1 () *\n    "
        "101 "
        "telephone-event/8000/1 (0-15) *\n  remote formats:\n      8 PCMA/8000/1 *\n      0 PCMU/8000/1 *\n  "
        "  "
        "101 telephone-event/8000/1 (0-15) *\n  local attributes:\n    label='1'\n    rtcp-rsize\n  remote "
        "attributes:\n    label='1'\nlocal media:\n\n";
    // ... and to a callee that answered PCMA only.
    const char* keyless =
        "\nSDP session\nsession media:\naudio RTP/AVP\n  local formats:\n      8 PCMA/8000/1 () "
        "*\n      0 PCMU/8000/1 ()\n    101 telephone-event/8000/1 (0-15)\n  remote formats:\n      "
        "8 PCMA/8000/1 *\n  local attributes:\n    label='1'\n";
    CHECK(telephone_events_negotiated(both));
    CHECK_FALSE(telephone_events_negotiated(keyless)); // offered locally is not enough
    CHECK_FALSE(telephone_events_negotiated("\n(no active calls)\n"));
    CHECK_FALSE(telephone_events_negotiated(""));
}

TEST_CASE("only telephone keys are sent, and only SIP addresses dialled") {
    CHECK(dtmf_digits("4821073596"));
    CHECK(dtmf_digits("12#"));
    CHECK(dtmf_digits("*AD"));
    for (const char* bad : {"", "12 34", "12e4", "１２", "4821073596\n"})
        CHECK_FALSE(dtmf_digits(bad));
    CHECK_FALSE(dtmf_digits(std::string(33, '1')));
    CHECK(dialable("sip:idbellen@kcc.gemeente.nl"));
    CHECK(dialable("sips:idbellen@kcc.gemeente.nl;transport=tls"));
    for (const char* bad : {"tel:14024", "sip:a b@c", "sip:a@b\r\nVia: x", "http://x", "sip:<x>", ""})
        CHECK_FALSE(dialable(bad));
}

TEST_CASE("the sidecar's config: the kiosk's settings, its modules, and no smuggled lines") {
    BaresipSettings s;
    s.control = "127.0.0.1:4444";
    s.sip_listen = "127.0.0.1:5062";
    s.extra_config = {"ausrc_srate\t48000"};
    auto config = baresip_config(s);
    CHECK(config.find("ctrl_tcp_listen\t127.0.0.1:4444\n") != std::string::npos);
    CHECK(config.find("net_interface\t127.0.0.1\n") != std::string::npos);
    CHECK(config.find("module\tctrl_tcp.so\n") != std::string::npos);
    CHECK(config.find("module\tsrtp.so\nmodule\taccount.so\n") != std::string::npos); // mediaenc=srtp works
    CHECK(config.find("ausrc_srate\t48000\n") != std::string::npos);
    CHECK(config.find("statmode_default\toff\n") != std::string::npos);
    s.audio_source = "alsa,default\nmodule\thttpd.so";
    CHECK_THROWS_AS(baresip_config(s), std::invalid_argument);
}

TEST_CASE("the config for a baresip that systemd runs is the one the kiosk would run") {
    auto dir = std::filesystem::temp_directory_path() / ("phone-config-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    BaresipSettings s;
    s.account = "<sip:zuil-noord@pbx.gemeente.nl;transport=tls>;regint=600";
    write_baresip_config(s, dir);
    auto read = [&](const char* name) {
        std::ifstream file(dir / name);
        std::stringstream text;
        text << file.rdbuf();
        return text.str();
    };
    CHECK(read("config") == baresip_config(s));
    CHECK(read("accounts") == s.account + "\n");
    s.account += "\nmodule\thttpd.so";
    CHECK_THROWS(write_baresip_config(s, dir));
    std::filesystem::remove_all(dir);
}
