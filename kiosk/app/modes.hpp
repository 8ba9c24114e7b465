#pragma once
#include "kiosk/app/options.hpp"
#include "kiosk/app/wiring.hpp"

namespace kiosk::app {

int run_windowed(const Options& options, const Setup& setup, core::Time process_start);
int run_headless(const Options& options, const Setup& setup);

} // namespace kiosk::app
