"""Write a batch input of fictional people: ``python bench/people.py N OUT.csv|OUT.jsonl [--seed S]``.

Every person, company, podcast and event here is invented. Profiles look like what you copy from a
profile page (name, pronouns, headline, location, page furniture, about, a recent post), and reasons are
written the way people type them.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

FIRST = ["Priya", "Tomas", "Ana", "Kwame", "Mei", "Lukas", "Sofia", "Dmitri", "Aisha", "Jonas", "Elena",
         "Rafael", "Hana", "Oskar", "Nadia", "Mateo", "Ingrid", "Tariq", "Chloe", "Bruno", "Yuki", "Leila",
         "Finn", "Marta", "Samir", "Greta", "Hugo", "Amara", "Viktor", "Rosa"]
LAST = ["Raman", "Lindqvist", "Ruiz", "Mensah", "Tanaka", "Brandt", "Moretti", "Volkov", "Okafor", "Berg",
        "Petrova", "Costa", "Novak", "Larsen", "Haddad", "Silva", "Holm", "Rahman", "Dubois", "Ferreira",
        "Sato", "Karimi", "Quinn", "Kowalska", "Nair", "Eriksen", "Laurent", "Adeyemi", "Horvat", "Vidal"]
PRONOUNS = ["She/Her", "He/Him", "They/Them", "", ""]
ROLES = [
    ("Data Engineering Lead", "I build data platforms that people trust."),
    ("Head of Platform", "Making internal platforms boring in the best way."),
    ("Senior Product Designer", "I design tools for people who hate tools."),
    ("Engineering Manager", "Growing teams that ship calmly."),
    ("Founder & CEO", "Building the company I wished existed when I started."),
    ("Staff Machine Learning Engineer", "Shipping models that survive contact with production."),
    ("Technical Recruiter", "I match engineers with teams that deserve them."),
    ("Developer Advocate", "Docs, demos and a lot of conference coffee."),
    ("Security Engineer", "Threat models, not fear."),
    ("VP of Engineering", "Scaling teams from 10 to 100 without losing the plot."),
    ("FinOps Practitioner", "Cloud bills are product decisions."),
    ("Site Reliability Engineer", "On-call should be quiet."),
]
COMPANIES = ["Fluxo", "Norrsken Labs", "Pixelmar", "Quillstack", "Brightwell Health", "Tidewater Analytics",
             "Kestrel Robotics", "Oakline Finance", "Lumen Freight", "Corvid Security", "Heliotrope AI",
             "Saltmarsh Games", "Parcelbird", "Greenfield Grid", "Mosaic Learning"]
CITIES = ["Berlin, Germany", "Stockholm, Sweden", "Lisbon, Portugal", "Accra, Ghana", "Osaka, Japan",
          "Toronto, Canada", "Madrid, Spain", "Warsaw, Poland", "Nairobi, Kenya", "Austin, Texas, United States",
          "Amsterdam, Netherlands", "Dublin, Ireland", "Bengaluru, India", "Melbourne, Australia"]
POSTS = [
    "Episode {n} of our podcast is out: data contracts are a team sport, not a schema file.",
    "We cut our cloud bill by {n}% without touching a single feature. Thread below.",
    "Slides from my talk on incident reviews that don't blame anyone are up.",
    "We're hiring {n} engineers in {city} — remote-friendly, no leetcode.",
    "Wrote up what {n} customer interviews taught us about onboarding.",
    "Our team open-sourced the internal tool we use for schema migrations.",
]
REASONS = [
    "heard {pos} podcast episode on data contracts",
    "meeting {obj} at the {city_short} FinOps meetup next week",
    "loved {pos} post about cutting the cloud bill",
    "we're hiring a platform lead and {subj} came recommended",
    "saw {pos} talk on blameless incident reviews",
    "ex-colleague of a friend, want to ask about {pos} move into management",
    "interested in the open-source migration tool {pos} team released",
    "going to the same conference in {city_short} and would like to say hi",
    "read {pos} write-up on customer interviews and onboarding",
    "fellow founder in {city_short}, would love to swap notes",
]
SENDERS = ["", "", "Sam, backend engineer at Acme", "Jordan, recruiter at Brightpath Talent",
           "Alex, founder of a small devtools startup"]
FURNITURE = [" · 2nd", " · 3rd", "Contact info", "500+ connections", "Message", "Follow", "More"]


def _words(pronouns: str) -> dict[str, str]:
    if pronouns.startswith("She"):
        return {"pos": "her", "obj": "her", "subj": "she"}
    if pronouns.startswith("He"):
        return {"pos": "his", "obj": "him", "subj": "he"}
    return {"pos": "their", "obj": "them", "subj": "they"}


def person(rng: random.Random, i: int) -> dict[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    pronouns = rng.choice(PRONOUNS)
    role, about = rng.choice(ROLES)
    company, city = rng.choice(COMPANIES), rng.choice(CITIES)
    post = rng.choice(POSTS).format(n=rng.randint(3, 60), city=city.split(",")[0])
    lines = [f"{first} {last}", FURNITURE[rng.randint(0, 1)]]
    if pronouns:
        lines.append(pronouns)
    lines += [f"{role} at {company}", f"{city} · Contact info", "500+ connections", "Message", "Follow",
              "About", about, "Activity", f"{first} posted this • {rng.randint(1, 4)}w", post,
              "Experience", role, f"{company} · Full-time"]
    reason = rng.choice(REASONS).format(city_short=city.split(",")[0], **_words(pronouns))
    return {"id": f"p{i:04d}", "profile": "\n".join(lines), "reason": reason, "sender": rng.choice(SENDERS)}


def make_rows(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    return [person(rng, i) for i in range(1, n + 1)]


def write(rows: list[dict[str, str]], path: Path, extra: dict[str, str] | None = None) -> None:
    rows = [{**r, **(extra or {})} for r in rows]
    path = Path(path)
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--notes", type=int, default=None, help="add an n column with this value")
    args = ap.parse_args()
    write(make_rows(args.n, args.seed), args.out, {"n": str(args.notes)} if args.notes else None)


if __name__ == "__main__":
    main()
