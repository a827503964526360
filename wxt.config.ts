import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { GUARDED_SITES } from './lib/sites/guarded-sites';

const ortDist = resolve('node_modules/onnxruntime-web/dist');
/** The CPU (wasm) build of ONNX Runtime is all the model needs; it ships inside the extension. */
const ORT_FILES = ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm'];

export default defineConfig({
  modules: [],
  manifest: ({ browser }) => ({
    name: 'NoteGuard',
    description:
      'Keeps your health information out of public AI chatbots. Checks notes on your device; nothing is sent anywhere.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    web_accessible_resources: [],
    host_permissions: GUARDED_SITES.flatMap((site) => site.matches),
  }),
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      for (const file of ORT_FILES) {
        assets.push({ absoluteSrc: resolve(ortDist, file), relativeDest: `ort/${file}` });
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
    resolve: {
      // Keep ONNX Runtime's wasm out of the JS bundle and drop the WebGPU build: see STACK-NOTES.
      conditions: ['onnxruntime-web-use-extern-wasm', 'module', 'browser', 'import', 'default'],
      alias: {
        'onnxruntime-web/webgpu': 'onnxruntime-web/wasm',
      },
    },
    build: { chunkSizeWarningLimit: 4096 },
  }),
});
