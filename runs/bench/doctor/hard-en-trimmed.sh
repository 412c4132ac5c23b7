#!/bin/bash
# Issue 20: is it the hard corpus' silences that keep the model from reading? The same 200 utterances with every
# file cut to its speech (the doctor's speech_frames: frames 6 dB or more over the file's noise floor) plus 0.1 s,
# then the recipe of hard-en-real-long.sh (`real`, warm-started from the built-in corpus, seed 1234).
set -x
cd /work/main
export T2NB_HOME=/tmp/t2home OMP_NUM_THREADS=2
t2nb train --preset real --data /tmp/hardtrim --warm-start builtin --run-dir runs/bench/doctor/hard-en-trimmed \
  --tracking none --quiet --max-steps 1500 --set train.val_every=100 --set train.ckpt_every=100 --set train.threads=2 $RESUME
echo TRAINDONE
