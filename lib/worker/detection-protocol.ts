import type { Finding } from '../detect/types';
import type { DetectProgress, ModelStatus } from '../messaging/protocol';

/** What goes between a detection host and its Web Worker. */
export type WorkerRequest =
  | { kind: 'detect'; id: number; text: string; personalTerms: string[]; threshold: number }
  /** Stops check `id` at the model's next window. */
  | { kind: 'cancel'; id: number };

export type WorkerReply =
  | { kind: 'progress'; id: number; progress: DetectProgress }
  | { kind: 'result'; id: number; ok: true; findings: Finding[]; modelStatus: ModelStatus; modelReadCharacters?: number }
  | { kind: 'result'; id: number; ok: false; error: string };
