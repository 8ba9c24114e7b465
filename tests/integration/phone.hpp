#pragma once
// The resident's phone, played over plain HTTP: opens the verification link, confirms the code, logs
// in at the broker (oidc-provider's development login) or stops there. One cookie jar per resident.
#include <string>

namespace testing_peers {

enum class PhoneAnswer { approve, deny };

// Returns true when the broker finished the interaction (approved or denied).
bool phone_answers(const std::string& verification_uri_complete, const std::string& account,
                   PhoneAnswer answer);

} // namespace testing_peers
