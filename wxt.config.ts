import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EXTENSION_PUBLIC_KEY, GECKO_EXTENSION_ID } from './lib/policy/extension-key';
import { GUARDED_MATCHES } from './lib/sites/guarded-sites';

const ortDist = resolve('node_modules/onnxruntime-web/dist');
/** The CPU (wasm) build of ONNX Runtime is all the model needs; it ships inside the extension. */
export const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

/** Asked for one host at a time (permissions.request), never granted at install. */
const EXTRA_SITES_ACCESS = 'https://*/*';

const ORT_FILES = ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm'];

/**
 * The document readers for uploads, shipped whole and imported by the content script only when a
 * PDF or Word file is on its way to a chatbot (lib/guard/document-readers.ts): never a CDN.
 */
const DOCUMENT_READERS = [
  { from: 'node_modules/pdfjs-dist/build/pdf.min.mjs', to: 'pdfjs/pdf.min.mjs' },
  { from: 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs', to: 'pdfjs/pdf.worker.min.mjs' },
  { from: 'node_modules/mammoth/mammoth.browser.min.js', to: 'mammoth/mammoth.browser.min.js' },
];

const MODELS_DIR = resolve('models');
/** The shipped model's runtime files (the model card stays in the repository). */
function modelFiles(dir = MODELS_DIR): string[] {
  // Without a model the extension still builds and protects with the rules alone.
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return modelFiles(path);
    return /\.(json|onnx|txt)$/.test(entry) ? [path] : [];
  });
}

export default defineConfig({
  modules: [],
  // A private output folder lets two builds (say, a benchmark and a test run) share a checkout.
  outDir: process.env.NOTEGUARD_OUT_DIR ?? '.output',
  manifest: ({ browser, manifestVersion }) => ({
    // The browser shows these in the person's language: public/_locales/{en,es}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab lets the popup see which site it is on; no host permissions means no reach into sites.
    // scripting + optional https host access: extra chatbot sites (the organisation's policy or the
    // person's options) are guarded by registering the content script at run time, only on the
    // hosts the person (or their organisation) granted. See docs/SECURITY.md and docs/ADMIN.md.
    permissions:
      browser === 'firefox' ? ['storage', 'activeTab', 'scripting'] : ['storage', 'activeTab', 'offscreen', 'scripting'],
    ...(manifestVersion === 2
      ? { optional_permissions: [EXTRA_SITES_ACCESS] }
      : { optional_host_permissions: [EXTRA_SITES_ACCESS] }),
    // The model runs in WebAssembly; nothing else beyond the extension's own scripts may run.
    content_security_policy:
      manifestVersion === 2
        ? (EXTENSION_PAGES_CSP as unknown as Record<string, string>)
        : { extension_pages: EXTENSION_PAGES_CSP },
    // A stable id and the health system's policy schema: see docs/ADMIN.md and lib/policy/.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // NoteGuard collects nothing and sends nothing (AMO asks every new add-on to say so; Firefox 140+).
            gecko: { id: GECKO_EXTENSION_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // The Chrome Web Store refuses a manifest with `key` (it assigns the store's own id), so
          // `npm run zip` leaves it out; every other build keeps the stable id of docs/ADMIN.md.
          ...(process.env.NOTEGUARD_STORE_PACKAGE === '1' ? {} : { key: EXTENSION_PUBLIC_KEY }),
          storage: { managed_schema: 'managed_schema.json' },
          // Cross-origin isolation gives the offscreen document's worker SharedArrayBuffer, so
          // ONNX Runtime can run the model on more than one core. Extension pages load only the
          // extension's own files, which isolation does not block.
          cross_origin_embedder_policy: { value: 'require-corp' },
          cross_origin_opener_policy: { value: 'same-origin' },
        }),
    // A content script imports these from the extension, on chatbot pages only.
    // (Chrome accepts only whole origins here: "https://host/*".)
    web_accessible_resources: [
      { resources: ['pdfjs/*', 'mammoth/*'], matches: [...new Set(GUARDED_MATCHES.map((pattern) => `${new URL(pattern.replace('*', '')).origin}/*`))] },
    ],
  }),
  // `npm run zip`: store packages for Chrome and Firefox, and the source archive AMO reviewers
  // rebuild from: the code and the shipped model, not training data, runs or test output.
  zip: {
    excludeSources: [
      'training/data/**',
      'training/runs/**',
      'test-results/**',
      'e2e/.artifacts/**',
      'docs/screenshots/**',
      '**/*.tmp.*',
      '*.png',
      '*.log',
    ],
  },
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      for (const file of ORT_FILES) {
        assets.push({ absoluteSrc: resolve(ortDist, file), relativeDest: `ort/${file}` });
      }
      for (const { from, to } of DOCUMENT_READERS) assets.push({ absoluteSrc: resolve(from), relativeDest: to });
      for (const file of modelFiles()) {
        assets.push({ absoluteSrc: file, relativeDest: `models/${relative(MODELS_DIR, file)}` });
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
