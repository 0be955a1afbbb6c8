// Lets @modelcontextprotocol/conformance 0.2.0-alpha.12 start on Node 20.
//
// Its bundle imports `globSync` from "fs" (Node >= 22) at the top level and
// uses it only in `tier-check`; on Node 20 that named import fails at link
// time, before any command runs. This loader hands the bundle an "fs" that
// re-exports Node's own and adds a globSync that throws if ever called.
// Used as `node --import <this file> …/dist/index.js server …`; nothing else
// is changed. Not needed (and not used) on Node >= 22.
import { register } from "node:module";

const hooks = `
export async function resolve(specifier, context, next) {
  if ((specifier === "fs" || specifier === "node:fs") && context.parentURL
      && context.parentURL.includes("/@modelcontextprotocol/conformance/")) {
    return { url: "mcp-warden-shim:fs", shortCircuit: true };
  }
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url === "mcp-warden-shim:fs") {
    return {
      format: "module",
      shortCircuit: true,
      source: "import fs from 'node:fs'; export * from 'node:fs'; export default fs;"
        + " export function globSync() { throw new Error('fs.globSync needs Node >= 22'); }",
    };
  }
  return next(url, context);
}`;

register("data:text/javascript," + encodeURIComponent(hooks));
