#!/usr/bin/env python3
"""Measures Upkeep against Hugo on this machine, in the same run.

    Benchmarks/run.py [N ...]          (default: 1000 10000; add 100000 when asked)

For each N: writes a synthetic business (Benchmarks/synth.py, seed 1) and builds it with a
release build of `upkeep`: a cold build into an empty folder (three, each into a folder of its
own, and their median used: single runs vary by 10 % and more here; at N = 100,000 they need
about 50 GB of disk), each followed by the floor, `cp -r` of the output it wrote into a new
folder; a full rebuild (--force), the first one, which has no earlier tree to
write over and creates every file anew; a full rebuild again, the everyday case, which writes
over the tree the last build replaced; a rebuild with nothing changed; and a rebuild after each
of three one-line edits: a client's calls a month, a contract's term, a ledger entry's hours. Reports wall time
until the output is on the disk (each command is followed by `sync`, see `timed`), pages
written, pages per second, peak resident memory and CPU time, in the program and in the kernel
(GNU time). Then builds the Hugo baseline (../shared/bench/hugo_baseline.py) with the same
number of pages, cold and again over its own output (cold as many times as Upkeep, the median
used), and prints the ratio of pages per second, Upkeep over Hugo. Hugo is not run above
HUGO_MAX_PAGES pages: it holds every page in memory (about 70 KiB a page here, 10 GiB at N =
10,000), more than this machine has at N = 100,000. With several N, also prints how Upkeep's
time grew from one N to the next. After the cold builds, also times libqrencode alone on the
QR codes the first of them printed (Benchmarks/qr_floor.c): a floor under any cold build, set
by printing a code on every statement that asks for money. Needs `hugo`, GNU `time` and a C
compiler (apt-get install hugo time gcc; libqrencode-dev is the build's own).

Creating files is most of a cold build's cost, and ext4 makes it far slower (three times, seen
here) for some minutes after many files were deleted: it passes over recently freed inodes. So
the folders are removed only at the end, and a run should start ten minutes or more after
anything large was deleted on the same disk (an earlier run's folders included).
"""
import html, os, re, statistics, subprocess, sys, tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HUGO_BASELINE = os.path.join(os.path.dirname(REPO), "shared", "bench", "hugo_baseline.py")
TODAY = "2026-12-01"
HUGO_MAX_PAGES = 400_000


def timed(command, cwd=None):
    """Runs command and then `sync` under GNU time; returns (seconds, peak KiB, CPU seconds in
    the program, CPU seconds in the kernel). What earlier steps wrote is flushed to disk first,
    so that its writeback does not compete with the run.

    A run ends when what it wrote is on the disk. Upkeep writes its output to the disk before
    swapping it in, Hugo leaves that to the system; and the system writes back what a build
    longer than half a minute wrote while it runs, but what a shorter one wrote after it has
    ended. Times that stopped before the writeback would compare different work: Upkeep's with
    Hugo's, and a 100,000-client build's with a 10,000-client one's."""
    os.sync()
    with tempfile.NamedTemporaryFile("r") as report:
        subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", "-o", report.name, "sh", "-c", '"$@" && sync', "sh"] + command,
                       cwd=cwd, check=True, capture_output=True, text=True)
        seconds, kib, user, system = report.read().split()
    return float(seconds), int(kib), float(user), float(system)


def pages(folder):
    return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(".html"))


# Cold builds at each N, Upkeep's and Hugo's, whose median is reported: single runs here vary
# by 10 % and more from one minute to the next.
COLD_RUNS = 3


def fresh_copy(source, target, linked, copied):
    """A new folder at target holding source's `linked` folders as hard links (the inputs,
    which are only read) and `copied` files and folders as copies."""
    os.makedirs(target)
    for name in linked:
        subprocess.run(["cp", "-al", os.path.join(source, name), target], check=True)
    for name in copied:
        subprocess.run(["cp", "-a", os.path.join(source, name), target], check=True)


# One-line edits, each made to the first file of its folder (in path order) and built on its own:
# (folder, what the line starts with, how the value changes).
EDITS = [
    ("clients", "calls_per_month: ", lambda v: str(int(v) + 1)),
    ("contracts", "term_months: ", lambda v: "36" if v != "36" else "12"),
    ("ledger", "    hours: ", lambda v: "2.25" if v != "2.25" else "0.75"),
]


