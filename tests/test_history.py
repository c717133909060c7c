"""The history store (connote.history) and regeneration (connote.drafting.regenerate), as a library."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from connote import history, paths
from connote.backends.fake import FakeBackend
from connote.drafting.rank import similarity
from connote.drafting import draft as run_draft
from connote.errors import HistoryError, InputError
from connote.drafting.regenerate import SEED_STRIDE, fresh_seed, next_request, regenerate
from connote.drafting.schedule import candidate_budget
from connote.schema import Draft, DraftRequest, Note, Profile

PROFILE = "Priya Raman\nData Engineering Lead at Fluxo\nBerlin, Germany\n"
T0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)


def make_draft(texts, *, occasion="generic", model="fake", name="Priya Raman", at=T0, draft_id=None,
               seed=None, limit=300) -> Draft:
    notes = [Note(id=os.urandom(6).hex(), text=t, chars=len(t), limit=limit, passed=True, seed=i)
             for i, t in enumerate(texts)]
    return Draft(id=draft_id or os.urandom(6).hex(), model=model, template=occasion, occasion=occasion,
                 language="en", created_at=at, notes=notes, profile=Profile(name=name),
                 request=DraftRequest(profile_text=PROFILE, reason="read your post", seed=seed, limit=limit))


def real_draft(seed=7, count=2, reason="read your post") -> Draft:
    request = DraftRequest(profile_text=PROFILE, reason=reason, count=count, seed=seed)
    return run_draft(request, FakeBackend(), model_name="fake")


# --------------------------------------------------------------------------- file, schema

def test_database_is_private_and_versioned(connote_home):
    history.record_draft(make_draft(["Hi Priya, one."]))
    path = paths.history_db()
    assert path.parent == connote_home / "data"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    conn.close()
    assert versions == [v for v, _ in history.database.MIGRATIONS] and versions[-1] == history.SCHEMA_VERSION
    history.record_draft(make_draft(["Hi Priya, two."]))  # reopening applies nothing twice
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(versions)
    conn.close()


def test_wal_files_stay_private_while_open(connote_home):
    history.record_draft(make_draft(["Hi Priya, one."]))
    with history.connect() as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE notes SET edited_text = 'x'")
        conn.execute("COMMIT")
        for suffix in ("-wal", "-shm"):
            p = paths.history_db().with_name(paths.history_db().name + suffix)
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, suffix


def test_a_new_migration_upgrades_an_existing_database(connote_home, monkeypatch):
    d = make_draft(["Hi Priya, one."])
    history.record_draft(d)
    new = history.SCHEMA_VERSION + 1
    v2 = (new, ("ALTER TABLE drafts ADD COLUMN flavour TEXT DEFAULT 'plain'",))
    monkeypatch.setattr(history.database, "MIGRATIONS", (*history.database.MIGRATIONS, v2))
    monkeypatch.setattr(history.database, "SCHEMA_VERSION", new)
    assert history.get_draft(d.id).draft == d  # upgraded on open, data kept
    conn = sqlite3.connect(paths.history_db())
    assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")] == \
        list(range(1, new + 1))
    assert conn.execute("SELECT flavour FROM drafts").fetchone()[0] == "plain"
    conn.close()
    history.record_draft(make_draft(["Hi Priya, two."]))  # applied once only
    assert len(history.list_drafts()) == 2


def test_newer_schema_is_refused(connote_home):
    history.record_draft(make_draft(["Hi Priya, one."]))
    conn = sqlite3.connect(paths.history_db())
    conn.execute("INSERT INTO schema_migrations VALUES (99, 'later')")
    conn.commit()
    conn.close()
    with pytest.raises(HistoryError, match="newer connote"):
        history.list_drafts()


def test_damaged_file_is_a_history_error_and_clear_removes_it(connote_home):
    path = paths.history_db()
    paths.ensure_private_dir(path.parent)
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(HistoryError):
        history.record_draft(make_draft(["Hi Priya, one."]))
    assert history.clear() is True
    assert not path.exists()
    history.record_draft(make_draft(["Hi Priya, one."]))
    assert len(history.list_drafts()) == 1


def test_reading_an_absent_history_creates_nothing(connote_home):
    assert history.list_drafts() == []
    assert history.latest_draft() is None
    assert history.export_records() == []
    assert history.stats().overall.sent == 0
    assert not paths.history_db().exists()


# --------------------------------------------------------------------------- record, find

def test_record_keeps_everything_and_round_trips(connote_home):
    d = real_draft()
    history.record_draft(d)
    rec = history.get_draft(d.id)
    assert rec.draft == d  # inputs, parsed profile, template, model, seeds, notes, timestamps
    assert rec.draft.request.profile_text == PROFILE
    assert rec.root_id is None and rec.edits == {} and rec.marks == {}
    assert history.get_draft(d.id[:4]).draft.id == d.id


def test_prefixes_ambiguous_and_unknown_ids(connote_home):
    a = make_draft(["Hi Priya, one."], draft_id="abc111111111")
    b = make_draft(["Hi Priya, two."], draft_id="abc222222222")
    history.record_draft(a)
    history.record_draft(b)
    with pytest.raises(InputError, match="ambiguous"):
        history.get_draft("abc")
    assert history.get_draft("abc2").draft.id == b.id
    with pytest.raises(InputError, match="no draft"):
        history.get_draft("fff")
    with pytest.raises(InputError, match="not a draft id"):
        history.get_draft("xyz!")
    with pytest.raises(InputError, match="is a note id"):
        history.get_draft(a.notes[0].id)
    with pytest.raises(InputError, match="is a draft id"):
        history.mark("abc1", "sent")


def test_latest_and_lineage(connote_home):
    root = make_draft(["Hi Priya, one."], at=T0)
    again1 = make_draft(["Hi Priya, two."], at=T0 + timedelta(minutes=1))
    other = make_draft(["Hi Max, three."], name="Max Weber", at=T0 + timedelta(minutes=2))
    history.record_draft(root)
    history.record_draft(again1, root_id=root.id)
    history.record_draft(other)
    assert history.latest_draft().draft.id == other.id
    family = history.lineage(root.id)
    assert [r.draft.id for r in family] == [root.id, again1.id]
    assert history.shown_texts(family) == ["Hi Priya, one.", "Hi Priya, two."]


def test_list_filters_by_name_and_local_day(connote_home):
    history.record_draft(make_draft(["a"], name="Élodie Durand", at=T0))
    history.record_draft(make_draft(["b"], name="Max Weber", at=T0 + timedelta(days=2)))
    history.record_draft(make_draft(["c"], name=None, at=T0 + timedelta(days=4)))
    rows = history.list_drafts()
    assert [r.name for r in rows] == [None, "Max Weber", "Élodie Durand"]  # newest first
    assert [r.name for r in history.list_drafts(name="éLODIE")] == ["Élodie Durand"]
    day = (T0 + timedelta(days=2)).astimezone().date().isoformat()
    assert [r.name for r in history.list_drafts(since=day, until=day)] == ["Max Weber"]
    assert len(history.list_drafts(since=day)) == 2
    assert len(history.list_drafts(limit=1)) == 1
    with pytest.raises(InputError, match="not a date"):
        history.list_drafts(since="yesterday")


# --------------------------------------------------------------------------- marks, stats

def test_mark_latest_wins_and_prefix(connote_home):
    d = make_draft(["Hi Priya, one."])
    history.record_draft(d)
    note_id = d.notes[0].id
    history.mark(note_id[:6], "sent", at=T0)
    ref = history.mark(note_id, "accepted", at=T0 + timedelta(days=1))
    assert ref.status == "accepted" and ref.note.id == note_id
    assert [m.status for m in history.get_draft(d.id).marks[note_id]] == ["sent", "accepted"]
    with pytest.raises(InputError, match="unknown status"):
        history.mark(note_id, "liked")


def test_stats_by_dimension(connote_home):
    short = "Hi Priya, short note."                       # < 100 chars
    long = "Hi Priya, " + "a fairly long sentence " * 7   # 150-199 chars
    d1 = make_draft([short, long, short + " x"], occasion="content", model="qwen")
    d2 = make_draft([short + " y", long + " y"], occasion="event", model="smollm2")
    for d in (d1, d2):
        history.record_draft(d)
    history.mark(d1.notes[0].id, "sent")
    history.mark(d1.notes[0].id, "accepted")
    history.mark(d1.notes[1].id, "ignored")
    history.mark(d2.notes[0].id, "sent")
    history.mark(d2.notes[1].id, "accepted")
    # d1.notes[2] never marked: drafted, not sent
    s = history.stats()
    assert (s.drafts, s.notes) == (2, 5)
    assert (s.overall.sent, s.overall.accepted, s.overall.ignored, s.overall.waiting) == (4, 2, 1, 1)
    assert s.overall.rate == 0.5
    assert s.by["occasion"]["content"].rate == 0.5 and s.by["occasion"]["event"].rate == 0.5
    assert s.by["model"]["qwen"].as_dict() == {"sent": 2, "accepted": 1, "ignored": 1, "waiting": 0, "rate": 0.5}
    assert s.by["length"]["<100"].sent == 2 and s.by["length"]["<100"].accepted == 1
    assert s.by["length"]["150-199"].sent == 2 and s.by["length"]["150-199"].accepted == 1
    assert set(s.by["template"]) == {"content", "event"}


def test_stats_length_uses_the_edited_text(connote_home):
    d = make_draft(["Hi Priya, short."])
    history.record_draft(d)
    history.set_edited(d.notes[0].id, "Hi Priya, " + "much longer text " * 10)
    history.mark(d.notes[0].id, "accepted")
    assert set(history.stats().by["length"]) == {"150-199"}


def test_length_buckets():
    assert [history.length_bucket(n) for n in (0, 99, 100, 149, 150, 200, 250, 300)] == \
        ["<100", "<100", "100-149", "100-149", "150-199", "200-249", "250+", "250+"]


# --------------------------------------------------------------------------- export, import, clear

def test_export_import_round_trip(connote_home):
    root = real_draft()
    history.record_draft(root)
    again = make_draft(["Hi Priya, a variation."], at=root.created_at + timedelta(seconds=5))
    history.record_draft(again, root_id=root.id)
    history.set_edited(root.notes[0].id, "Hi Priya, my own words.")
    history.mark(root.notes[0].id, "sent", at=T0)
    history.mark(root.notes[0].id, "accepted", at=T0 + timedelta(hours=3))
    before = [r.model_dump_json() for r in history.export_records()]
    assert history.clear()
    records = history.parse_jsonl(before, "backup.jsonl")
    assert history.import_records(records) == history.ImportResult(2, 0)
    after = [r.model_dump_json() for r in history.export_records()]
    assert after == before
    assert history.import_records(records) == history.ImportResult(0, 2)  # idempotent
    assert history.stats().overall.accepted == 1


def test_bad_import_line_imports_nothing(connote_home):
    good = history.HistoryRecord(draft=make_draft(["Hi Priya, one."])).model_dump_json()
    bad = good.replace('"format":"connote-history"', '"format":"something-else"')
    with pytest.raises(InputError, match="backup.jsonl line 2"):
        history.parse_jsonl([good, bad], "backup.jsonl")
    with pytest.raises(InputError, match="line 1"):
        history.parse_jsonl(["{not json"], "backup.jsonl")
    assert not paths.history_db().exists()


def test_record_with_marks_for_unknown_note_is_invalid():
    d = make_draft(["Hi Priya, one."])
    with pytest.raises(ValidationError):
        history.HistoryRecord(draft=d, marks={"ffffffffffff": [{"status": "sent", "at": T0}]})


def test_import_conflicting_note_id_imports_nothing(connote_home):
    d = make_draft(["Hi Priya, one."])
    history.record_draft(d)
    clash = make_draft(["Hi Priya, two."])
    clash.notes[0].id = d.notes[0].id
    fresh = history.HistoryRecord(draft=make_draft(["Hi Priya, three."]))
    with pytest.raises(HistoryError, match="already in history"):
        history.import_records([fresh, history.HistoryRecord(draft=clash)])
    assert len(history.list_drafts()) == 1


def test_clear_deletes_the_files(connote_home):
    history.record_draft(make_draft(["Hi Priya, secret words."]))
    path = paths.history_db()
    assert history.clear() is True
    leftovers = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
    assert leftovers == []
    assert history.clear() is False


# --------------------------------------------------------------------------- concurrency

WRITER = textwrap.dedent("""
    import os, sys
    from datetime import datetime, timezone
    from connote import history
    from connote.schema import Draft, DraftRequest, Note, Profile
    tag = sys.argv[1]
    for i in range(int(sys.argv[2])):
        notes = [Note(id=os.urandom(6).hex(), text=f"Hi Priya, note {tag}-{i}-{k}.", chars=20, limit=300,
                      passed=True) for k in range(3)]
        d = Draft(id=os.urandom(6).hex(), model="fake", template="generic", occasion="generic", language="en",
                  notes=notes, profile=Profile(name=f"writer {tag}"),
                  request=DraftRequest(profile_text="Priya", reason="read your post"))
        history.record_draft(d)
        history.mark(notes[0].id, "sent")
