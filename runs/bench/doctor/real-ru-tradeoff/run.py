"""Issue 20: a real-voice doctor model to check ranking changes against (the cleaning-real-ru settings, planting seed
SEED): plant, train `real` warm-started from the built-in Russian corpus STEPS (800) steps on the planted list (resumed
when its run is there), run the doctor, pickle its rows for save.py. Usage: python run.py SEED [STEPS]"""
import json, os, pickle, sys, time
os.environ.setdefault('T2NB_HOME', '/work/scratch/home')
from pathlib import Path
from tacotron2_nb.config import get_config
from tacotron2_nb.corpus import real_corpus
from tacotron2_nb.doctor import plant_defects, doctor
seed, steps = int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 800; out = Path(f'/work/scratch/realru-doc/seed{seed}')
t0 = time.time()
fl = plant_defects(real_corpus('ru'), out, dict(wrong_transcript=0.05, truncated=0.03), seed=seed)
rep = doctor(fl, get_config('real', ['text.lang=ru', 'train.threads=2', f'train.seed={seed}']), steps=steps,
             run_dir=out/'run', warm_start='builtin', log=lambda *a: print(*a, flush=True))
truth = {p['line']: p['kind'] for p in json.load(open(out/'truth.json'))['planted']}
pickle.dump(dict(rows=rep.rows, truth=truth, unused=rep.unused_model, ckpt=rep.checkpoint), open(out/'rows.pkl', 'wb'))
print('done', round(time.time() - t0), rep.unused_model, len(rep.suspects), flush=True)
