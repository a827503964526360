/**
 * The welcome page opens once, when NoteGuard is first installed: not on updates, and not when
 * the browser reports an install again for a profile that has already seen it (an unpacked or
 * policy-installed copy can be "installed" at every start).
 */
export async function openWelcomeOnInstall(
  details: { reason: string },
  openTab: (url: string) => Promise<unknown>,
  welcomeUrl: string,
  alreadyWelcomed: () => Promise<boolean>,
): Promise<void> {
  if (details.reason !== 'install') return;
  try {
    // A database that cannot be read must not stop the welcome: treat it as a first run.
    if (await alreadyWelcomed().catch(() => false)) return;
    await openTab(welcomeUrl);
  } catch (error) {
    console.warn('NoteGuard: could not open the welcome page.', error);
  }
}
