#!/bin/bash
# Issue 20: does the `real` preset, warm-started from the built-in corpus, read the hard English corpus given
# more steps? (hard-en-real.sh stopped at 300 steps, not aligned, text_gain 0.02.) Same corpus, seed and warm start.
set -x
cd /work/main
export T2NB_HOME=/tmp/t2home OMP_NUM_THREADS=2
[ -f /tmp/hard/h200/metadata.csv ] || t2nb corpus /tmp/hard/h200 --kind hard --n 200 --seed 0
t2nb train --preset real --data /tmp/hard/h200 --warm-start builtin --run-dir runs/bench/doctor/hard-en-real-long \
  --tracking none --quiet --max-steps 1500 --set train.val_every=100 --set train.ckpt_every=100 --set train.threads=2 $RESUME
echo TRAINDONE
