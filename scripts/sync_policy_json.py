#!/usr/bin/env python3
"""Write examples/policy.json from examples/policy.jsonc (the same policy without comments).

tests/test_examples.py fails when the two disagree; run this after editing the .jsonc.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_envoy import ROOT, strip_jsonc  # noqa: E402

src = ROOT / "examples" / "policy.jsonc"
dst = ROOT / "examples" / "policy.json"
policy = json.loads(strip_jsonc(src.read_text(encoding="utf-8")))
dst.write_text(json.dumps(policy, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {dst.relative_to(ROOT)}")
