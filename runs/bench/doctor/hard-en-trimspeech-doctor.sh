#!/bin/bash
# Issue 20: the doctor on the hard English corpus with the view of a model that reads it (hard-en-trimspeech.sh's
# step-STEP checkpoint), the planting of hard-en/ (5% wrong transcripts, 3% truncations, seeds 0, 1, 2), and on the
# unplanted corpus. Usage: hard-en-trimspeech-doctor.sh STEP
set -x
cd /work/main
export T2NB_HOME=/tmp/t2home OMP_NUM_THREADS=2
step=$(printf %07d $1); ck=runs/bench/doctor/hard-en-trimspeech/checkpoints/step_$step.pt
python -c "
from tacotron2_nb.doctor import planted_benchmark
from tacotron2_nb.config import Config   # any evidence made a suspect when this was run (quality.suspect_score 3.5)
planted_benchmark('/tmp/hard/h200', '/work/scratch/hard-en-trimspeech-step$1', '$ck',
                  Config().with_overrides(['quality.suspect_score=3.5']))"
mkdir -p runs/bench/doctor/hard-en-trimspeech-step$1
cp /work/scratch/hard-en-trimspeech-step$1/doctor_planted.json runs/bench/doctor/hard-en-trimspeech-step$1/
for s in 0 1 2; do cp /work/scratch/hard-en-trimspeech-step$1/seed$s/truth.json runs/bench/doctor/hard-en-trimspeech-step$1/truth-seed$s.json; done
t2nb doctor /tmp/hard/h200 --checkpoint $ck --set quality.suspect_score=3.5 > runs/bench/doctor/hard-en-trimspeech-step$1-unplanted.txt
echo DOCTORDONE
