import { useEffect, useState } from 'preact/hooks';
import { redactFindings } from '@/lib/detect/redact';
import type { Finding, Redaction } from '@/lib/detect/types';
import type { ModelStatus } from '@/lib/messaging/protocol';
import type { TeachingDetectText } from '@/lib/teaching';

export type NoteAnalysis =
  | { phase: 'checking' }
  | { phase: 'failed'; error: string }
  | { phase: 'done'; findings: Finding[]; redaction: Redaction; modelStatus: ModelStatus; elapsedMs: number };

/**
 * Runs the same detection as a paste (through `detectText`) and the same redaction as the
 * warning dialog's "Paste without my details". A newer text wins over a slower earlier check.
 */
export function useNoteAnalysis(detectText: TeachingDetectText, text: string): NoteAnalysis {
  const [analysis, setAnalysis] = useState<NoteAnalysis>({ phase: 'checking' });
  useEffect(() => {
    let current = true;
    setAnalysis({ phase: 'checking' });
    detectText(text)
      .then((response) => {
        if (!current) return;
        if (!response.ok) return setAnalysis({ phase: 'failed', error: response.error });
        setAnalysis({
          phase: 'done',
          findings: response.findings,
          redaction: redactFindings(text, response.findings, { dateStyle: 'placeholder' }),
          modelStatus: response.modelStatus,
          elapsedMs: response.elapsedMs,
        });
      })
      .catch((error: unknown) => current && setAnalysis({ phase: 'failed', error: String(error) }));
    return () => {
      current = false;
    };
  }, [detectText, text]);
  return analysis;
}
