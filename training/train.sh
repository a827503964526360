#!/usr/bin/env bash
# Reproduces models/noteguard-phi-ner/ from a clean clone: synthetic notes -> WordPiece vocabulary
# -> training -> ONNX export (int8 matrix multiplies) -> evaluation -> model card figures -> test fixtures.
#
#   bash training/train.sh            # resumes training/runs/real if a checkpoint is there
#   FRESH=1 bash training/train.sh    # starts over
#   STEPS=200 RUN=smoke bash training/train.sh   # a quick end-to-end check
#   SKIP_GENERATE=1 SKIP_TRAIN=1 bash training/train.sh   # re-exports and re-scores a trained run
#
# Everything it writes outside models/ and lib/*/fixtures/ lands in git-ignored training/data and
# training/runs.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=/usr/bin/python3
SEED=${SEED:-1}
RUN=${RUN:-real}
STEPS=${STEPS:-4000}
HIDDEN=${HIDDEN:-96}
LAYERS=${LAYERS:-2}
HEADS=${HEADS:-3}
ACTIVATION=${ACTIVATION:-relu}
VOCAB=${VOCAB:-8192}
WEIGHTS=${WEIGHTS:-int8}   # how onnx/model.onnx stores weights: fp32, fp16 (Cast, folded at load) or int8 (integer MatMul)
BATCH_TOKENS=${BATCH_TOKENS:-8192}
LR=${LR:-1e-3}
EVAL_EVERY=${EVAL_EVERY:-400}
MAX_MINUTES=${MAX_MINUTES:-70}   # time budget for training steps; whichever of STEPS and this ends first
DATA=${DATA:-training/data}
OUT=${OUT:-models/noteguard-phi-ner}
RUN_DIR=training/runs/$RUN
TOK_DIR=training/runs/tokenizer-$RUN

if ! "$PY" -c 'import torch, onnx' 2>/dev/null; then
  echo "train: $PY cannot import torch and onnx. Install Debian's packages:" >&2
  echo "  apt-get install -y python3-torch python3-onnx" >&2
  exit 1
fi
if ! ls /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3 >/dev/null 2>&1 \
   && ! ls /usr/lib/*/openblas*/libblas.so.3 >/dev/null 2>&1; then
  echo "train: warning: Debian's torch is using the reference BLAS, which trains about 5x slower." >&2
  echo "  apt-get install -y libopenblas0-pthread   (switches libblas.so.3 to OpenBLAS)" >&2
fi
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-2}

t0=$(date +%s)
if [ "${SKIP_GENERATE:-0}" != 1 ]; then
  echo "== generating synthetic notes (seed $SEED) into $DATA"
  npx tsx training/generate.ts --seed "$SEED" --out "$DATA"
  git rev-parse HEAD > "$DATA/.generator-commit" 2>/dev/null || true
fi

echo "== building the WordPiece vocabulary ($VOCAB)"
"$PY" training/build_tokenizer.py --train "$DATA/train.jsonl" --out "$TOK_DIR" --vocab-size "$VOCAB"

if [ "${SKIP_TRAIN:-0}" != 1 ]; then
  if [ "${FRESH:-0}" = 1 ]; then rm -rf "$RUN_DIR"; fi
  echo "== training into $RUN_DIR (log: $RUN_DIR/train.log)"
  "$PY" training/train.py --data "$DATA" --tokenizer "$TOK_DIR" --run-dir "$RUN_DIR" \
    --steps "$STEPS" --hidden "$HIDDEN" --layers "$LAYERS" --heads "$HEADS" --activation "$ACTIVATION" \
    --batch-tokens "$BATCH_TOKENS" --lr "$LR" --eval-every "$EVAL_EVERY" --max-minutes "$MAX_MINUTES" \
    --seed "$SEED"
fi

echo "== tuning the entity threshold on the whole dev set"
"$PY" training/tune_threshold.py --run-dir "$RUN_DIR" --data "$DATA" --weights "$WEIGHTS"

echo "== exporting to $OUT"
"$PY" training/export.py --run-dir "$RUN_DIR" --tokenizer "$TOK_DIR" --out "$OUT" --weights "$WEIGHTS"

echo "== evaluating ($WEIGHTS weights, as shipped)"
"$PY" training/evaluate.py --model-dir "$RUN_DIR" --data "$DATA" --weights "$WEIGHTS" --json "$RUN_DIR/eval.json" \
  | tee "$RUN_DIR/eval.md"

echo "== writing figures into $OUT/MODEL_CARD.md and test fixtures"
# Only a run that trained is timed: a re-export leaves the card without a whole-run time.
TOTAL=()
if [ "${SKIP_TRAIN:-0}" != 1 ]; then TOTAL=(--total-seconds $(( $(date +%s) - t0 ))); fi
"$PY" training/write_card.py --run-dir "$RUN_DIR" --data "$DATA" --card "$OUT/MODEL_CARD.md" "${TOTAL[@]}"
"$PY" training/make_fixtures.py --vocab "$OUT/vocab.txt" --golden-logits "$RUN_DIR/golden-logits.json"
echo "== done in $(( ($(date +%s) - t0) / 60 )) min"
