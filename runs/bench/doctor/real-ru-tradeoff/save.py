"""Copy one planting seed's doctor rows, truth and planted-run log/config into runs/bench/doctor/real-ru-tradeoff/."""
import json, pickle, shutil, sys
from pathlib import Path
seed = int(sys.argv[1]); src = Path(f'/work/scratch/realru-doc/seed{seed}'); dst = Path('/work/main/runs/bench/doctor/real-ru-tradeoff')
dst.mkdir(parents=True, exist_ok=True)
d = pickle.load(open(src/'rows.pkl', 'rb'))
json.dump(dict(what=f"the doctor's rows (acoustic measures and the view of {d['ckpt']}) of festvox-ru planted with seed {seed}"
               + (f"; model's view left out: {d['unused']}" if d['unused'] else ''), rows=d['rows']),
          open(dst/f'rows-seed{seed}.json', 'w'), indent=0, default=float, ensure_ascii=False)
shutil.copy(src/'truth.json', dst/f'truth-seed{seed}.json')
for f in ('log.jsonl', 'config.yaml', 'warm_start.txt'):
    shutil.copy(src/'run'/f, dst/f'seed{seed}-planted-run-{f}')
print('saved', seed)
