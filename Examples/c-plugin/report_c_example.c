/*
 * A report plugin in C, built from reform_plugin.h alone:
 *
 *     cc -shared -fPIC -I Sources/CReformPlugin/include Examples/c-plugin/report_c_example.c \
 *        -o libreform-report-c-example.so
 *
 * It writes a short plain-text report: the request's size, the day it is as at, and how many
 * actions are overdue. (A real plugin would use a JSON parser; this one only looks for text,
 * to stay a single file with no dependencies.)
 */
#include "reform_plugin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char manifest[] =
    "{\"id\": \"c-example\", \"name\": \"C example\", \"version\": \"1.0.0\","
    " \"description\": \"A plain-text report from a plugin written in C.\", \"contract\": 1,"
    " \"formats\": [{\"id\": \"text\", \"media_type\": \"text/plain\", \"extension\": \"txt\"}],"
    " \"options\": []}";

/* Counts occurrences of needle in the request. */
static size_t count(const uint8_t *haystack, size_t length, const char *needle) {
    size_t found = 0, size = strlen(needle);
    for (size_t i = 0; i + size <= length; i++) {
        if (memcmp(haystack + i, needle, size) == 0) found++;
    }
    return found;
}

/* Copies the string value that follows the first "key":" into out. */
static void find_value(const uint8_t *json, size_t length, const char *key, char *out, size_t out_size) {
    char pattern[64];
    snprintf(pattern, sizeof pattern, "\"%s\":\"", key);
    size_t size = strlen(pattern);
    out[0] = '\0';
    for (size_t i = 0; i + size <= length; i++) {
        if (memcmp(json + i, pattern, size) == 0) {
            size_t j = 0;
            for (i += size; i < length && json[i] != '"' && j + 1 < out_size; i++) out[j++] = (char)json[i];
            out[j] = '\0';
            return;
        }
    }
}

static int32_t render(const uint8_t *request, size_t length, uint8_t **output, size_t *output_length) {
    char as_of[32];
    find_value(request, length, "as_of", as_of, sizeof as_of);
    char *text = malloc(512);
    if (text == NULL) return 1; /* nothing to release: *output stays NULL */
    if (as_of[0] == '\0') {
        int n = snprintf(text, 512, "the request has no as_of");
        *output = (uint8_t *)text;
        *output_length = (size_t)n;
        return 1;
    }
    int n = snprintf(text, 512, "C example report\nRequest: %zu bytes\nAs at: %s\nOverdue actions: %zu\n",
                     length, as_of, count(request, length, "\"rule\":\"overdue\""));
    *output = (uint8_t *)text;
    *output_length = (size_t)n;
    return 0;
}

static void release(uint8_t *buffer, size_t length) {
    (void)length;
    free(buffer);
}

static const reform_plugin_table table = {
    REFORM_PLUGIN_CONTRACT_VERSION,
    sizeof(reform_plugin_table),
    manifest,
    render,
    release,
};

const reform_plugin_table *reform_plugin_v1(void) {
    return &table;
}
