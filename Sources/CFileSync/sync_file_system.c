#define _GNU_SOURCE
#include <unistd.h>
#include "CFileSync.h"

int upkeep_sync_file_system(int fd) {
#ifdef __linux__
    return syncfs(fd);
#else
    (void)fd;
    sync();
    return 0;
#endif
}
