#pragma once
// How the kiosk runs its phone: baresip, as a sidecar the kiosk starts and watches (or systemd does),
// driven over ctrl_tcp on loopback.
#include <string>
#include <vector>

namespace devices {

struct BaresipSettings {
    bool managed = true; // the kiosk starts baresip itself; false: systemd runs it
    std::string binary = "/usr/bin/baresip";
    std::string owner = "zuil"; // unmanaged: the user systemd runs baresip as (zuil-phone.service)
    std::string control = "127.0.0.1:4444"; // ctrl_tcp; loopback only
    // For a managed baresip: the config the kiosk writes into a private directory on every start.
    std::string sip_listen = "127.0.0.1:5062";
    std::string account = "<sip:kiosk@127.0.0.1:5062>;regint=0;audio_codecs=pcma,pcmu";
    std::string audio_source = "alsa,default"; // the handset's microphone
    std::string audio_player = "alsa,default"; // the handset's earpiece
    std::string rtp_ports = "10000-10099";
    std::vector<std::string> extra_config; // more "key value" lines, e.g. for a test's audio
    std::string code_terminator;           // "#" when the contact centre's menu wants one
    int command_timeout_ms = 5000;         // baresip must answer a command within this
    int hang_up_timeout_ms = 3000;         // and close a call it was told to end within this
};

} // namespace devices
