#include "kiosk/fleet/files.hpp"

#include "kiosk/fleet/keys.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk::fleet {
namespace {

std::string why() {
    return std::strerror(errno);
}

class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) close(fd_);
    }
    Fd(const Fd&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

void write_all(int fd, std::string_view bytes, const std::filesystem::path& file) {
    while (!bytes.empty()) {
        ssize_t n = write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw FileError("cannot write " + file.string() + ": " + why());
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void sync_directory(const std::filesystem::path& file) {
    auto dir = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
    Fd fd(open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || fsync(fd.get()) != 0) throw FileError("cannot sync " + dir.string() + ": " + why());
}

} // namespace

void write_file_atomically(const std::filesystem::path& file, std::string_view bytes, unsigned mode) {
    auto temp = file;
    temp += ".new";
    {
        Fd fd(open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode));
        if (fd.get() < 0) throw FileError("cannot write " + temp.string() + ": " + why());
        fchmod(fd.get(), mode); // whatever the umask
        write_all(fd.get(), bytes, temp);
        if (fsync(fd.get()) != 0) throw FileError("cannot sync " + temp.string() + ": " + why());
    }
    if (std::rename(temp.c_str(), file.c_str()) != 0)
        throw FileError("cannot put " + file.string() + " in place: " + why());
    sync_directory(file);
}

void write_new_file(const std::filesystem::path& file, std::string_view bytes, unsigned mode) {
    Fd fd(open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode));
    if (fd.get() < 0)
        throw FileError(errno == EEXIST ? file.string() + " exists already; it is not replaced"
                                        : "cannot write " + file.string() + ": " + why());
    fchmod(fd.get(), mode);
    write_all(fd.get(), bytes, file);
    if (fsync(fd.get()) != 0) throw FileError("cannot sync " + file.string() + ": " + why());
    sync_directory(file);
}

std::string read_small_file(const std::filesystem::path& file, std::size_t limit) {
    Fd fd(open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) throw FileError("cannot read " + file.string() + ": " + why());
    struct stat info {};
    if (fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode))
        throw FileError(file.string() + " is not a regular file");
    if (static_cast<std::size_t>(info.st_size) > limit)
        throw FileError(file.string() + " is larger than " + std::to_string(limit) + " bytes");
    std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = read(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw FileError("cannot read " + file.string() + ": " + why());
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    bytes.resize(done);
    return bytes;
}

} // namespace kiosk::fleet
