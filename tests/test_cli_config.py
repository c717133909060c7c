"""`connote config show|set|unset|path` and the config file it writes."""

from __future__ import annotations

import json
import tomllib

import pytest

from connote import paths
from connote.config import load_config


def test_path_and_show_defaults(cli):
    code, out, _ = cli("config", "path")
    assert code == 0 and out.strip() == str(paths.config_file())
    code, out, _ = cli("config", "show")
    assert "limit = 300   # default" in out and "sender = (not set)   # default" in out
    code, out, _ = cli("config", "show", "--json")
    assert json.loads(out)["count"] == 3


def test_set_converts_types_and_writes_only_what_was_set(cli):
    assert cli("config", "set", "sender", "Sam, backend engineer at Acme")[0] == 0
    code, out, _ = cli("config", "set", "gpu-layers", "20")
    assert code == 0 and out.strip() == "gpu_layers = 20"
    assert cli("config", "set", "history", "false")[0] == 0
    config = load_config()
    assert config.sender == "Sam, backend engineer at Acme" and config.gpu_layers == 20 and config.history is False
    written = tomllib.loads(paths.config_file().read_text())
    assert written == {"sender": "Sam, backend engineer at Acme", "gpu_layers": 20, "history": False}
    code, out, _ = cli("config", "show")
    assert 'sender = "Sam, backend engineer at Acme"\n' in out and "gpu_layers = 20\n" in out
    code, out, _ = cli("config", "unset", "gpu_layers")
    assert code == 0 and load_config().gpu_layers == 0
    assert "gpu_layers" not in tomllib.loads(paths.config_file().read_text())


@pytest.mark.parametrize("args, needle", [
    (("set", "limit", "5000"), "limit"),
    (("set", "count", "many"), "count"),
    (("set", "colour", "blue"), "unknown config key 'colour'"),
    (("set", "sender", "  "), "empty value for sender"),
    (("unset", "colour"), "unknown config key"),
])
def test_bad_settings_are_one_line_errors_and_change_nothing(cli, args, needle):
    """A key or value `config set` refuses is a refused request (2, usage), not a bad config file (3)."""
    cli("config", "set", "limit", "200")
    before = paths.config_file().read_text()
    code, out, err = cli("config", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and needle in err and "Traceback" not in err
    assert paths.config_file().read_text() == before


def test_config_set_on_a_broken_file_is_still_exit_3(cli):
    """Exit 3 stays for the file itself: another setting in it is bad, or it is not TOML."""
    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text("count = 99\n")
    code, out, err = cli("config", "set", "limit", "200")
    assert code == 3 and out == "" and "count" in err and str(paths.config_file()) in err
    code, out, err = cli("config", "set", "count", "2")  # setting the bad key right fixes the file
    assert code == 0 and load_config().count == 2
    paths.config_file().write_text("limit = [unclosed")
    assert cli("config", "set", "count", "2")[0] == 3


def test_a_broken_config_file_is_reported_with_the_fix(cli):
    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text("limit = [unclosed")
    code, _, err = cli("config", "show")
    assert code == 3 and "not valid TOML" in err and "rm " in err


def test_templates_copy_refusals_are_usage_errors(cli, connote_home):
    """`templates copy` onto an existing copy, to a bad name or of an unknown template: exit 2, one line."""
    code, out, err = cli("templates", "copy", "event", "my-event")
    assert code == 0, err
    before = sorted(p.name for p in (connote_home / "config" / "prompts" / "my-event").iterdir())
    for args, needle in ((("event", "my-event"), "already exists"),
                         (("event", "../escape"), "invalid template name"),
                         (("no-such-template",), "unknown template 'no-such-template'")):
        code, out, err = cli("templates", "copy", *args)
        assert code == 2 and out == "", (args, err)
        assert err.count("\n") == 1 and needle in err and "Traceback" not in err
    code, _, err = cli("templates", "show", "no-such-template")
    assert code == 2 and "available:" in err
    assert sorted(p.name for p in (connote_home / "config" / "prompts" / "my-event").iterdir()) == before
    assert not (connote_home / "config" / "escape").exists()
