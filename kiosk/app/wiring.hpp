#pragma once
// Puts the kiosk together from configuration and content: the initial State, the UI content and the
// backends (demo or real). kiosk/app is the only place that knows every part.
#include "kiosk/app/fleet_setup.hpp"
#include "kiosk/app/fleet_telemetry.hpp"
#include "kiosk/app/options.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/runtime/runtime.hpp"
#include "kiosk/services/documents/pdf_sandbox.hpp"
#include "ui/ui.hpp"

#include <memory>

namespace devices {
class DemoCardReader;
}

namespace kiosk::app {

// The demo's cards (content/demo/staff.json holds the badges' hashes): for the demo window's keys and
// the demo journeys. The library card is no badge: laying it on the reader must do nothing.
inline constexpr const char* demo_volunteer_card = "04D3E0A1";
inline constexpr const char* demo_technician_card = "04D3E0A2";
inline constexpr const char* demo_library_card = "04C0FFEE";

struct Setup {
    config::KioskConfig config;
    ui::UiContent content;
    core::State initial;
    services::SandboxSettings sandbox; // documents are counted and drawn by the helper, never in here
    std::string logo_png;              // for printed overviews: the content's logo or a bundle's
    std::int64_t bundle_version = 0;   // the fleet bundle applied; 0: none
    std::string bundle_refusal;        // why a bundle offered at start was refused, for the fleet
    bool demo_badges = false;          // the demo's own badges and card reader (no staff section)
};

// Reads and validates everything; throws with a message that names the file and setting at fault.
// With --fleet-dir, a waiting bundle is taken in first and the installed bundle is applied.
Setup load_setup(const Options& options);
// The same for a given bundle (nullptr: none), which is validated with everything else.
Setup load_setup(const Options& options, const FleetBundle* bundle);

// Owns whichever backends the configuration asks for and attaches them to the runtime.
class BackendSet {
public:
    virtual ~BackendSet() = default;
    virtual DeviceProbes probes() = 0;                                      // for the fleet's health reports
    virtual devices::DemoCardReader* demo_card_reader() { return nullptr; } // demo mode only
};
std::unique_ptr<BackendSet> attach_backends(runtime::Runtime& runtime, const Setup& setup,
                                            const Options& options);

// Reports to the fleet's broker and takes its commands, when the configuration names a broker and the
// kiosk is enrolled (--fleet-dir); nullptr otherwise.
std::unique_ptr<FleetTelemetry> start_telemetry(runtime::Runtime& runtime, const Setup& setup,
                                                const Options& options, BackendSet& backends);

} // namespace kiosk::app
