"""The OCI image layout `mcp-warden package` writes for Istio and Envoy Gateway.

Checked twice: by hand (every digest, size and media type; the layer is a
gzipped tar whose one entry is plugin.wasm, byte for byte the built module)
and by skopeo (Debian's OCI tool), which reads the layout offline and copies
it out, verifying each blob's digest on the way.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pytest

from tests import cli_bin

ROOT = Path(__file__).resolve().parent.parent
WASM = ROOT / "dist" / "mcp_warden.wasm"
TAG = "0.1.0"


def blob(layout: Path, digest: str) -> bytes:
    algo, _, hexdigest = digest.partition(":")
    assert algo == "sha256"
    data = (layout / "blobs" / "sha256" / hexdigest).read_bytes()
    assert hashlib.sha256(data).hexdigest() == hexdigest, digest
    return data


def descriptor_ok(layout: Path, d: dict[str, Any], media_type: str) -> bytes:
    assert d["mediaType"] == media_type
    data = blob(layout, d["digest"])
    assert d["size"] == len(data)
    return data


@pytest.fixture(scope="module")
def layout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not WASM.is_file():
        pytest.fail(f"{WASM} is missing: scripts/build.sh", pytrace=False)
    out = tmp_path_factory.mktemp("oci") / "layout"
    proc = cli_bin.run("package", "--wasm", WASM, "--out", out, "--tag", TAG)
    assert proc.returncode == 0, proc.stderr
    assert "manifest sha256:" in proc.stdout
    return out


def test_the_layout_holds_a_compat_wasm_image_of_the_built_module(layout: Path) -> None:
    assert json.loads((layout / "oci-layout").read_text()) == {"imageLayoutVersion": "1.0.0"}
    index = json.loads((layout / "index.json").read_text())
    assert index["schemaVersion"] == 2 and index["mediaType"] == "application/vnd.oci.image.index.v1+json"
    [entry] = index["manifests"]
    assert entry["annotations"]["org.opencontainers.image.ref.name"] == TAG
    manifest = json.loads(descriptor_ok(layout, entry, "application/vnd.oci.image.manifest.v1+json"))
    assert manifest["schemaVersion"] == 2
    config = json.loads(descriptor_ok(layout, manifest["config"], "application/vnd.oci.image.config.v1+json"))
    # What Istio's fetcher takes first: one tar+gzip layer with plugin.wasm.
    [layer] = manifest["layers"]
    gz = descriptor_ok(layout, layer, "application/vnd.oci.image.layer.v1.tar+gzip")
    tar_bytes = gzip.decompress(gz)
    with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as tar:
        [member] = tar.getmembers()
        assert member.name == "plugin.wasm" and member.isfile()
        content = tar.extractfile(member)
        assert content is not None and content.read() == WASM.read_bytes()
    assert config["rootfs"] == {"type": "layers", "diff_ids": [f"sha256:{hashlib.sha256(tar_bytes).hexdigest()}"]}


def test_packaging_is_reproducible_and_keeps_other_tags(layout: Path, tmp_path: Path) -> None:
    before = json.loads((layout / "index.json").read_text())["manifests"][0]["digest"]
    again = tmp_path / "again"
    assert cli_bin.run("package", "--wasm", WASM, "--out", again, "--tag", TAG).returncode == 0
    assert json.loads((again / "index.json").read_text())["manifests"][0]["digest"] == before
    assert cli_bin.run("package", "--wasm", WASM, "--out", again, "--tag", "latest").returncode == 0
    tags = [m["annotations"]["org.opencontainers.image.ref.name"] for m in json.loads((again / "index.json").read_text())["manifests"]]
    assert sorted(tags) == [TAG, "latest"]


def test_refuses_what_is_not_a_module_or_not_a_layout(tmp_path: Path) -> None:
    junk = tmp_path / "junk.wasm"
    junk.write_bytes(b"MZ not wasm")
    proc = cli_bin.run("package", "--wasm", junk, "--out", tmp_path / "x")
    assert proc.returncode == 2 and "not a WebAssembly module" in proc.stderr
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    proc = cli_bin.run("package", "--wasm", WASM, "--out", busy)
    assert proc.returncode == 2 and "not an OCI image layout" in proc.stderr
    assert cli_bin.run("package", "--wasm", WASM, "--out", tmp_path / "y", "--tag", "bad tag").returncode == 2


def skopeo() -> str:
    path = shutil.which("skopeo")
    if path is None:
        pytest.fail("skopeo is missing: scripts/env.sh installs it (Debian package skopeo)", pytrace=False)
    return path


def test_skopeo_reads_the_layout_and_copies_it_with_digests_verified(layout: Path, tmp_path: Path) -> None:
    ref = f"oci:{layout}:{TAG}"
    raw = subprocess.run([skopeo(), "inspect", "--raw", ref], capture_output=True, text=True, timeout=60)
    assert raw.returncode == 0, raw.stderr
    index = json.loads((layout / "index.json").read_text())
    assert hashlib.sha256(raw.stdout.encode()).hexdigest() == index["manifests"][0]["digest"].split(":")[1]
    info = subprocess.run([skopeo(), "inspect", ref], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0, info.stderr
    facts = json.loads(info.stdout)
    assert facts["Digest"] == index["manifests"][0]["digest"]
    assert facts["Layers"] == [json.loads(raw.stdout)["layers"][0]["digest"]]
    out = tmp_path / "copied"
    copy = subprocess.run([skopeo(), "copy", "--quiet", ref, f"dir:{out}"], capture_output=True, text=True, timeout=120)
    assert copy.returncode == 0, copy.stderr
    layer_hex = facts["Layers"][0].split(":")[1]
    assert gzip.decompress((out / layer_hex).read_bytes()).find(WASM.read_bytes()[:64]) > 0