def edit_one(content, folder, prefix, change):
    """Changes the value of the first line starting with `prefix` in the first file under
    content/folder; returns the file's path relative to content/."""
    base = os.path.join(content, folder)
    path = sorted(os.path.join(d, f) for d, _, files in os.walk(base) for f in files if f.endswith(".md"))[0]
    lines = open(path).read().split("\n")
    index = next(i for i, text in enumerate(lines) if text.startswith(prefix))
    lines[index] = prefix + change(lines[index][len(prefix):])
    # A new file in its place: the content folders are hard links to the generated business.
    open(path + ".new", "w").write("\n".join(lines))
    os.replace(path + ".new", path)
    return os.path.relpath(path, content)


def qr_floor(folder, work):
    """The QR codes' floor of a cold build: the CPU seconds libqrencode alone takes to encode
    the codes the build printed on its statements (Benchmarks/qr_floor.c), and how many. The
    benchmark business is paid online, so each code holds the statement's pay-online address,
    which the page also links to."""
    program = os.path.join(work, "qr_floor")
    if not os.path.exists(program):
        subprocess.run(["cc", "-O2", "-o", program, os.path.join(REPO, "Benchmarks", "qr_floor.c"), "-lqrencode"], check=True)
    business = open(os.path.join(folder, "content", "business.md")).read()
    address = re.search(r"^\s*pay_online:\s*(\S+?)\{", business, re.MULTILINE).group(1)
    link = re.compile(r'href="(' + re.escape(address) + r'[^"]*)"')
    payloads = []
    for parent, _, files in os.walk(os.path.join(folder, "private", "clients")):
        for name in files:
            if not (name.startswith("statement-") and name.endswith(".html")):
                continue
            page = open(os.path.join(parent, name)).read()
            codes, address_link = page.count('<svg class="qr"'), link.search(page)
            if codes:
                assert codes == 1 and address_link, f"{name}: a QR code without its pay-online link"
                payloads.append(html.unescape(address_link.group(1)))
    result = subprocess.run([program], input="\n".join(payloads) + "\n", capture_output=True, text=True, check=True)
    count, seconds = result.stdout.split()
    return int(count), float(seconds)


