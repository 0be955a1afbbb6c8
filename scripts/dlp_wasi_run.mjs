// Runs a wasm32-wasip1 test binary under node's WASI (V8, the runtime Envoy
// uses), for scripts/dlp_bench.sh --v8. Host calls of the proxy-wasm ABI are
// stubbed: the DLP core never makes any.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import { argv, env } from 'node:process';

const wasi = new WASI({ version: 'preview1', args: argv.slice(2), env, preopens: { '/': '/' } });
const module = await WebAssembly.compile(await readFile(argv[2]));
const imports = wasi.getImportObject();
for (const imp of WebAssembly.Module.imports(module)) {
  if (imp.module !== 'wasi_snapshot_preview1') {
    imports[imp.module] ??= {};
    imports[imp.module][imp.name] = () => {
      throw new Error(`host call ${imp.module}.${imp.name} in a test`);
    };
  }
}
const instance = await WebAssembly.instantiate(module, imports);
// The cdylib also exports _initialize, which node's WASI refuses next to _start.
wasi.start({ exports: { memory: instance.exports.memory, _start: instance.exports._start } });
