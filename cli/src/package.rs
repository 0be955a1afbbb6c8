//! `mcp-warden package`: the OCI image layout Istio's WasmPlugin and Envoy
//! Gateway's EnvoyExtensionPolicy pull, built directly (no Docker).
//!
//! Format: the *compat* Wasm image (an ordinary OCI image manifest whose one
//! `application/vnd.oci.image.layer.v1.tar+gzip` layer holds `plugin.wasm`).
//! Istio's image fetcher (pkg/wasm/imagefetcher.go) tries this variant
//! first, and Envoy Gateway's fetcher derives from it. We do not build the
//! *oci* artifact variant (`application/vnd.module.wasm.content.layer.v1+wasm`):
//! Istio accepts it only with exactly two layers (the wasm layer and a
//! `application/vnd.module.wasm.config.v1+json` layer), so a single-layer
//! artifact as `oras push` makes it is refused there.
//!
//! Output is deterministic (tar and gzip timestamps zero): the same module
//! gives the same manifest digest, which WasmPlugin `sha256` and Envoy
//! Gateway `image.sha256` can pin.

use crate::{read, EXIT_ERROR};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const LAYER: &str = "application/vnd.oci.image.layer.v1.tar+gzip";
/// The file name Istio looks for in the layer.
pub const WASM_NAME: &str = "plugin.wasm";

#[derive(clap::Args)]
#[command(after_help = "Example:\n  \
    scripts/build.sh && mcp-warden package --wasm dist/mcp_warden.wasm --out dist/oci --tag 0.1.0\n  \
    skopeo copy oci:dist/oci:0.1.0 docker://registry.example.com/mcp-warden:0.1.0\n\n\
Then point the WasmPlugin's url (oci://registry.example.com/mcp-warden:0.1.0) or the \
EnvoyExtensionPolicy's code.image.url at it; the printed manifest digest can pin it (sha256).")]
pub struct Args {
    /// The built module.
    #[arg(long, default_value = "dist/mcp_warden.wasm")]
    wasm: PathBuf,
    /// Directory of the OCI image layout (created; an existing layout gets the tag added).
    #[arg(long, default_value = "dist/oci")]
    out: PathBuf,
    /// Tag (org.opencontainers.image.ref.name).
    #[arg(long, default_value = env!("CARGO_PKG_VERSION"))]
    tag: String,
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn write_blob(out: &Path, bytes: &[u8]) -> Result<(String, usize), String> {
    let hex = sha256_hex(bytes);
    let dir = out.join("blobs").join("sha256");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(&hex);
    std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok((format!("sha256:{hex}"), bytes.len()))
}

/// plugin.wasm in a tar (mode 0644, owner 0, time 0).
fn layer_tar(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let mut header = tar::Header::new_ustar();
    header.set_path(WASM_NAME).map_err(|e| e.to_string())?;
    header.set_size(wasm.len() as u64);
    header.set_mode(0o644);
    header.set_uid(0);
    header.set_gid(0);
    header.set_mtime(0);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_cksum();
    let mut b = tar::Builder::new(Vec::new());
    b.append(&header, wasm).map_err(|e| e.to_string())?;
    b.into_inner().map_err(|e| e.to_string())
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut gz = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).map_err(|e| e.to_string())?;
    gz.finish().map_err(|e| e.to_string())
}

