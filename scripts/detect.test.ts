import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = join('node_modules', '.bin', 'tsx');

async function detect(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/detect.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run detect (the contract in DESIGN.md)', () => {
  it('writes one line per input line, in order, with UTF-16 offsets, and an empty line for a line that is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noteguard-detect-'));
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    const text = '🙂 Seen 3/14/2024 by Dr. Okonkwo, call 617-555-0143.';
    writeFileSync(input, [JSON.stringify({ id: 'a', text, extra: 1 }), 'not json', JSON.stringify({ id: 7, text: '' })].join('\n'));
    const { code, stderr } = await detect('--in', input, '--out', output);
    expect(code).toBe(0);
    expect(stderr).toContain('line 2 is not a JSON object');
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', null, 7]);
    expect(lines[0].spans.map((span: { start: number; end: number; label: string }) => [text.slice(span.start, span.end), span.label])).toEqual([
      ['3/14/2024', 'DATE'],
      ['Okonkwo', 'NAME'],
      ['617-555-0143', 'PHONE'],
    ]);
    expect(lines[1].spans).toEqual([]);
  });

  it.each([
    [['--help'], 0, 'usage: npx tsx scripts/detect.ts'],
    [['--in', 'x.jsonl', '--bogus'], 2, "Unknown option '--bogus'"],
    [['--in', 'x.jsonl'], 2, 'missing --out'],
    [['--in', '/nonexistent/in.jsonl', '--out', '/tmp/out.jsonl'], 2, '/nonexistent/in.jsonl does not exist'],
  ])('%j exits %i with a clear message', async (args, code, message) => {
    const result = await detect(...args);
    expect(result.code).toBe(code);
    expect(result.stdout + result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
