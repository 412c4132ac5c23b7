"""Issue 20, item 4: train on a corpus with 5% wrong transcripts and 3% truncations planted, then on the doctor's clean
list of it; same preset (real), seed, steps and warm start (the built-in corpus of the language).
- real-ru: festvox-ru, 800 steps, validation every 200 (the preset's);
- hard-en: the hard English corpus (`t2nb corpus /tmp/hard/h200 --kind hard --n 200 --seed 0`), 400 steps, validation
  every 100, with audio.trim_speech (without it no model read this corpus: README, Status).
One planting seed per call: `python runs/bench/doctor/cleaning.py NAME SEED`; the work goes to /work/scratch, the
per-seed result to runs/bench/doctor/cleaning-NAME/seed{SEED}.json (runs resume if interrupted).
`python runs/bench/doctor/cleaning.py NAME summary` writes summary.json from the seeds there: mean ± sample std
(`mean_std`, over the values that are not None)."""
import json, os, shutil, sys, time
from pathlib import Path
from tacotron2_nb.metrics import mean_std
SETUPS = dict(
    real_ru=dict(home='/work/scratch/home', steps=800, sets=['text.lang=ru', 'train.threads=2']),
    hard_en=dict(home='/tmp/t2home', steps=400, sets=['audio.trim_speech=true', 'train.val_every=100',
                                                        'train.ckpt_every=100', 'train.threads=2']))
name = sys.argv[1]
setup, keep = SETUPS[name.replace('-', '_')], Path(__file__).parent/f'cleaning-{name}'

def summary():
    runs = {}
    for f in sorted(keep.glob("seed*.json")):
        if f.stem[4:].isdigit(): runs.update(json.loads(f.read_text())['runs'])
    rows = {}
    for arm in ('planted', 'clean'):
        for k in ('aligned_at', 'held_out_stops', 'mcd_dtw'):
            v = [r[arm][k] for r in runs.values()]
            rows[f'{arm} {k}'] = dict(values=v, mean_std=mean_std(v, 2))   # of the values that are not None
    rows['suspects'] = dict(values=[r['suspects'] for r in runs.values()])
    for k in sorted({k for r in runs.values() for k in r['score']}):
        rows[f'doctor {k}'] = dict(values=[r['score'].get(k) for r in runs.values()])
    res = dict(what=f'cleaning on {name}: planted list against the doctor\'s clean list, per planting seed',
               seeds=sorted(runs), rows=rows)
    (keep/'summary.json').write_text(json.dumps(res, indent=1), encoding='utf-8')
    for k, r in rows.items(): print(k, r)

if sys.argv[2] == 'summary': summary(); sys.exit()
os.environ.setdefault('T2NB_HOME', setup['home'])
from tacotron2_nb.config import get_config
from tacotron2_nb.corpus import real_corpus, make_corpus
from tacotron2_nb.doctor import cleaning_benchmark

seed, work = int(sys.argv[2]), Path(f'/work/scratch/cleaning-{name}')
src = real_corpus('ru') if name == 'real-ru' else Path('/tmp/hard/h200')
if name == 'hard-en' and not (src/'metadata.csv').exists(): make_corpus(src, 'en', n=200, seed=0, kind='hard')
keep.mkdir(exist_ok=True)
t0 = time.time()
res = cleaning_benchmark(src, work, get_config('real', setup['sets']), steps=setup['steps'], seeds=(seed,),
                         warm_start='builtin', log=lambda *a: print(*a, flush=True))
res['seconds'] = round(time.time() - t0)
(keep/f'seed{seed}.json').write_text(json.dumps(res, indent=1), encoding='utf-8')
for run in ('planted-run', 'clean-run'):
    for f in ('log.jsonl', 'config.yaml', 'warm_start.txt', 'data_report.txt'):
        if (work/f'seed{seed}'/run/f).exists(): shutil.copy(work/f'seed{seed}'/run/f, keep/f'seed{seed}-{run}-{f}')
for f in ('truth.json', 'clean.txt'): shutil.copy(work/f'seed{seed}'/f, keep/f'seed{seed}-{f}')
print('SEEDDONE', seed, res['seconds'], flush=True)
