#pragma once
// The cage the PDF helper puts itself in before it reads a single byte of the document: resource
// limits (memory, CPU time, no files written, no new processes) and a seccomp filter that allows
// reading what is already open or open read-only (fonts), writing to stdout and stderr, and memory
// management; no sockets, no exec, no new files. A call outside the list kills the helper; opening a
// file to write, and the font cache's housekeeping, fail with EACCES instead.
namespace kiosk::pdf_helper {

struct Limits {
    long memory_bytes = 1024L * 1024 * 1024; // address space; a page of 4096 x 4096 needs 64 MB of pixels
    long cpu_seconds = 10;
};

// Returns false (with a reason on stderr) when the cage cannot be built: the helper then refuses to work.
bool enter_sandbox(const Limits& limits);

} // namespace kiosk::pdf_helper
