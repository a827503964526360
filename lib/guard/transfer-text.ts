/**
 * The text a paste or drop carries. Usually its text/plain; when it has none (a page can put only
 * HTML on the clipboard), the text of its HTML, so that an editor never receives unchecked text.
 * The HTML is parsed into an inert document: its scripts never run and nothing it names is loaded.
 * Hidden elements are kept: an editor that takes the HTML would keep their text too.
 */
const BLOCKS = 'p, div, li, tr, h1, h2, h3, h4, h5, h6, pre, blockquote, section, article, table, ul, ol';

export function transferText(data: DataTransfer | null): string {
  const plain = data?.getData('text/plain') ?? '';
  if (plain.trim() !== '') return plain;
  const html = data?.getData('text/html') ?? '';
  if (html.trim() === '') return plain;
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const node of document.querySelectorAll('script, style, template, noscript')) node.remove();
  // Blocks and line breaks end a line, so that words of two paragraphs do not run together.
  for (const node of document.querySelectorAll('br')) node.replaceWith('\n');
  for (const node of document.querySelectorAll(BLOCKS)) node.append('\n');
  return (document.body?.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
