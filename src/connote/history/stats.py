"""Acceptance rates from the marks: overall and by occasion, template, model and length."""

from __future__ import annotations

from dataclasses import dataclass, field

from .database import connect

LENGTH_BUCKETS = ((0, 99, "<100"), (100, 149, "100-149"), (150, 199, "150-199"), (200, 249, "200-249"),
                  (250, 10**6, "250+"))
DIMENSIONS = ("occasion", "template", "model", "length")


def length_order(label: str) -> int:
    """Where a length bucket comes when buckets are listed by length, shortest first."""
    return next((i for i, (_, _, name) in enumerate(LENGTH_BUCKETS) if name == label), len(LENGTH_BUCKETS))


def length_bucket(chars: int) -> str:
    for low, high, label in LENGTH_BUCKETS:
        if low <= chars <= high:
            return label
    return LENGTH_BUCKETS[-1][2]


@dataclass
class Tally:
    """Counts for one group. A note counts as *sent* once it is marked sent, accepted or ignored."""

    sent: int = 0
    accepted: int = 0
    ignored: int = 0

    @property
    def waiting(self) -> int:
        return self.sent - self.accepted - self.ignored

    @property
    def rate(self) -> float | None:
        """Acceptance rate = accepted / sent (None when nothing was sent)."""
        return self.accepted / self.sent if self.sent else None

    def add(self, status: str) -> None:
        self.sent += 1
        if status == "accepted":
            self.accepted += 1
        elif status == "ignored":
            self.ignored += 1

    def as_dict(self) -> dict:
        return {"sent": self.sent, "accepted": self.accepted, "ignored": self.ignored, "waiting": self.waiting,
                "rate": None if self.rate is None else round(self.rate, 4)}


@dataclass
class Stats:
    drafts: int = 0
    notes: int = 0
    overall: Tally = field(default_factory=Tally)
    by: dict[str, dict[str, Tally]] = field(default_factory=lambda: {d: {} for d in DIMENSIONS})

    def groups(self, dim: str) -> list[tuple[str, Tally]]:
        """One dimension's groups in listing order: length buckets by length (shortest first), others by name."""
        if dim == "length":
            return sorted(self.by[dim].items(), key=lambda kv: (length_order(kv[0]), kv[0]))
        return sorted(self.by[dim].items())


def stats() -> Stats:
    """Acceptance by occasion, template, model and length bucket (of the text the user sent)."""
    result = Stats()
    with connect(create=False) as conn:
        if conn is None:
            return result
        result.drafts = conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0]
        result.notes = conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
        rows = conn.execute(
            "SELECT d.occasion, d.template, d.model, COALESCE(n.edited_text, n.text) AS final, "
            "(SELECT m.status FROM marks m WHERE m.note_id = n.id ORDER BY m.seq DESC LIMIT 1) AS status "
            "FROM notes n JOIN drafts d ON d.id = n.draft_id").fetchall()
    for r in rows:
        if r["status"] is None:
            continue
        result.overall.add(r["status"])
        keys = {"occasion": r["occasion"], "template": r["template"], "model": r["model"],
                "length": length_bucket(len(r["final"]))}
        for dim, key in keys.items():
            result.by[dim].setdefault(key, Tally()).add(r["status"])
    return result