""")


def test_concurrent_writers_lose_nothing(connote_home, tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    procs = [subprocess.Popen([sys.executable, str(script), str(w), "15"], env=dict(os.environ),
                              stderr=subprocess.PIPE, text=True) for w in range(4)]
    for p in procs:
        _, errors = p.communicate(timeout=300)
        assert p.returncode == 0, errors
    records = history.export_records()
    assert len(records) == 60
    for w in range(4):
        mine = [r for r in records if r.draft.profile.name == f"writer {w}"]
        assert len(mine) == 15
        assert all(len(r.draft.notes) == 3 and r.status(r.draft.notes[0].id) == "sent" for r in mine)
    assert history.stats().overall.sent == 60


# --------------------------------------------------------------------------- regeneration

def test_fresh_seeds_derived_or_random():
    seeded = make_draft(["x"], seed=7)
    assert fresh_seed(seeded, 1) == 7 + SEED_STRIDE
    assert fresh_seed(seeded, 2) == 7 + 2 * SEED_STRIDE
    unseeded = make_draft(["x"])
    seeds = {fresh_seed(unseeded, 1) for _ in range(5)}
    assert len(seeds) > 1 and all(0 <= s < 2**31 for s in seeds)


def test_next_request_changes_on_the_way():
    root = make_draft(["x"], seed=3)
    req = next_request(root, 1, reason="met you at PyCon", limit=200, occasion="event", count=2)
    assert (req.reason, req.limit, req.occasion, req.count, req.seed) == \
        ("met you at PyCon", 200, "event", 2, 3 + SEED_STRIDE)
    assert req.profile_text == PROFILE
    with pytest.raises(ValidationError):
        next_request(root, 1, limit=5)


def test_regenerate_never_repeats_a_shown_note():
    texts = [" I'm reaching out because I read your post. Would be glad to connect.",
             " Your post on pipelines made me think about our own data contracts work.",
             " I read your post and it changed how I think about batch jobs, thanks for it.",
             " Your writing about on-call rotations was refreshingly honest and useful."]
    root_req = DraftRequest(profile_text=PROFILE, reason="read your post", count=2, seed=1)
    first = run_draft(root_req, FakeBackend(script=texts), model_name="fake")
    shown = [n.text for n in first.notes]
    assert len(shown) == 2
    # the same script again would reproduce the first notes: regenerate must skip them
    again = regenerate(next_request(first, 1), FakeBackend(script=texts), shown=shown, model_name="fake")
    new = [n.text for n in again.notes]
    assert new and all(t not in shown for t in new)
    assert all(similarity(t, s) < 0.6 for t in new for s in shown)
    shown += new
    # regenerate until everything the backend can say has been shown: never a repeat, then nothing new
    for generation in range(2, 6):
        last = regenerate(next_request(first, generation), FakeBackend(script=texts), shown=shown,
                          model_name="fake")
        assert all(n.text not in shown for n in last.notes)
        if not last.notes:
            break
        shown += [n.text for n in last.notes]
    assert last.notes == [] and last.all_failed


def test_regenerate_tries_more_when_many_notes_were_shown():
    assert candidate_budget(3, 0) == 6
    assert candidate_budget(3, 4) == 10
    assert candidate_budget(1, 50) == 6
    backend = FakeBackend(script=[" I read your post. Would be glad to connect."])
    req = DraftRequest(profile_text=PROFILE, reason="read your post", count=1, seed=1)
    shown = ["Hi Priya, I read your post. Would be glad to connect."]
    regenerate(req, backend, shown=shown * 3, model_name="fake")
    assert len(backend.calls) == candidate_budget(1, 3)