def line(name, seconds, count, kib, user, system):
    print(f"{name:40} {seconds:8.2f} {count:8d} {count / seconds:8.0f} {kib / 1024:9.0f} {user:9.1f} {system:10.1f}")


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    subprocess.run(["swift", "build", "-c", "release", "--product", "upkeep"], cwd=REPO, check=True, capture_output=True)
    upkeep = os.path.join(REPO, ".build", "release", "upkeep")
    work = tempfile.mkdtemp(prefix="upkeep-bench-")
    print(f"machine: {os.cpu_count()} cores; {subprocess.run(['hugo', 'version'], capture_output=True, text=True).stdout.split()[1]}")
    print(f"{'run':40} {'seconds':>8} {'pages':>8} {'pages/s':>8} {'peak MiB':>9} {'CPU user':>9} {'CPU kernel':>10}")
    cold = {}
    for n in sizes:
        source = os.path.join(work, f"business-{n}")
        subprocess.run([sys.executable, os.path.join(REPO, "Benchmarks", "synth.py"), str(n), source], check=True)
        colds, floors = [], []
        for r in range(COLD_RUNS):
            folder = f"{source}-{r + 1}"
            fresh_copy(source, folder, ["content"], ["templates"])
            seconds, kib, user, system = timed([upkeep, "build", "--root", folder, "--today", TODAY])
            count = pages(os.path.join(folder, "public")) + pages(os.path.join(folder, "private"))
            colds.append(seconds)
            line(f"upkeep N={n} cold ({r + 1})", seconds, count, kib, user, system)
            # The floor: merely copying what the build wrote, into a new folder, until on disk.
            copy = f"{folder}-copy"
            os.makedirs(copy)
            seconds, kib, user, system = timed(["cp", "-r", os.path.join(folder, "public"), os.path.join(folder, "private"), copy])
            floors.append(seconds)
            line(f"cp -r of its output ({r + 1})", seconds, count, kib, user, system)
        results = {"cold": statistics.median(colds)}
        print(f"{'upkeep N=' + str(n) + ' cold, median':40} {results['cold']:8.2f} {count:8d} {count / results['cold']:8.0f}")
        print(f"{'cp -r of the output, median':40} {statistics.median(floors):8.2f} {count:8d}; "
              f"cold build / floor: {results['cold'] / statistics.median(floors):.2f}x (medians)")
        codes, qr_seconds = qr_floor(f"{source}-1", work)
        # No build can take less than this: the codes are encoded on every core at best.
        qr_wall = qr_seconds / os.cpu_count()
        print(f"libqrencode alone, {codes} QR codes: {qr_seconds:.2f} CPU s, at least {qr_wall:.2f} s on {os.cpu_count()} cores: "
              f"{qr_wall / statistics.median(floors):.2f}x the copy floor before a page is rendered or written")
        build = [upkeep, "build", "--root", folder, "--today", TODAY]
        for name, command in [("full rebuild, first", build + ["--force"]), ("full rebuild", build + ["--force"]),
                              ("no change", build)]:
            seconds, kib, user, system = timed(command)
            results[name] = seconds
            line(f"upkeep N={n} {name}", seconds, pages(os.path.join(folder, "public")) + pages(os.path.join(folder, "private")),
                 kib, user, system)
        for what, prefix, change in EDITS:
            edited = edit_one(os.path.join(folder, "content"), what, prefix, change)
            seconds, kib, user, system = timed(build)
            line(f"upkeep N={n} one edit: {what}", seconds, pages(os.path.join(folder, "public")) + pages(os.path.join(folder, "private")),
                 kib, user, system)
            print(f"  (edited {edited})")
        cold[n] = (results["cold"], results["full rebuild"])
        if count > HUGO_MAX_PAGES:
            print(f"hugo skipped at {count} pages (over {HUGO_MAX_PAGES}: it would need more memory than this machine has); "
                  f"no-change rebuild {results['full rebuild'] / results['no change']:.0f}x faster than a full one")
            continue
        hugo_source = os.path.join(work, f"hugo-{n}")
        subprocess.run([sys.executable, HUGO_BASELINE, str(count), hugo_source], check=True)
        hugo_colds = []
        for r in range(COLD_RUNS):
            site = f"{hugo_source}-{r + 1}"
            fresh_copy(hugo_source, site, ["content"], ["layouts", "hugo.toml"])
            seconds, kib, user, system = timed(["hugo", "--quiet"], cwd=site)
            hugo_colds.append(seconds)
            line(f"hugo {count} pages cold ({r + 1})", seconds, count, kib, user, system)
        hugo = {"cold": statistics.median(hugo_colds)}
        print(f"{'hugo ' + str(count) + ' pages cold, median':40} {hugo['cold']:8.2f} {count:8d} {count / hugo['cold']:8.0f}")
        seconds, kib, user, system = timed(["hugo", "--quiet"], cwd=site)
        hugo["over its output"] = seconds
        line(f"hugo {count} pages over its output", seconds, count, kib, user, system)
        print(f"ratio of pages per second, upkeep over hugo, N={n}: "
              f"cold {hugo['cold'] / results['cold']:.2f}x (medians), "
              f"full rebuild against hugo over its output {hugo['over its output'] / results['full rebuild']:.2f}x; "
              f"no-change rebuild {results['full rebuild'] / results['no change']:.0f}x faster than a full one; "
              f"the QR codes alone allow at most {hugo['cold'] / qr_wall:.2f}x Hugo's pages per second")
    for small, large in zip(sorted(cold), sorted(cold)[1:]):
        print(f"upkeep time from N={small} to N={large} ({large / small:.0f}x the clients): "
              f"cold {cold[large][0] / cold[small][0]:.2f}x (medians), full rebuild {cold[large][1] / cold[small][1]:.2f}x", flush=True)
    # Removed only at the end: ext4 skips inodes freed in the last minutes when it creates files,
    # at a cost that grows with how many were freed, which would slow the next size's builds.
    subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
