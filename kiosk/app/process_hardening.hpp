#pragma once
// What the kiosk process does to itself before anything else, because it holds residents' data and
// tokens: no core dumps and nobody may attach; no proxy or TLS key log from the environment; freed
// memory zeroed by the allocator itself; memory that is never swapped to disk.
namespace kiosk::app {

// glibc's per-thread cache of small freed blocks (tcache) is not zeroed by M_PERTURB, and its
// tunable can only be set before the process starts: when it is not set yet, the kiosk starts itself
// again with it. Returns only when nothing needs to change (or starting again failed).
void restart_with_safe_malloc(char** argv);

void harden_process();

} // namespace kiosk::app
