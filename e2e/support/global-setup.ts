import { buildFixturePages } from './fixture-build';

/** The extension is built by `npm test` before Playwright starts; the editor fixtures here. */
export default async function globalSetup(): Promise<void> {
  await buildFixturePages();
}
