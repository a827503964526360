import { describe, expect, it } from 'vitest';
import { fileKind, readFileForCheck, type DocumentReaders } from './file-text';

const readers: DocumentReaders = {
  pdfText: async () => 'text of the pdf',
  docxText: async () => {
    throw new Error('corrupt file');
  },
};

describe('fileKind', () => {
  it.each([
    ['note.txt', '', 'text'],
    ['labs.csv', 'text/csv', 'text'],
    ['summary.md', '', 'text'],
    ['discharge.PDF', '', 'pdf'],
    ['scan', 'application/pdf', 'pdf'],
    ['letter.docx', '', 'docx'],
    ['photo.jpg', 'image/jpeg', 'image'],
    ['IMG_0001.HEIC', '', 'image'],
    ['voice.m4a', 'audio/mp4', 'other'],
  ])('%s (%s) is %s', (name, type, kind) => {
    expect(fileKind({ name, type })).toBe(kind);
  });
});

describe('readFileForCheck', () => {
  it('reads text files as text and documents through the readers', async () => {
    expect(await readFileForCheck(new File(['MRN 123'], 'note.txt'), readers)).toEqual({ kind: 'text', text: 'MRN 123' });
    expect(await readFileForCheck(new File(['%PDF'], 'a.pdf'), readers)).toEqual({ kind: 'text', text: 'text of the pdf' });
  });

  it('names a picture as a picture without reading it', async () => {
    expect(await readFileForCheck(new File([''], 'a.png', { type: 'image/png' }), readers)).toEqual({ kind: 'image' });
  });

  it('says a document could not be read instead of letting it through unchecked', async () => {
    expect(await readFileForCheck(new File(['x'], 'a.docx'), readers)).toEqual({ kind: 'unreadable', reason: 'corrupt file' });
  });
});
