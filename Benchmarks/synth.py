#!/usr/bin/env python3
"""Writes a synthetic business folder with N clients in Upkeep's content format, for benchmarks.

    Benchmarks/synth.py N DIR [--seed S]

A realistic mix: prospects, clients on maintenance-only and unlimited plans, break/fix clients
without a contract and former clients; mixed hardware ages, servers, add-ons, effective-dated
changes, and twelve months of ledger (December 2025 to November 2026: work, charges, payments)
with Markdown bodies of a few paragraphs. The same N and seed always give the same files.
The business (and its logo), price book, plans, pages, comparison settings and templates are the repository's.
"""
import argparse, os, random, shutil

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MONTHS = ["2025-12"] + [f"2026-{m:02d}" for m in range(1, 12)]
FIRST = ["Harbor", "Lakeside", "Greenfield", "Oak Street", "Riverside", "Maple", "Summit", "Cedar", "Northgate",
         "Valley", "Pine Ridge", "Bayview", "Elm Park", "Westfield", "Brookside", "Hillcrest"]
KIND = ["Dental", "Law Office", "Veterinary Clinic", "Accounting", "Printing", "Realty", "Family Clinic",
        "Insurance", "Architects", "Bakery", "Pharmacy", "Optometry", "Engineering", "Travel"]
WORK = ["Printer would not print", "Restored a deleted folder from backup", "Replaced a failing drive",
        "Password reset", "E-mail not syncing on a phone", "Slow computer, removed startup programs",
        "Set up a new laptop", "Wi-Fi dropping in the back office", "Updated the accounting software"]
PARAGRAPHS = [
    "We visited the office and looked at every computer, the network and the backups. Most machines are in "
    "good shape; a few are old enough that they will fail more often and take longer to repair.",
    "The plans below are priced to the office as we found it: the number of computers, their age, the "
    "server, how often you need us and the services you told us matter to you.",
    "Everything on this page can be checked by hand: each line says what it counts and at what price. "
    "Call us with any question; we are happy to walk through it.",
]


def client_file(rng, i, status):
    name = f"{rng.choice(FIRST)} {rng.choice(KIND)} {i}"
    groups = []
    for _ in range(rng.randint(1, 3)):
        groups.append((rng.randint(1, 12), rng.randint(2014, 2026)))
    servers = [(1, rng.randint(2016, 2026))] if rng.random() < 0.35 else []
    services = rng.sample(["backup", "antivirus", "email-security", "dns-filter"], rng.randint(0, 3))
    if servers and rng.random() < 0.5:
        services.append("server-image")
    lines = ["---", f"name: {name}", f"status: {status}", "contact:", f"  name: Contact {i}",
             f"  email: office{i}@client{i}.example", f"  phone: (740) 555-{i % 10000:04d}",
             "billing_address:", f"  - {i} Main Street", "  - Maple Falls, OH 43015", "workstations:"]
    for count, year in groups:
        lines += [f"  - count: {count}", f"    purchased: {year}"]
    if servers:
        lines.append("servers:")
        for count, year in servers:
            lines += [f"  - count: {count}", f"    purchased: {year}"]
    if services:
        lines.append(f"services: [{', '.join(services)}]")
    lines += [f"visits_per_year: {rng.choice([0, 0, 4, 12])}", f"calls_per_month: {rng.randint(0, 15)}", "---"]
    body = "\n\n".join(rng.sample(PARAGRAPHS, 3))
    return name, sum(c for c, _ in groups), len(servers), "\n".join(lines) + "\n" + body + "\n"