/// Writes the layout; returns the manifest descriptor.
pub fn build(wasm: &[u8], out: &Path, tag: &str) -> Result<Value, String> {
    if wasm.get(..4) != Some(b"\0asm") {
        return Err(
            "not a WebAssembly module (no \\0asm magic); build it with scripts/build.sh".into(),
        );
    }
    let layout = out.join("oci-layout");
    if out.exists()
        && !layout.exists()
        && std::fs::read_dir(out)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(format!(
            "{} exists and is not an OCI image layout; choose another --out",
            out.display()
        ));
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let tar = layer_tar(wasm)?;
    let diff_id = format!("sha256:{}", sha256_hex(&tar));
    let (layer_digest, layer_size) = write_blob(out, &gzip(&tar)?)?;
    let config = json!({
        "architecture": "wasm",
        "os": "wasip1",
        "config": {},
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    });
    let (config_digest, config_size) = write_blob(out, config.to_string().as_bytes())?;
    let manifest = json!({
        "schemaVersion": 2,
        "mediaType": MANIFEST,
        "config": {"mediaType": CONFIG, "digest": config_digest, "size": config_size},
        "layers": [{"mediaType": LAYER, "digest": layer_digest, "size": layer_size,
                    "annotations": {"org.opencontainers.image.title": WASM_NAME}}],
        "annotations": {"org.opencontainers.image.title": "mcp-warden",
                        "org.opencontainers.image.version": tag},
    });
    let (manifest_digest, manifest_size) = write_blob(out, manifest.to_string().as_bytes())?;
    let descriptor = json!({"mediaType": MANIFEST, "digest": manifest_digest, "size": manifest_size,
                            "annotations": {"org.opencontainers.image.ref.name": tag}});
    // Keep the other tags of an existing layout.
    let index_path = out.join("index.json");
    let mut manifests: Vec<Value> = std::fs::read(&index_path)
        .ok()
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
        .and_then(|v| v.get("manifests").and_then(Value::as_array).cloned())
        .unwrap_or_default();
    manifests.retain(|m| {
        m.pointer("/annotations/org.opencontainers.image.ref.name") != Some(&json!(tag))
    });
    manifests.push(descriptor.clone());
    let index = json!({"schemaVersion": 2, "mediaType": INDEX, "manifests": manifests});
    let write = |p: PathBuf, v: &Value| {
        std::fs::write(&p, serde_json::to_string_pretty(v).unwrap_or_default())
            .map_err(|e| format!("cannot write {}: {e}", p.display()))
    };
    write(index_path, &index)?;
    write(layout, &json!({"imageLayoutVersion": "1.0.0"}))?;
    Ok(descriptor)
}

pub fn run(a: &Args) -> Result<u8, String> {
    if a.tag.is_empty()
        || a.tag.len() > 128
        || !a
            .tag
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
    {
        eprintln!(
            "mcp-warden: --tag {:?}: use 1-128 of A-Z a-z 0-9 _ . - (an OCI tag)",
            a.tag
        );
        return Ok(EXIT_ERROR);
    }
    let wasm = read(&a.wasm)?;
    let d = build(&wasm, &a.out, &a.tag)?;
    let digest = d.get("digest").and_then(Value::as_str).unwrap_or_default();
    println!(
        "wrote {} (tag {}): manifest {digest}",
        a.out.display(),
        a.tag
    );
    println!(
        "push:  skopeo copy oci:{}:{} docker://REGISTRY/mcp-warden:{}",
        a.out.display(),
        a.tag,
        a.tag
    );
    println!("pin:   sha256: {}", digest.trim_start_matches("sha256:"));
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_layer_is_a_gzipped_tar_holding_plugin_wasm_and_builds_are_reproducible() {
        let wasm = b"\0asm\x01\0\0\0rest-of-module".to_vec();
        let dir = std::env::temp_dir().join(format!("mcp-warden-pkg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let a = build(&wasm, &dir, "t1").unwrap();
        let b = build(&wasm, &dir, "t1").unwrap();
        assert_eq!(a, b, "same module, same manifest digest");
        let manifest: Value = serde_json::from_slice(
            &std::fs::read(
                dir.join("blobs/sha256")
                    .join(a["digest"].as_str().unwrap().trim_start_matches("sha256:")),
            )
            .unwrap(),
        )
        .unwrap();
        let layer = manifest["layers"][0]["digest"]
            .as_str()
            .unwrap()
            .trim_start_matches("sha256:")
            .to_string();
        let gz = std::fs::read(dir.join("blobs/sha256").join(layer)).unwrap();
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(gz.as_slice()));
        let mut entries = archive.entries().unwrap();
        let mut e = entries.next().unwrap().unwrap();
        assert_eq!(e.path().unwrap().to_str(), Some("plugin.wasm"));
        let mut got = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut got).unwrap();
        assert_eq!(got, wasm);
        assert!(build(b"not wasm", &dir, "t2").is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
