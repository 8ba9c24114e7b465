#include "kiosk/fleet/keys.hpp"

#include "kiosk/fleet/files.hpp"
#include "kiosk/services/oidc/jwt.hpp"

#include <sodium.h>

#include <cstring>
#include <sys/stat.h>

namespace kiosk::fleet {
namespace {

constexpr std::string_view secret_label = "zuil-fleet-secret-key-v1 ";
constexpr std::string_view public_label = "zuil-fleet-public-key-v1 ";

void need_sodium() {
    if (sodium_init() < 0) throw FleetError("libsodium cannot start");
}

// The key's bytes from "<label><base64url>\n", or an error that says what the file should hold.
std::string key_bytes(std::string_view text, std::string_view label, std::size_t size,
                      const std::string& source_name) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    if (!text.starts_with(label))
        throw FleetError(source_name + ": not a " + std::string(label.substr(0, label.size() - 1)) + " file");
    std::string bytes;
    try {
        auto decoded = services::base64url_decode(text.substr(label.size()));
        bytes.assign(decoded.begin(), decoded.end());
    } catch (const std::exception&) {
        throw FleetError(source_name + ": the key is not base64url");
    }
    if (bytes.size() != size)
        throw FleetError(source_name + ": the key has " + std::to_string(bytes.size()) + " bytes, not " +
                         std::to_string(size));
    return bytes;
}

} // namespace

SigningKey::SigningKey() {
    need_sodium();
    secret_ = static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!secret_) throw FleetError("no memory for a signing key");
}

SigningKey::SigningKey(SigningKey&& other) noexcept : secret_(other.secret_) {
    other.secret_ = nullptr;
}

SigningKey::~SigningKey() {
    sodium_free(secret_); // wipes it first
}

SigningKey SigningKey::generate() {
    SigningKey key;
    PublicKey ignored;
    crypto_sign_keypair(ignored.data(), key.secret_);
    return key;
}

SigningKey SigningKey::from_bytes(std::string_view secret_key) {
    if (secret_key.size() != crypto_sign_SECRETKEYBYTES) throw FleetError("a secret key has 64 bytes");
    SigningKey key;
    std::memcpy(key.secret_, secret_key.data(), secret_key.size());
    return key;
}

PublicKey SigningKey::public_key() const {
    PublicKey key;
    crypto_sign_ed25519_sk_to_pk(key.data(), secret_);
    return key;
}

Signature SigningKey::sign(std::string_view message) const {
    Signature signature;
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), secret_);
    return signature;
}

std::string_view SigningKey::bytes() const {
    return {reinterpret_cast<const char*>(secret_), crypto_sign_SECRETKEYBYTES};
}

bool signature_valid(std::string_view message, const Signature& signature, const PublicKey& key) {
    need_sodium();
    return crypto_sign_verify_detached(signature.data(),
                                       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                       key.data()) == 0;
}

std::string key_id(const PublicKey& key) {
    need_sodium();
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, key.data(), key.size(), nullptr, 0);
    char hex[sizeof hash * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return hex;
}

std::string public_key_text(const PublicKey& key) {
    return std::string(public_label) + services::base64url_encode(key.data(), key.size()) + "\n";
}

PublicKey parse_public_key(std::string_view text, const std::string& source_name) {
    auto bytes = key_bytes(text, public_label, crypto_sign_PUBLICKEYBYTES, source_name);
    PublicKey key;
    std::memcpy(key.data(), bytes.data(), key.size());
    return key;
}

void write_secret_key(const std::filesystem::path& file, const SigningKey& key) {
    auto encoded = services::base64url_encode(key.bytes().data(), key.bytes().size());
    std::string text = std::string(secret_label) + encoded + "\n";
    write_new_file(file, text, 0600);
    sodium_memzero(text.data(), text.size());
    sodium_memzero(encoded.data(), encoded.size());
}

SigningKey read_secret_key(const std::filesystem::path& file) {
    struct stat info {};
    if (stat(file.c_str(), &info) != 0) throw FileError(file.string() + ": no such key file");
    if (info.st_mode & (S_IRWXG | S_IRWXO))
        throw FileError(file.string() + ": others may read this secret key; run chmod 600 " + file.string() +
                        ", and make a new key if someone else could have copied it");
    auto text = read_small_file(file, 4096);
    auto bytes = key_bytes(text, secret_label, crypto_sign_SECRETKEYBYTES, file.string());
    auto key = SigningKey::from_bytes(bytes);
    sodium_memzero(text.data(), text.size());
    sodium_memzero(bytes.data(), bytes.size());
    if (key.public_key() != [&] {
            PublicKey tail;
            std::memcpy(tail.data(), key.bytes().data() + 32, 32); // sodium keeps the public half there
            return tail;
        }())
        throw FleetError(file.string() + ": the secret key is damaged");
    return key;
}

void write_public_key(const std::filesystem::path& file, const PublicKey& key) {
    write_file_atomically(file, public_key_text(key), 0644);
}

PublicKey read_public_key(const std::filesystem::path& file) {
    return parse_public_key(read_small_file(file, 4096), file.string());
}

} // namespace kiosk::fleet
