#include "kiosk/pdf_helper/sandbox.hpp"

#include <seccomp.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sched.h>
#include <sys/resource.h>

namespace kiosk::pdf_helper {
namespace {

bool limit(int resource, rlim_t value, const char* name) {
    rlimit r{value, value};
    if (setrlimit(resource, &r) == 0) return true;
    std::fprintf(stderr, "pdf helper: cannot limit %s: %s\n", name, std::strerror(errno));
    return false;
}

struct FilterFree {
    void operator()(scmp_filter_ctx ctx) const { seccomp_release(ctx); }
};

// Memory, time, the threads poppler may start, and reading: what rendering a page needs.
constexpr int allowed_calls[] = {
    SCMP_SYS(read),
    SCMP_SYS(pread64),
    SCMP_SYS(readv),
    SCMP_SYS(lseek),
    SCMP_SYS(fstat),
    SCMP_SYS(newfstatat),
    SCMP_SYS(statx),
    SCMP_SYS(getdents64),
    SCMP_SYS(close),
    SCMP_SYS(mmap),
    SCMP_SYS(munmap),
    SCMP_SYS(mremap),
    SCMP_SYS(mprotect),
    SCMP_SYS(brk),
    SCMP_SYS(madvise),
    SCMP_SYS(futex),
    SCMP_SYS(rt_sigreturn),
    SCMP_SYS(rt_sigprocmask),
    SCMP_SYS(exit),
    SCMP_SYS(exit_group),
    SCMP_SYS(getrandom),
    SCMP_SYS(clock_gettime),
    SCMP_SYS(gettimeofday),
    SCMP_SYS(getpid),
    SCMP_SYS(gettid),
    SCMP_SYS(sched_yield),
    SCMP_SYS(sched_getaffinity),
    SCMP_SYS(fcntl),
    SCMP_SYS(access),
    SCMP_SYS(faccessat),
    SCMP_SYS(faccessat2),
    SCMP_SYS(readlink),
    SCMP_SYS(readlinkat),
    SCMP_SYS(getcwd),
    SCMP_SYS(uname),
    SCMP_SYS(sysinfo),
    SCMP_SYS(prlimit64),
    SCMP_SYS(set_robust_list),
    SCMP_SYS(rseq),
    SCMP_SYS(fstatfs),
    SCMP_SYS(statfs),
    SCMP_SYS(fadvise64),
    SCMP_SYS(getuid),
    SCMP_SYS(geteuid),
};

// What fontconfig does when it finds its cache stale (write a new one, lock it): refused with an error
// it handles, rather than killing the helper over a font cache. Nothing is written either way.
constexpr int refused_calls[] = {
    SCMP_SYS(mkdir),     SCMP_SYS(mkdirat),   SCMP_SYS(unlink),    SCMP_SYS(unlinkat), SCMP_SYS(rename),
    SCMP_SYS(renameat),  SCMP_SYS(renameat2), SCMP_SYS(link),      SCMP_SYS(linkat),   SCMP_SYS(symlink),
    SCMP_SYS(symlinkat), SCMP_SYS(flock),     SCMP_SYS(fchmod),    SCMP_SYS(chmod),    SCMP_SYS(utimensat),
    SCMP_SYS(ftruncate), SCMP_SYS(fsync),     SCMP_SYS(fdatasync),
};

} // namespace

bool enter_sandbox(const Limits& limits) {
    // Hard limits: the helper cannot raise them again.
    bool ok = limit(RLIMIT_CPU, static_cast<rlim_t>(limits.cpu_seconds), "CPU time") &&
              limit(RLIMIT_FSIZE, 0, "file size") && limit(RLIMIT_NOFILE, 64, "open files") &&
              limit(RLIMIT_CORE, 0, "core dumps");
#if !defined(__SANITIZE_ADDRESS__)
    ok = ok && limit(RLIMIT_AS, static_cast<rlim_t>(limits.memory_bytes), "memory");
#endif
    if (!ok) return false;

    std::unique_ptr<void, FilterFree> filter(seccomp_init(SCMP_ACT_KILL_PROCESS));
    if (!filter) {
        std::fprintf(stderr, "pdf helper: no seccomp\n");
        return false;
    }
    auto* ctx = filter.get();
    int rc = 0;
    for (int call : allowed_calls)
        rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, call, 0);
    for (int call : refused_calls)
        rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), call, 0);
    // Writing only to stdout (the answer) and stderr (a reason), never to a file it opened.
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(write), 1, SCMP_A0(SCMP_CMP_LE, 2));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(writev), 1, SCMP_A0(SCMP_CMP_LE, 2));
    // Opening files read-only (fontconfig and FreeType read fonts lazily); opening to write or create
    // fails with EACCES.
    constexpr auto write_flags = O_ACCMODE | O_CREAT | O_TRUNC;
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(openat), 1,
                           SCMP_A2(SCMP_CMP_MASKED_EQ, write_flags, O_RDONLY));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(openat), 1,
                           SCMP_A2(SCMP_CMP_MASKED_EQ, O_ACCMODE, O_WRONLY));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(openat), 1,
                           SCMP_A2(SCMP_CMP_MASKED_EQ, O_ACCMODE, O_RDWR));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(openat), 1,
                           SCMP_A2(SCMP_CMP_MASKED_EQ, O_ACCMODE | O_CREAT, O_CREAT));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(open), 1,
                           SCMP_A1(SCMP_CMP_MASKED_EQ, write_flags, O_RDONLY));
    // Threads only (CLONE_THREAD), never a new process. clone3 passes its flags in memory, where the
    // filter cannot look: it says "not here", and glibc falls back to clone.
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
                           SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
    if (rc != 0 || seccomp_load(ctx) != 0) {
        std::fprintf(stderr, "pdf helper: cannot load the seccomp filter\n");
        return false;
    }
    return true;
}

} // namespace kiosk::pdf_helper
