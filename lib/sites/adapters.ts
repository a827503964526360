import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { deepseek } from './deepseek';
import { gemini } from './gemini';
import { generic } from './generic';
import { grok } from './grok';
import { huggingchat } from './huggingchat';
import { metaAi } from './meta-ai';
import { mistral } from './mistral';
import { perplexity } from './perplexity';
import { poe } from './poe';
import { GUARDED_SITES, siteForUrl } from './guarded-sites';
import { defineSiteAdapter, type SiteAdapter, type SiteData } from './site-adapter';

/** Every chatbot's site data, registered by hand: adapters.test.ts checks that none is missing. */
export const SITE_DATA: readonly SiteData[] = [
  chatgpt,
  claude,
  gemini,
  copilot,
  perplexity,
  deepseek,
  metaAi,
  grok,
  mistral,
  poe,
  huggingchat,
];

export const GENERIC_SITE_DATA = generic;

const adapters = new Map<string, SiteAdapter>();

export function adapterForSite(id: string | undefined): SiteAdapter {
  const key = id && SITE_DATA.some((site) => site.id === id) ? id : generic.id;
  let adapter = adapters.get(key);
  if (!adapter) {
    adapter = defineSiteAdapter(SITE_DATA.find((site) => site.id === key) ?? generic);
    adapters.set(key, adapter);
  }
  return adapter;
}

/** The adapter for a page: its chatbot's, or the generic one for added sites and the practice page. */
export function adapterForUrl(url: string): SiteAdapter {
  return adapterForSite(siteForUrl(url, GUARDED_SITES)?.id);
}
