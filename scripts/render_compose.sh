#!/usr/bin/env bash
# Renders envoy/compose/envoy-mode-{a,b}.yaml (used by docker-compose.yml) from
# envoy/envoy.yaml.tmpl and examples/policy.json. Commit the result;
# tests/test_examples.py fails when the committed files are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
for mode in a b; do
  python3 scripts/render_envoy.py --preset compose --mode "$mode" \
    --policy examples/policy.json --out "envoy/compose/envoy-mode-${mode}.yaml"
done
echo "rendered envoy/compose/envoy-mode-a.yaml and envoy-mode-b.yaml"
