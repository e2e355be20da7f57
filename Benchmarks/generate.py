#!/usr/bin/env python3
"""Generates realistic format-1 programmes and update histories for the benchmarks.

    generate.py programme N OUT.yaml      a programme of N actions, as real plans are at scale: milestones,
                                          dependencies, a burden per ten actions and a funding line per
                                          twenty (over three to five years, some unknown), risks and
                                          committee resolutions (deterministic)
    generate.py updates M PROGRAMME OUT.csv
                                          M update rows for that programme's actions, in import-updates CSV shape
"""
import random
import sys


def programme(actions: int, out) -> None:
    rng = random.Random(actions)
    pillars = 6
    policies = max(4, actions // 2500)
    milestones = max(8, actions // 50)
    funding = max(3, actions // 20)
    burdens = max(5, actions // 10)
    w = out.write
    w("format: reform-programme/1\nprogramme:\n  id: bench\n  title: \"Benchmark programme\"\n  organisation: \"Region of Councils\"\n")
    w("  sponsor: \"Director of Children's Services\"\n  as_of: 2024-01-31\n  contacts:\n    - {position: \"Programme Lead\"}\n  source: doc\n")
    w("sources:\n  - {id: doc, title: \"Source document\"}\npillars:\n")
    for p in range(1, pillars + 1):
        w(f"  - id: P{p}\n    number: {p}\n    title: \"Pillar {p}\"\n    aim: \"The aim of pillar {p}, written out in full as plans do.\"\n    source: doc\n")
    w("policies:\n")
    for p in range(policies):
        w(f"  - id: POL{p}\n    title: \"Policy {p}\"\n    kind: statutory-guidance\n    published: 2023-12-15\n    pillars: [P{p % pillars + 1}]\n")
        w(f"    deadline: December {2027 + p % 2}\n    statutory: {'true' if p % 2 == 0 else 'false'}\n    summary: \"What policy {p} asks of the council.\"\n    source: doc\n")
    w("milestones:\n")
    # Milestones fall in 2027 and actions before them, as in a plan that validates cleanly.
    forms = ["2027-{m:02d}", "Autumn 2027", "2027-Q4", "late 2027", "December 2027"]
    for m in range(milestones):
        due = rng.choice(forms).format(m=rng.randint(10, 12))
        w(f"  - {{id: M{m}, title: \"Milestone {m}\", due: {due}, policy: POL{m % policies}, statutory: {'true' if m % 5 == 0 else 'false'}, source: doc}}\n")
    w("actions:\n")
    statuses = ["not-started", "in-progress", "in-progress", "in-progress", "complete", "blocked"]
    for a in range(actions):
        status = rng.choice(statuses)
        w(f"  - id: A{a}\n    title: \"Action {a}: deliver part {a % 97} of the local plan with partners\"\n")
        w(f"    pillar: P{a % pillars + 1}\n    policy: POL{a % policies}\n    milestone: M{a % milestones}\n")
        w(f"    owner: \"Service lead {a % 40}\"\n    partners: [Police, NHS]\n")
        month = a * 24 // actions  # due dates rise through the file, so earlier actions (dependencies) are due first
        w(f"    start: 2024-{rng.randint(1, 12):02d}-01\n    due: {2025 + month // 12}-{month % 12 + 1:02d}\n    status: {status}\n")
        if status == "in-progress":
            w(f"    progress: {rng.randint(0, 95)}\n")
        if a > 10 and rng.random() < 0.3:
            w(f"    depends_on: [A{rng.randint(max(0, a - 50), a - 1)}]\n")
        w("    source: doc\n")
    years = ["2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]
    # Funding: one line per twenty actions, over three to five years, confirmed, indicative or
    # announced; a year's amount is sometimes not yet known.
    held = []
    w("funding:\n")
    for f in range(funding):
        status = rng.choice(["confirmed", "confirmed", "confirmed", "indicative", "announced"])
        span = years[: rng.randint(3, 5)]
        amounts = {year: (None if rng.random() < 0.1 else rng.randint(20, 800) * 1000) for year in span}
        held.append(dict(amounts))
        shown = ", ".join(f"{year}: {'unknown' if amount is None else amount}" for year, amount in amounts.items())
        w(f"  - id: F{f}\n    title: \"Grant {f}\"\n    payer: DfE\n    status: {status}\n    policy: POL{f % policies}\n")
        if rng.random() < 0.3:
            w("    ring_fenced: true\n")
        w(f"    amounts: {{{shown}}}\n    source: doc\n")
    # Burdens: one per ten actions, costed over three to five years (some years unknown, some
    # burdens not yet costed at all), recurrent or one-off, each funded by one or two funding lines,
    # by name (allocated in file order) or by exact amounts within what the line holds.
    kinds = ["new-duty", "extended-duty", "implementation", "data-and-systems", "workforce"]
    w("burdens:\n")
    for b in range(burdens):
        w(f"  - id: B{b}\n    title: \"Burden {b}: the cost of duty {b % 211} to the council\"\n    policy: POL{b % policies}\n")
        w(f"    pillars: [P{b % pillars + 1}]\n    kind: {kinds[b % len(kinds)]}\n")
        if rng.random() < 0.05:
            w("    notes: \"Not yet costed; the guidance is awaited.\"\n    source: doc\n")
            continue
        w("    costs:\n")
        first = rng.randint(0, 1)
        recurrent = rng.random() < 0.6
        for year in years[first: first + rng.randint(3, 4)]:
            amount = "unknown" if rng.random() < 0.15 else f"{rng.randint(1, 300) * 1000}.{rng.randint(0, 99):02d}"
            w(f"      - {{year: {year}, amount: {amount}, recurrent: {'true' if recurrent else 'false'}, basis: \"Estimate from the service\"}}\n")
        lines = sorted({b // 2 % funding, rng.randrange(funding)})
        w("    funded_by:\n")
        for line in lines:
            attributable = {year: left for year, left in held[line].items() if left}
            if rng.random() < 0.5 and attributable:
                year = rng.choice(sorted(attributable))
                amount = min(attributable[year], rng.randint(1, 50) * 1000)
                held[line][year] -= amount
                w(f"      - {{funding: F{line}, amounts: {{{year}: {amount}}}}}\n")
            else:
                w(f"      - F{line}\n")
        w("    source: doc\n")
    w("indicators:\n  - {id: I1, title: Reported, readiness: green, count: 21, source: doc}\n")
    w("risks:\n")
    for r in range(max(5, actions // 500)):
        w(f"  - {{id: R{r}, title: \"Risk {r} to delivery\", likelihood: {rng.randint(1, 5)}, impact: {rng.randint(1, 5)}, "
          f"owner: \"Service lead {r % 40}\", mitigation: \"Mitigation {r} agreed with partners\", pillars: [P{r % pillars + 1}], policy: POL{r % policies}, source: doc}}\n")
    # Committee resolutions: a meeting a quarter over the years of the plan, a few resolutions each.
    w("committees:\n  - id: C1\n    name: \"Children and Young People Scrutiny Committee\"\n    source: doc\n    meetings:\n")
    for m in range(max(4, actions // 2500)):
        w(f"      - id: MTG{m}\n        date: {2024 + m // 4}-{m % 4 * 3 + 1:02d}-15\n        item: Item {m % 20 + 5}\n        report_of: Director\n        source: doc\n        resolutions:\n")
        for r in range(rng.randint(2, 5)):
            status = rng.choice(["open", "in-progress", "complete"])
            w(f"          - {{id: \"{r + 1}\", text: \"Resolution {r + 1} of meeting {m}\", due: {years[m % 3]}, response: \"Response to resolution {r + 1}\", status: {status}, contact: Clerk}}\n")


def updates(count: int, programme_path: str, out) -> None:
    actions = sum(1 for line in open(programme_path) if line.startswith("  - id: A"))
    rng = random.Random(count)
    # Days from February 2024, after the generated programme's baseline (as_of 2024-01-31).
    out.write("action,at,progress,note,by\n")
    for row in range(count):
        action = rng.randrange(actions)
        out.write(f"A{action},2024-{row % 11 + 2:02d}-{row % 28 + 1:02d},{rng.randint(0, 99)},update {row},officer{row % 20}\n")


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "programme":
        with open(sys.argv[3], "w") as f:
            programme(int(sys.argv[2]), f)
    elif kind == "updates":
        with open(sys.argv[4], "w") as f:
            updates(int(sys.argv[2]), sys.argv[3], f)
    else:
        sys.exit(__doc__)
