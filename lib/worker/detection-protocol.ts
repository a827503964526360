import type { Finding } from '../detect/types';
import type { ModelStatus } from '../messaging/protocol';

/** What goes between a detection host and its Web Worker. */
export interface WorkerRequest {
  id: number;
  text: string;
  personalTerms: string[];
  threshold: number;
}

export type WorkerReply =
  | { id: number; ok: true; findings: Finding[]; modelStatus: ModelStatus }
  | { id: number; ok: false; error: string };
