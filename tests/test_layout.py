"""The README's layout table names every module of the filter crate."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_module_of_the_filter_crate_is_in_the_readme_layout_table() -> None:
    lib = (ROOT / "src" / "lib.rs").read_text(encoding="utf-8")
    modules = re.findall(r"^(?:pub )?mod (\w+);", lib, flags=re.M)
    assert len(modules) > 10, modules
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout") :]
    missing = []
    for m in modules:
        if f"`src/{m}.rs`" not in layout and f"`src/{m}/`" not in layout:
            missing.append(m)
    assert not missing, f"modules missing from the README layout table: {missing}"
    # And every stage file is named.
    stages = sorted(p.stem for p in (ROOT / "src" / "stages").glob("*.rs") if p.stem != "mod")
    row = next(line for line in layout.splitlines() if line.startswith("| `src/stages/`"))
    assert all(f"`{s}`" in row for s in stages), (stages, row)
