import type { Locator, Page } from '@playwright/test';
import { clickByRole, textOfRole, waitForRole, waitForRoleGone } from './closed-shadow';

/** A chat page with a composer, driven as a person would: clipboard, keyboard and mouse. */
export class ChatPage {
  constructor(
    readonly page: Page,
    readonly composer: Locator,
  ) {}

  async paste(text: string): Promise<void> {
    const url = new URL(this.page.url());
    // Extension pages may use the clipboard already; web pages need the permission granted.
    if (url.protocol.startsWith('http')) {
      await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.origin });
    }
    await this.composer.click();
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** What the editor itself holds (its model), not what the screen shows. */
  modelText(): Promise<string> {
    return this.page.evaluate(() => window.__fixture.modelText());
  }

  /** The warning's text once the check has finished (the dialog may first say it is checking). */
  async warningText(title: RegExp = /personal details in it/): Promise<string> {
    await waitForRole(this.page, 'alertdialog', title, 30_000);
    return (await textOfRole(this.page, 'alertdialog')) ?? '';
  }

  async chooseRedact(): Promise<void> {
    await clickByRole(this.page, 'button', 'Paste without my details');
    await waitForRoleGone(this.page, 'alertdialog');
  }

  /** The original, in two steps; a send or an upload words both buttons for itself. */
  async choosePasteAnyway(confirmation: string | RegExp = 'Yes, paste with my details', button = 'Paste anyway'): Promise<void> {
    await clickByRole(this.page, 'button', button);
    await clickByRole(this.page, 'button', confirmation);
    await waitForRoleGone(this.page, 'alertdialog');
  }

  async cancel(): Promise<void> {
    await clickByRole(this.page, 'button', 'Cancel');
    await waitForRoleGone(this.page, 'alertdialog');
  }
}

declare global {
  interface Window {
    __fixture: import('../fixture-pages/src/fixture-api').FixtureApi;
  }
}
