/** What NoteGuard can tell about a file on its way to a chatbot. */
export type FileReading =
  | { kind: 'text'; text: string }
  /** A picture: a photo or scan of a note is a note, and NoteGuard does not read pictures. */
  | { kind: 'image' }
  | { kind: 'unreadable'; reason: string }
  /** Not a document NoteGuard knows how to read (audio, an archive…): let through. */
  | { kind: 'other' };

export type FileKind = 'text' | 'pdf' | 'docx' | 'image' | 'other';

const TEXT_NAME = /\.(txt|text|md|markdown|csv|tsv|json|xml|html?|log|rtf)$/i;
const TEXT_TYPE = /^text\/|^application\/(json|xml|csv)$/;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const IMAGE_NAME = /\.(png|jpe?g|gif|webp|heic|heif|bmp|tiff?|avif)$/i;

export function fileKind(file: Pick<File, 'name' | 'type'>): FileKind {
  if (file.type === 'application/pdf' || /\.pdf$/i.test(file.name)) return 'pdf';
  if (file.type === DOCX_TYPE || /\.docx$/i.test(file.name)) return 'docx';
  if (file.type.startsWith('image/') || IMAGE_NAME.test(file.name)) return 'image';
  if (TEXT_TYPE.test(file.type) || TEXT_NAME.test(file.name)) return 'text';
  return 'other';
}

/** The document readers, loaded only when a file arrives (they are large); tests pass fakes. */
export interface DocumentReaders {
  pdfText(bytes: ArrayBuffer): Promise<string>;
  docxText(bytes: ArrayBuffer): Promise<string>;
}

export async function readFileForCheck(file: File, readers: DocumentReaders): Promise<FileReading> {
  const kind = fileKind(file);
  try {
    switch (kind) {
      case 'text':
        return { kind: 'text', text: await file.text() };
      case 'pdf':
        return { kind: 'text', text: await readers.pdfText(await file.arrayBuffer()) };
      case 'docx':
        return { kind: 'text', text: await readers.docxText(await file.arrayBuffer()) };
      case 'image':
        return { kind: 'image' };
      default:
        return { kind: 'other' };
    }
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}
