#ifndef REFORM_SYSTEM_H
#define REFORM_SYSTEM_H

#include <stdint.h>

/* The system calls ReformSystem makes that Swift's C library module does not offer alike on
 * every platform: one place, in C, so that no Swift file names a C library's private layout. */

/* pipe(2) with both ends closed on exec, atomically where the system can (pipe2 on Linux).
 * Returns 0, or -1 with errno set. */
int reform_pipe_closed_on_exec(int descriptors[2]);

/* The modification time (seconds and nanoseconds since 1970) and size of the file at path,
 * from one stat(2). Returns 0, or -1 with errno set. */
int reform_file_version(const char *path, int64_t *seconds, int64_t *nanoseconds, int64_t *size);

/* Limits the C library's allocator to `arenas` arenas (glibc's M_ARENA_MAX); does nothing where
 * the allocator has no such setting. */
void reform_limit_malloc_arenas(int arenas);

#endif
