/* The QR codes' floor: how much CPU libqrencode alone takes for the codes a build printed.
 *
 *     qr_floor < payloads      (one payload a line, as the statements' QR codes hold them)
 *
 * Encodes each line as Upkeep does (byte mode, error correction level M, the smallest version
 * that holds it; libqrencode picks the mask of lowest penalty, as ISO/IEC 18004 requires) and
 * prints "<codes> <CPU seconds>", the time spent encoding only. Benchmarks/run.py builds and
 * runs it; see docs/performance.md. */
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double cpu_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

int main(void) {
    size_t count = 0, capacity = 1024;
    char **lines = malloc(capacity * sizeof *lines);
    char *line = NULL;
    size_t size = 0;
    ssize_t length;
    while ((length = getline(&line, &size, stdin)) > 0) {
        if (line[length - 1] == '\n') line[--length] = '\0';
        if (count == capacity) lines = realloc(lines, (capacity *= 2) * sizeof *lines);
        lines[count++] = strdup(line);
    }
    double start = cpu_seconds();
    for (size_t i = 0; i < count; i++) {
        QRcode *code = QRcode_encodeData((int)strlen(lines[i]), (const unsigned char *)lines[i], 0, QR_ECLEVEL_M);
        if (code == NULL) { fprintf(stderr, "qr_floor: line %zu does not fit a QR code\n", i + 1); return 1; }
        QRcode_free(code);
    }
    printf("%zu %.2f\n", count, cpu_seconds() - start);
    return 0;
}
