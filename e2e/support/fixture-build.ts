import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURE_SOURCE_DIR = resolve('e2e/fixture-pages/src');
export const FIXTURE_OUT_DIR = resolve('e2e/.artifacts/fixtures');

/** Bundles each fixture page's script with the real editor library the chatbot uses. */
export async function buildFixturePages(): Promise<void> {
  const entryPoints = readdirSync(FIXTURE_SOURCE_DIR)
    .filter((file) => /\.tsx?$/.test(file) && file !== 'fixture-api.ts')
    .map((file) => join(FIXTURE_SOURCE_DIR, file));
  await build({
    entryPoints,
    bundle: true,
    format: 'iife',
    outdir: FIXTURE_OUT_DIR,
    jsx: 'automatic',
    // The fixtures use the chatbots' own libraries (React here), not the extension's Preact.
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}
