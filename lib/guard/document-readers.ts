import { browser } from 'wxt/browser';
import type { DocumentReaders } from './file-text';

/**
 * pdf.js and mammoth ship inside the extension (web-accessible, see wxt.config.ts) and are
 * imported only when a PDF or a Word file is on its way to a chatbot: together they would
 * triple the content script that every chatbot frame loads. Never from a CDN.
 */
export const PDFJS_DIR = 'pdfjs';
export const MAMMOTH_DIR = 'mammoth';

type PdfJs = typeof import('pdfjs-dist');
interface Mammoth {
  extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

let pdfjs: Promise<PdfJs> | undefined;
let mammoth: Promise<Mammoth> | undefined;

const importFromExtension = (path: string) => import(/* @vite-ignore */ browser.runtime.getURL(path as '/'));

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= importFromExtension(`/${PDFJS_DIR}/pdf.min.mjs`).then((module: PdfJs) => {
    // A content script may not start a Worker from the extension (STACK-NOTES); pdf.js then
    // imports its worker code into this script and parses here.
    module.GlobalWorkerOptions.workerSrc = browser.runtime.getURL(`/${PDFJS_DIR}/pdf.worker.min.mjs` as '/');
    return module;
  });
  return pdfjs;
}

function loadMammoth(): Promise<Mammoth> {
  // mammoth's browser build is a UMD bundle: imported as a module it sets `window.mammoth`
  // in the world that imported it (the content script's).
  mammoth ??= importFromExtension(`/${MAMMOTH_DIR}/mammoth.browser.min.js`).then(() => {
    const loaded = (globalThis as { mammoth?: Mammoth }).mammoth;
    if (!loaded) throw new Error('The Word reader did not load.');
    return loaded;
  });
  return mammoth;
}

export const extensionDocumentReaders: DocumentReaders = {
  async pdfText(bytes) {
    const { getDocument } = await loadPdfJs();
    const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true }).promise;
    try {
      const pages: string[] = [];
      for (let number = 1; number <= document.numPages; number++) {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        pages.push(
          content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
        );
      }
      return pages.join('\n\n');
    } finally {
      void document.destroy();
    }
  },
  async docxText(bytes) {
    const reader = await loadMammoth();
    return (await reader.extractRawText({ arrayBuffer: bytes })).value;
  },
};
