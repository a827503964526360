/** The welcome page opens once, when NoteGuard is first installed (not on updates or reloads). */
export function openWelcomeOnInstall(
  details: { reason: string },
  openTab: (url: string) => Promise<unknown>,
  welcomeUrl: string,
): Promise<unknown> | undefined {
  if (details.reason !== 'install') return undefined;
  return openTab(welcomeUrl).catch((error: unknown) => console.warn('NoteGuard: could not open the welcome page.', error));
}
