#pragma once
// The fleet's Ed25519 signing key (libsodium). IT staff keep the secret key on their own machine; every
// kiosk pins the public key at enrolment and accepts only bundles and commands signed with it.
//
// Key files are one line: a label that says what the file is, a space, the key in base64url.
//   zuil-fleet-secret-key-v1 <64 bytes>
//   zuil-fleet-public-key-v1 <32 bytes>
#include <array>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kiosk::fleet {

// Every refusal of a key, bundle or command file: the message names the file and the fix.
struct FleetError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A file that cannot be read or written, or a secret key file that others may read.
struct FileError : FleetError {
    using FleetError::FleetError;
};

using PublicKey = std::array<unsigned char, 32>;
using Signature = std::array<unsigned char, 64>;

// The secret half lives in sodium's guarded memory (no swap, no core dump) and is wiped when dropped.
class SigningKey {
public:
    static SigningKey generate();
    static SigningKey from_bytes(std::string_view secret_key); // 64 bytes, as sodium keeps them
    SigningKey(SigningKey&& other) noexcept;
    SigningKey& operator=(SigningKey&&) = delete;
    SigningKey(const SigningKey&) = delete;
    ~SigningKey();

    PublicKey public_key() const;
    Signature sign(std::string_view message) const;
    std::string_view bytes() const; // for writing the key file only

private:
    SigningKey();
    unsigned char* secret_; // crypto_sign_SECRETKEYBYTES in sodium_malloc'd memory
};

bool signature_valid(std::string_view message, const Signature& signature, const PublicKey& key);

// A short name for a public key, shown by `status` and in logs: 16 hex digits of its BLAKE2b hash.
std::string key_id(const PublicKey& key);

std::string public_key_text(const PublicKey& key); // the one-line file content, with its label
PublicKey parse_public_key(std::string_view text, const std::string& source_name);

void write_secret_key(const std::filesystem::path& file,
                      const SigningKey& key); // mode 0600, never over a file
// Refuses a file that its group or others may read: a fleet key that leaked signs for every kiosk.
SigningKey read_secret_key(const std::filesystem::path& file);
void write_public_key(const std::filesystem::path& file, const PublicKey& key);
PublicKey read_public_key(const std::filesystem::path& file);

} // namespace kiosk::fleet
