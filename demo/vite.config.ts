/**
 * `npm run build:demo`: the educators' page as a static folder (.output/demo/) that any web
 * server or file share can host, with no extension installed. Same components, same engine, same
 * worker and model as the extension; ONNX Runtime's wasm files under ort/ and the model under
 * models/, as in the extension (see wxt.config.ts).
 */
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, '.output/demo');
const ortDist = resolve(root, 'node_modules/onnxruntime-web/dist');
/** The CPU (wasm) build of ONNX Runtime, as in wxt.config.ts. */
const ORT_FILES = ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm'];
const modelsDir = resolve(root, 'models');

/** Copies the runtime and the model next to the page once the bundle is written. */
function copyRuntimeAndModel(): Plugin {
  return {
    name: 'noteguard-demo-assets',
    apply: 'build',
    closeBundle() {
      for (const file of ORT_FILES) cpSync(resolve(ortDist, file), resolve(outDir, 'ort', file));
      const hasModelFiles = existsSync(modelsDir) && readdirSync(modelsDir, { recursive: true, withFileTypes: true }).some((entry) => entry.isFile());
      // The model's runtime files only, as in wxt.config.ts: the model card stays in the repository.
      if (hasModelFiles) {
        cpSync(modelsDir, resolve(outDir, 'models'), {
          recursive: true,
          filter: (source) => statSync(source).isDirectory() || /\.(json|onnx|txt)$/.test(source),
        });
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // Relative URLs, so the folder works from any path on any server.
  base: './',
  publicDir: false,
  plugins: [preact(), copyRuntimeAndModel()],
  resolve: {
    // Same resolution as the extension build (wxt.config.ts): ONNX Runtime's wasm outside the JS, no WebGPU build.
    conditions: ['onnxruntime-web-use-extern-wasm', 'module', 'browser', 'import', 'default'],
    alias: [
      { find: 'onnxruntime-web/webgpu', replacement: 'onnxruntime-web/wasm' },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    // No modulepreload polyfill: it is an inline-free module, but the browsers we target all support modulepreload.
    modulePreload: { polyfill: false },
  },
});