def contract_file(rng, cid, plan, start, end, workstations, servers):
    lines = ["---", f"client: {cid}", f"plan: {plan}", f"start: {start}", f"term_months: {rng.choice([12, 24, 36])}"]
    if end:
        lines.append(f"end: {end}")
    lines.append(f"workstations: {workstations}")
    if servers:
        lines.append(f"servers: {servers}")
    addons = rng.sample(["backup", "email-security", "dns-filter"], rng.randint(0, 2))
    if addons:
        lines.append(f"addons: [{', '.join(addons)}]")
    if rng.random() < 0.25 and not end:
        lines += ["changes:", f"  - from: 2026-{rng.randint(2, 10):02d}-{rng.randint(2, 28):02d}",
                  f"    workstations: {workstations + rng.randint(1, 4)}", "    note: Workstations added"]
    lines += ["---", "Signed by the office manager. Renewal call a month before the term ends."]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    root = args.folder
    shutil.rmtree(root, ignore_errors=True)
    for folder in ["templates"]:
        shutil.copytree(os.path.join(REPO, folder), os.path.join(root, folder))
    content = os.path.join(root, "content")
    for sub in ["plans", "pages", "clients", "contracts", "ledger"]:
        os.makedirs(os.path.join(content, sub))
    for f in ["business.md", "pricebook.md", "comparison.md", "logo.svg"]:
        shutil.copy(os.path.join(REPO, "content", f), os.path.join(content, f))
    for sub in ["plans", "pages"]:
        for f in os.listdir(os.path.join(REPO, "content", sub)):
            shutil.copy(os.path.join(REPO, "content", sub, f), os.path.join(content, sub, f))

    ledger = {m: [] for m in MONTHS}   # month -> [(client, yaml lines)]
    for i in range(args.n):
        cid = f"client-{i:06d}"
        roll = rng.random()
        status = "prospect" if roll < 0.15 else "former" if roll < 0.30 else "active"
        name, workstations, servers, text = client_file(rng, i, status)
        shard = os.path.join(content, "clients", f"{i // 1000:03d}")
        os.makedirs(shard, exist_ok=True)
        open(os.path.join(shard, f"{cid}.md"), "w").write(text)
        if status == "prospect":
            continue
        has_contract = status == "former" or rng.random() < 0.8
        if has_contract:
            plan = rng.choice(["essentials", "essentials", "business", "premier"])
            start = f"2025-{rng.randint(1, 12):02d}-{rng.choice([1, 1, 1, 15]):02d}"
            end = f"2026-{rng.randint(3, 9):02d}-{rng.choice([15, 28]):02d}" if status == "former" else None
            cshard = os.path.join(content, "contracts", f"{i // 1000:03d}")
            os.makedirs(cshard, exist_ok=True)
            open(os.path.join(cshard, f"{cid}.md"), "w").write(contract_file(rng, cid, plan, start, end, workstations, servers))
        fee = 35 * workstations + 125 * servers
        for month in MONTHS:
            entries = []
            for _ in range(rng.randint(0, 2)):
                entries.append(("work", [f"  - client: {cid}", f"    date: {month}-{rng.randint(1, 28):02d}",
                                         f"    hours: {rng.choice(['0.5', '1', '1.5', '2', '3'])}",
                                         f"    where: {rng.choice(['remote', 'remote', 'onsite'])}",
                                         f"    summary: {rng.choice(WORK)}"]))
            if rng.random() < 0.08:
                entries.append(("charges", [f"  - client: {cid}", f"    date: {month}-{rng.randint(1, 28):02d}",
                                            "    description: Replacement SSD", f"    unit_price: {rng.randint(50, 150)}.00"]))
            if rng.random() < 0.9:
                entries.append(("payments", [f"  - client: {cid}", f"    date: {month}-{rng.randint(5, 20):02d}",
                                             f"    amount: {max(fee, 250) + rng.randint(0, 90)}.00", "    method: transfer",
                                             f"    reference: TR-{rng.randint(10000, 99999)}"]))
            ledger[month].append(entries)
    for month, clients in ledger.items():
        folder = os.path.join(content, "ledger", month)
        os.makedirs(folder)
        for part in range(0, max(1, len(clients)), 400):
            sections = {"work": [], "charges": [], "payments": []}
            for entries in clients[part:part + 400]:
                for kind, lines in entries:
                    sections[kind] += lines
            text = ["---"]
            for kind in ["work", "charges", "payments"]:
                if sections[kind]:
                    text += [f"{kind}:"] + sections[kind]
            text.append("---")
            body = "Thank you for your business. Our office is closed on public holidays." if part == 0 else ""
            open(os.path.join(folder, f"part-{part // 400:04d}.md"), "w").write("\n".join(text) + "\n" + body + "\n")


if __name__ == "__main__":
    main()
