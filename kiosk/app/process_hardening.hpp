#pragma once
// What the kiosk process does to itself before anything else, because it holds residents' data and
// tokens: no core dumps and nobody may attach; no proxy or TLS key log from the environment.
namespace kiosk::app {

void harden_process();

} // namespace kiosk::app
