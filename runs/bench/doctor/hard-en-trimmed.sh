#!/bin/bash
# Issue 20: is it the hard corpus' silences that keep the model from reading? The same 200 utterances with every
# file cut to its speech (the doctor's speech_frames, now in tacotron2_nb.audio: frames well above the file's noise
# floor) plus 0.1 s each side, into /tmp/hardtrim, then the recipe of hard-en-real-long.sh (`real`, warm-started from
# the built-in corpus, seed 1234). The cut below is the one that was run (before audio.trim_speech existed; its end is
# 10 ms later than speech_span's); it prints how far the cut is from the silence the corpus added (truth.json).
set -x
cd /work/main
export T2NB_HOME=/tmp/t2home OMP_NUM_THREADS=2
[ -f /tmp/hard/h200/metadata.csv ] || t2nb corpus /tmp/hard/h200 --kind hard --n 200 --seed 0
[ -f /tmp/hardtrim/metadata.csv ] || (mkdir -p /tmp/hardtrim/wavs && cd /tmp/hard/h200 && python - <<'PY'
import json, shutil, numpy as np, soundfile as sf
from tacotron2_nb.audio import frame_db, speech_frames, HOP_S
t, errs = json.load(open('truth.json')), []
for k in [l.split('|')[0] for l in open('metadata.csv')]:
    wav, sr = sf.read(f'wavs/{k}.wav', dtype='float32')
    first, last = np.flatnonzero(speech_frames(frame_db(wav, sr)))[[0, -1]]
    a, b = max(0, int((first * HOP_S - 0.1) * sr)), min(len(wav), int(((last + 1) * HOP_S + 0.025 + 0.1) * sr))
    sf.write(f'/tmp/hardtrim/wavs/{k}.wav', wav[a:b], sr, subtype='PCM_16')
    errs.append((a / sr - t[k]['lead_s'], (len(wav) - b) / sr - t[k]['trail_s']))
shutil.copy('metadata.csv', '/tmp/hardtrim/metadata.csv')
e = np.median(np.array(errs), 0); print(f'cut minus added silence, median: start {e[0]:.2f} s, end {e[1]:.2f} s')
PY
)
t2nb train --preset real --data /tmp/hardtrim --warm-start builtin --run-dir runs/bench/doctor/hard-en-trimmed \
  --tracking none --quiet --max-steps 1500 --set train.val_every=100 --set train.ckpt_every=100 --set train.threads=2 $RESUME
echo TRAINDONE
