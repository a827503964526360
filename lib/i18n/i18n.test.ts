import { describe, expect, it } from 'vitest';
import { EN, ES } from './messages';
import { resolveLocale, t } from './index';

describe('t', () => {
  it('fills parameters and speaks both languages', () => {
    expect(t('en', 'dialog.found.countMany', { count: 3 })).toBe('We found 3 details that could identify you.');
    expect(t('es', 'dialog.found.countMany', { count: 3 })).toBe('Encontramos 3 datos que podrían identificarle.');
  });

  it('keeps the accessible names the tests and the quick start rely on', () => {
    expect(t('en', 'dialog.found.title')).toBe('This text has personal details in it');
    expect(t('en', 'dialog.redact')).toBe('Paste without my details');
    expect(t('en', 'dialog.pasteAnyway')).toBe('Paste anyway');
    expect(t('en', 'dialog.confirmOriginal')).toBe('Yes, paste with my details');
    expect(t('en', 'common.cancel')).toBe('Cancel');
    expect(t('en', 'dialog.checking.title')).toBe('Checking your text for personal details…');
  });

  it('has every Spanish sentence, with the same parameters as the English', () => {
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(ES[key], key).toBeTruthy();
      const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(params(ES[key]), key).toEqual(params(EN[key]));
    }
  });
});

describe('resolveLocale', () => {
  it.each([
    ['es', 'en-US', 'es'],
    ['en', 'es-MX', 'en'],
    ['auto', 'es-MX', 'es'],
    ['auto', 'fr-FR', 'en'],
    [undefined, undefined, 'en'],
  ] as const)('%s with browser %s → %s', (setting, browserLanguage, expected) => {
    expect(resolveLocale(setting, browserLanguage)).toBe(expected);
  });
});
