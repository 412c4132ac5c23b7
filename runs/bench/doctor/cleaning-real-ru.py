"""Issue 20, item 4 on the real voice: train on festvox-ru with 5% wrong transcripts and 3% truncations planted, then
on the doctor's clean list of it; same preset (real), seed, steps (800) and warm start (the built-in Russian corpus).
One planting seed per call: `python runs/bench/doctor/cleaning-real-ru.py SEED`; the work goes to /work/scratch, the
per-seed result to runs/bench/doctor/cleaning-real-ru/seed{SEED}.json (runs resume if interrupted).
`python runs/bench/doctor/cleaning-real-ru.py summary` writes summary.json from the seeds there: mean ± sample std
(`mean_std`, over the values that are not None)."""
import json, os, shutil, sys, time
from pathlib import Path
from tacotron2_nb.metrics import mean_std
keep = Path(__file__).parent/'cleaning-real-ru'

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
    res = dict(what='cleaning on the real voice: planted list against the doctor\'s clean list, per planting seed',
               seeds=sorted(runs), rows=rows)
    (keep/'summary.json').write_text(json.dumps(res, indent=1), encoding='utf-8')
    for k, r in rows.items(): print(k, r)

if sys.argv[1] == 'summary': summary(); sys.exit()
os.environ.setdefault('T2NB_HOME', '/work/scratch/home')
from tacotron2_nb.config import get_config
from tacotron2_nb.corpus import real_corpus
from tacotron2_nb.doctor import cleaning_benchmark

seed, work = int(sys.argv[1]), Path('/work/scratch/cleaning-real-ru')
keep.mkdir(exist_ok=True)
t0 = time.time()
res = cleaning_benchmark(real_corpus('ru'), work, get_config('real', ['text.lang=ru', 'train.threads=2']), steps=800,
                         seeds=(seed,), warm_start='builtin', log=lambda *a: print(*a, flush=True))
res['seconds'] = round(time.time() - t0)
(keep/f'seed{seed}.json').write_text(json.dumps(res, indent=1), encoding='utf-8')
for run in ('planted-run', 'clean-run'):
    for f in ('log.jsonl', 'config.yaml', 'warm_start.txt', 'data_report.txt'):
        if (work/f'seed{seed}'/run/f).exists(): shutil.copy(work/f'seed{seed}'/run/f, keep/f'seed{seed}-{run}-{f}')
for f in ('truth.json', 'clean.txt'): shutil.copy(work/f'seed{seed}'/f, keep/f'seed{seed}-{f}')
print('SEEDDONE', seed, res['seconds'], flush=True)
