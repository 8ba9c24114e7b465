#pragma once
// What the kiosk and its PDF helper say to each other. The helper reads the document from its stdin (a
// sealed memfd) and writes one answer to its stdout (a pipe): a header, then for a page its pixels.
// Everything the helper says is checked by the kiosk; a helper that crashes, hangs or answers oddly
// is a document the kiosk cannot show.
#include <cstdint>

namespace kiosk::pdf_helper {

inline constexpr std::uint32_t answer_magic = 0x5a554c50; // "ZULP"

// argv[1]: "count", or "render" with argv[2..4] = page (from 0), max width, max height in pixels.
inline constexpr const char* count_command = "count";
inline constexpr const char* render_command = "render";
// "probe WHAT": enters the sandbox, then tries what a hijacked helper would (socket, write_file, exec,
// memory); the sandbox must stop it. For the kiosk's tests and an administrator's check.
inline constexpr const char* probe_command = "probe";
inline constexpr int exit_probe_refused = 5; // the attempt failed without killing the helper (memory)

inline constexpr int max_side_px = 4096;   // a page is never drawn larger than this
inline constexpr int max_pages = 10'000;   // more is not a letter
inline constexpr int exit_unreadable = 3;  // not a PDF, locked, no such page, damaged
inline constexpr int exit_bad_request = 4; // wrong arguments: a bug in the kiosk

struct AnswerHeader {
    std::uint32_t magic = answer_magic;
    std::int32_t pages = 0;  // count: the number of pages; render: the document's page count too
    std::int32_t width = 0;  // render: pixels across; 0 for count
    std::int32_t height = 0; // render: pixels down
    // Followed by width * height * 4 bytes of pre-multiplied ARGB32 in native byte order, row by row.
};

} // namespace kiosk::pdf_helper
