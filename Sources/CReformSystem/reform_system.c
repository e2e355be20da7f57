#define _GNU_SOURCE
#include "reform_system.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int reform_pipe_closed_on_exec(int descriptors[2]) {
#ifdef __linux__
    return pipe2(descriptors, O_CLOEXEC);
#else
    if (pipe(descriptors) != 0) return -1;
    fcntl(descriptors[0], F_SETFD, FD_CLOEXEC);
    fcntl(descriptors[1], F_SETFD, FD_CLOEXEC);
    return 0;
#endif
}

int reform_file_version(const char *path, int64_t *seconds, int64_t *nanoseconds, int64_t *size) {
    struct stat info;
    if (stat(path, &info) != 0) return -1;
#ifdef __APPLE__
    *seconds = info.st_mtimespec.tv_sec;
    *nanoseconds = info.st_mtimespec.tv_nsec;
#else
    *seconds = info.st_mtim.tv_sec;
    *nanoseconds = info.st_mtim.tv_nsec;
#endif
    *size = info.st_size;
    return 0;
}

void reform_limit_malloc_arenas(int arenas) {
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, arenas);
#else
    (void)arenas;
#endif
}
