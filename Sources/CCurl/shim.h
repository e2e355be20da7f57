#ifndef REFORM_CCURL_SHIM_H
#define REFORM_CCURL_SHIM_H
#include <curl/curl.h>

/* curl_easy_setopt is variadic, which Swift cannot call: one typed wrapper per kind of value. */
static inline CURLcode reform_curl_set_long(CURL *curl, CURLoption option, long value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode reform_curl_set_string(CURL *curl, CURLoption option, const char *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode reform_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode reform_curl_set_list(CURL *curl, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode reform_curl_set_read_function(CURL *curl, size_t (*function)(char *, size_t, size_t, void *)) {
    return curl_easy_setopt(curl, CURLOPT_READFUNCTION, function);
}
static inline size_t reform_curl_swallow(char *data, size_t size, size_t count, void *user) {
    (void)data; (void)user;
    return size * count;
}
/* What a server answers to a command (NOOP's "250 OK") is not ours to print. */
static inline CURLcode reform_curl_discard_output(CURL *curl) {
    return curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, reform_curl_swallow);
}
static inline CURLcode reform_curl_response_code(CURL *curl, long *code) {
    return curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, code);
}
#endif
