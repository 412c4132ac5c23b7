"""The real-voice ablation's table (printed, Markdown) and summary.json, from results.json beside this file.
Each row lists the seeds it has; a row's means are over those seeds only."""
import json
from pathlib import Path
from tacotron2_nb.evaluation import REAL_VOICE_ROWS, EVAL_VARIANTS
from tacotron2_nb.metrics import mean_std

here = Path(__file__).parent
results = json.loads((here/'results.json').read_text())
LENGTHS = ('1', '2', '4')
lines = ['| row | seeds | aligned at (step) | text_gain (last validation) | held-out stops | MCD-DTW (dB) | robustness set: skipped / max-steps hits '
         '| long-form stopped (1×, 2×, 4×) | skipped at 2× | skipped at 4× | no final punctuation: stopped within 1.5× |',
         '|---|---|---|---|---|---|---|---|---|---|---|']
summary = {}
for row in [*REAL_VOICE_ROWS, *EVAL_VARIANTS]:
    rs = sorted((v for v in results.values() if v['row'] == row), key=lambda v: v['seed'])
    if not rs: continue
    at = [r['aligned_at'] for r in rs]
    share = lambda f: mean_std([100 * r['lengths'][f]['skipped_share'] for r in rs])
    stopped = sum(r['lengths'][f]['stopped'] for r in rs for f in LENGTHS)
    un = [r['unpunctuated'] for r in rs]
    lines.append(f"| {row} | {', '.join(str(r['seed']) for r in rs)} | {mean_std(at)} ({sum(a is not None for a in at)} "
                 f"of {len(rs)} aligned) | {mean_std([r['text_gain'] for r in rs], 3)} | {mean_std([100 * r['gate_stops'] for r in rs])}% | "
                 f"{mean_std([r['mcd_dtw'] for r in rs])} | {mean_std([r['skipped'] for r in rs])} / "
                 f"{mean_std([r['max_steps_hits'] for r in rs])} | {stopped} of {len(LENGTHS) * len(rs)} | {share('2')}% | "
                 f"{share('4')}% | {mean_std([u['within'] for u in un])} (of {un[0]['n']}) |")
    summary[row] = [dict(seed=r['seed'], aligned_at=r['aligned_at'], tf_focus=r['tf_focus'], text_gain=r['text_gain'], gate_stops=r['gate_stops'],
                         mcd_dtw=r['mcd_dtw'], skipped=r['skipped'], repeats=r['repeats'],
                         max_steps_hits=r['max_steps_hits'], unpunctuated_within=r['unpunctuated']['within'],
                         lengths={f: {k: r['lengths'][f][k] for k in ('chars', 'frames', 'expected_frames', 'stopped',
                                                                       'skipped_share', 'repeats')} for f in LENGTHS},
                         minutes=r['minutes']) for r in rs]
(here/'summary.json').write_text(json.dumps(summary, indent=1, ensure_ascii=False))
print('\n'.join(lines))
