"""Acceptance rates from the marks: overall and by occasion, template, model and length."""

from __future__ import annotations

from dataclasses import dataclass, field

from .database import connect

LENGTH_BUCKETS = ((0, 99, "<100"), (100, 149, "100-149"), (150, 199, "150-199"), (200, 249, "200-249"),
                  (250, 10**6, "250+"))
DIMENSIONS = ("occasion", "template", "model", "length")


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
