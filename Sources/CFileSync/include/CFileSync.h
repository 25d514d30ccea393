#ifndef UPKEEP_CFILESYNC_H
#define UPKEEP_CFILESYNC_H

/// Writes to the disk everything written so far to the file system that holds the open file
/// `fd` (Linux's `syncfs`, which Swift's Glibc module does not declare; `sync` elsewhere).
/// Returns 0, or -1 with errno set.
int upkeep_sync_file_system(int fd);

#endif
