"""The README's set-up commands are the ones CI runs."""

import re

from conftest import ROOT


def test_readme_opens_with_the_two_setup_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"```bash\n(.+?)\n```", readme)[:2]
    assert commands[0].endswith("kzbot") and "pip install ." in commands[0]
    assert commands[1] in (ROOT / ".ci" / "run").read_text()
