#!/bin/bash
# Issue 20: the `real` preset, warm-started from the built-in corpus, on the hard English corpus with
# audio.trim_speech (each file cut to its speech, measured from its own noise floor, 0.1 s kept each side).
# hard-en-real-long.sh is the same without the trim; hard-en-trimmed.sh trimmed a copy of the files by hand first.
set -x
cd /work/main
export T2NB_HOME=/tmp/t2home OMP_NUM_THREADS=2
[ -f /tmp/hard/h200/metadata.csv ] || t2nb corpus /tmp/hard/h200 --kind hard --n 200 --seed 0
t2nb train --preset real --data /tmp/hard/h200 --warm-start builtin --run-dir runs/bench/doctor/hard-en-trimspeech \
  --tracking none --quiet --max-steps 800 --set audio.trim_speech=true --set train.val_every=100 \
  --set train.ckpt_every=100 --set train.threads=2 $RESUME
echo TRAINDONE
