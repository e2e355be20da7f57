/*
 * reform_plugin.h: the report plugin contract, version 1.
 *
 * This header is all a shared-library report plugin needs, in C, Swift or any language that
 * can export a C function. A plugin is a shared library named libreform-report-<id>.so
 * (libreform-report-<id>.dylib on macOS) that exports one function:
 *
 *     const reform_plugin_table *reform_plugin_v1(void);
 *
 * It returns a pointer to a table that stays valid, unchanged, until the process exits.
 * The host calls reform_plugin_v1 once, checks contract_version and table_size, reads the
 * manifest, and calls render once per report. The host never unloads the library.
 *
 * Only the C ABI crosses the boundary. Nothing may throw, unwind or longjmp across it:
 * every failure is returned as data (a non-zero status and a message).
 *
 * The request is a UTF-8 JSON document described by docs/report-request.schema.json; the
 * manifest is a UTF-8 JSON document: {"id", "name", "version", "description", "contract": 1,
 * "formats": [{"id", "media_type", "extension"}], "options": [{"name", "description", "default"}]}.
 */
#ifndef REFORM_PLUGIN_H
#define REFORM_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The contract version this header describes. */
#define REFORM_PLUGIN_CONTRACT_VERSION 1u

/* The name of the one symbol a plugin exports. */
#define REFORM_PLUGIN_ENTRY_SYMBOL "reform_plugin_v1"

/*
 * Renders one report.
 *
 * request, request_length: the request JSON. Owned by the host; valid only during the call;
 *     the plugin must not keep or free it. Not NUL-terminated.
 * output, output_length: set by the plugin before it returns.
 *     On success (return 0): the rendered document's bytes.
 *     On failure (non-zero return): a UTF-8 message saying what went wrong, for the user.
 *     In both cases the buffer is owned by the plugin and lent to the host, which copies it
 *     and then calls release(*output, *output_length) exactly once. *output may be NULL when
 *     *output_length is 0; release is then still called.
 *
 * The host may call render from any thread, but never twice at the same time for one plugin.
 */
typedef int32_t (*reform_plugin_render_fn)(const uint8_t *request, size_t request_length,
                                           uint8_t **output, size_t *output_length);

/* Frees a buffer that render returned. Called exactly once per render call. */
typedef void (*reform_plugin_release_fn)(uint8_t *buffer, size_t length);

/* The table a plugin returns. Fields are only ever added at the end, with table_size telling
 * the host how much of the table the plugin knows about. */
typedef struct reform_plugin_table {
    /* REFORM_PLUGIN_CONTRACT_VERSION as the plugin was built. The host refuses other values. */
    uint32_t contract_version;
    /* sizeof(reform_plugin_table) as the plugin was built. The host refuses a table smaller
     * than the one it understands. */
    uint32_t table_size;
    /* The manifest: NUL-terminated UTF-8 JSON, owned by the plugin, valid for the process's life. */
    const char *manifest_json;
    /* Renders a report; see reform_plugin_render_fn. */
    reform_plugin_render_fn render;
    /* Frees what render returned; see reform_plugin_release_fn. */
    reform_plugin_release_fn release;
} reform_plugin_table;

/* The type of the exported entry point. */
typedef const reform_plugin_table *(*reform_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* REFORM_PLUGIN_H */
