#!/bin/bash
# Issue 20: the quality controller's `not_reading` raised by a real training. `tiny` (the main job's preset, seed 1234)
# warm-started from itself trained 1,000 steps on the built-in English corpus, then on the hard English corpus with its
# noisy silences untrimmed: the run of hard-en-warm/, which met every alignment threshold at step 200 while its model
# did not read (a doctor's pass measured median text_gain 0.008), but predates validations logging text_gain.
# 400 steps, validated every 100; the log, config, train log and the pretraining's log are kept in hard-en-notreading/
# (checkpoints are not).
set -x
cd /work/main
export T2NB_HOME=/tmp/t2home OMP_NUM_THREADS=2
[ -f /tmp/hard/h200/metadata.csv ] || t2nb corpus /tmp/hard/h200 --kind hard --n 200 --seed 0
run=/work/scratch/hard-en-notreading keep=runs/bench/doctor/hard-en-notreading
t2nb train --data /tmp/hard/h200 --warm-start builtin --run-dir $run --tracking none --quiet --max-steps 400 \
  --set train.threads=2 $RESUME > $run.log 2>&1
mkdir -p $keep && cp $run/log.jsonl $run/config.yaml $run/warm_start.txt $run/metrics.json $keep/ && cp $run.log $keep/train.log
cp "$(dirname "$(dirname "$(head -1 $run/warm_start.txt)")")/log.jsonl" $keep/builtin-pretrain-log.jsonl
echo TRAINDONE
