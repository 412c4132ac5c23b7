"""Issue 20: the doctor's own path when its run has not aligned by --steps: it trains on until a validation says
aligned, to twice the steps at most. Checked on planting seed 1, the real-voice planting whose 800-step run had not
aligned (focus 0.491): a copy of that run cut back to step 800 (its log's records after 800 and its step-1000 checkpoint
removed, best.pt = step 800, the best by then), then the doctor as `t2nb doctor` calls it (`real`, 800 steps, warm start
builtin), which resumed the run. Usage: python extend.py (writes seed1-extended.json and the run's log beside it)."""
import json, os, shutil, time
os.environ.setdefault('T2NB_HOME', '/work/scratch/home')
from pathlib import Path
from tacotron2_nb.config import get_config
from tacotron2_nb.doctor import doctor, score_suspects
here, out = Path(__file__).parent, Path('/work/scratch/realru-ext/seed1'); t0 = time.time()
rep = doctor(out/'filelist.txt', get_config('real', ['text.lang=ru', 'train.threads=2', 'train.seed=1']), steps=800,
             run_dir=out/'run', warm_start='builtin', log=lambda *a: print(*a, flush=True))
res = dict(what=__doc__, unused_model=rep.unused_model, checkpoint=rep.checkpoint, suspects=len(rep.suspects),
           score=score_suspects(rep.suspects, out/'truth.json'), seconds=round(time.time() - t0))
(here/'seed1-extended.json').write_text(json.dumps(res, indent=1), encoding='utf-8')
shutil.copy(out/'run'/'log.jsonl', here/'seed1-extended-run-log.jsonl')
print(res)
