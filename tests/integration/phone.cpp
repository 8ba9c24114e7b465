#include "phone.hpp"
#include "peer.hpp"

#include <curl/curl.h>

#include <map>
#include <regex>

namespace testing_peers {
namespace {

struct Browser {
    CURL* curl = curl_easy_init();
    ~Browser() { curl_easy_cleanup(curl); }
    std::string fetch(const std::string& url, const std::string* form = nullptr) {
        std::string page;
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_COOKIEFILE, ""); // in-memory cookie jar
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTREDIR, 0L); // 303 after POST becomes GET, as browsers do
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 5000L);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append_to_string);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &page);
        if (form) {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, form->c_str());
        } else {
            curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
        }
        return curl_easy_perform(curl) == CURLE_OK ? page : std::string();
    }
};

std::string encode(const std::map<std::string, std::string>& fields) {
    std::string out;
    for (const auto& [k, v] : fields) {
        char* e = curl_easy_escape(nullptr, v.c_str(), static_cast<int>(v.size()));
        out += (out.empty() ? "" : "&") + k + "=" + e;
        curl_free(e);
    }
    return out;
}

} // namespace

bool phone_answers(const std::string& uri, const std::string& account, PhoneAnswer answer) {
    Browser browser;
    std::string page = browser.fetch(uri);
    const std::regex form_re(R"re(<form[^>]*action="([^"]+)")re");
    const std::regex hidden_re(R"re(<input type="hidden" name="([^"]+)" value="([^"]*)")re");
    for (int step = 0; step < 8; ++step) {
        std::smatch form;
        if (!std::regex_search(page, form, form_re)) {
            return !page.empty(); // the last page has no form
        }
        std::map<std::string, std::string> fields;
        for (std::sregex_iterator it(page.begin(), page.end(), hidden_re), end; it != end; ++it)
            fields[(*it)[1]] = (*it)[2];
        bool login_form = page.find("name=\"login\"") != std::string::npos;
        // Back at the page that asks for a code (after stopping): the broker is done with this one.
        if (!login_form && !fields.count("user_code")) return true;
        if (login_form) {
            fields["login"] = account;
            fields["password"] = "anything";
        }
        if (answer == PhoneAnswer::deny && fields.count("confirm")) fields["abort"] = "yes";
        auto body = encode(fields);
        page = browser.fetch(form[1], &body);
    }
    return false;
}

} // namespace testing_peers
