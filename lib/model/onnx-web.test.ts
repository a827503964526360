import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';

// The extension runs the model with onnxruntime-web's WASM backend, Node scripts with
// onnxruntime-node: the shipped ONNX file (opset, fp16 weights with Casts) must load in both and
// give the same logits. onnxruntime-web and -node are the versions @huggingface/transformers pins.
const MODEL = fileURLToPath(new URL('../../models/noteguard-phi-ner/onnx/model.onnx', import.meta.url));

type Ort = typeof ortNode | typeof ortWeb;

function feeds(ort: Ort) {
  const ids = BigInt64Array.from([2n, 100n, 200n, 300n, 3n, 2n, 400n, 3n, 0n, 0n]);
  const mask = BigInt64Array.from([1n, 1n, 1n, 1n, 1n, 1n, 1n, 1n, 0n, 0n]);
  return {
    input_ids: new ort.Tensor('int64', ids, [2, 5]),
    attention_mask: new ort.Tensor('int64', mask, [2, 5]),
    token_type_ids: new ort.Tensor('int64', new BigInt64Array(10), [2, 5]),
  };
}

describe.skipIf(!existsSync(MODEL))('shipped ONNX model', () => {
  it('runs in onnxruntime-web (WASM) with the same logits as onnxruntime-node', async () => {
    const bytes = readFileSync(MODEL);
    ortWeb.env.wasm.numThreads = 1;
    const web = await ortWeb.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
    const node = await ortNode.InferenceSession.create(bytes);
    expect([...web.inputNames].sort()).toEqual(['attention_mask', 'input_ids', 'token_type_ids']);
    expect(web.outputNames).toEqual(['logits']);
    const a = (await web.run(feeds(ortWeb))).logits;
    const b = (await node.run(feeds(ortNode))).logits;
    expect(a.dims).toEqual([2, 5, 19]);
    expect(b.dims).toEqual([2, 5, 19]);
    const x = a.data as Float32Array;
    const y = b.data as Float32Array;
    for (let i = 0; i < x.length; i++) expect(Math.abs(x[i] - y[i])).toBeLessThan(1e-3);
  }, 60_000);
});
