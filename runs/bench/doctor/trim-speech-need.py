"""Issue 20: should the `real` preset default to audio.trim_speech? How much it would cut beyond the preset's
trim_top_db=40, per corpus: per file, the seconds the training sees (after trim_top_db) minus the doctor's speech span,
whose median is what the doctor's trim advice reads. festvox-ru (studio recordings) and the hard English corpus (0 to
1.5 s of noisy silence added each side; /tmp/hard/h200 from `t2nb corpus /tmp/hard/h200 --kind hard --n 200 --seed 0`).
`python runs/bench/doctor/trim-speech-need.py` writes trim-speech-need.json."""
import json, os, numpy as np
os.environ.setdefault('T2NB_HOME', '/work/scratch/home')
from tacotron2_nb.config import get_config
from tacotron2_nb.corpus import real_corpus
from tacotron2_nb.data import prepare_data
from tacotron2_nb.doctor import measure_rows, trim_advice
out = {}
for name, src, lang in (('festvox-ru', real_corpus('ru'), 'ru'), ('hard-en', '/tmp/hard/h200', 'en')):
    cfg = get_config('real', [f'text.lang={lang}'])
    items, _ = prepare_data(src, cfg)
    rows = measure_rows(src, items)
    seen = np.array([it.n_frames * cfg.audio.hop_length / cfg.audio.sample_rate for it in items])
    left = seen - np.array([r['speech_s'] for r in rows])
    out[name] = dict(files=len(items), seconds_seen=round(float(seen.sum()), 1),
                     beyond_speech_s=dict(median=round(float(np.median(left)), 3), p90=round(float(np.percentile(left, 90)), 3),
                                          max=round(float(left.max()), 3), total=round(float(left.sum()), 1)),
                     advice=trim_advice(items, rows, cfg.audio))
    print(name, out[name], flush=True)
json.dump(out, open('runs/bench/doctor/trim-speech-need.json', 'w'), indent=1)
