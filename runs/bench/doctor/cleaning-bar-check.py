"""Issue 20: which cleaning measurements the suspect score (quality.suspect_score, a bar on the model's view only)
changes. Where the doctor's own training left its model's view out (not aligned, or not reading), it ranked by the
audio alone, where any evidence still makes a suspect, so its clean list is what it was: checked here by ranking the
acoustic measures of the same plantings (taken from the rows kept beside suspect-score.py: the same planting seeds and
sources, their audio measures do not depend on a model) and comparing the rows they leave out with each clean list.
`python runs/bench/doctor/cleaning-bar-check.py` writes cleaning-bar-check.json. Runs: hard-en seeds 0-2 (the 400-step
model did not read), real-ru seed 1 (the 800-step model had not aligned); real-ru seeds 0 and 2 had the model's view,
so their clean arm was trained again under the bar (cleaning.py)."""
import json, os
from pathlib import Path
from tacotron2_nb.doctor import rank_suspects
here = Path(__file__).parent
MODEL = ('diagonal', 'coverage', 'end_token', 'mel_error', 'gate_error_s', 'text_gain')
CHECKS = dict(hard_en=('hard-en-trimspeech-step800', 'cleaning-hard-en', (0, 1, 2)),
              real_ru=('real-ru-tradeoff', 'cleaning-real-ru', (1,)))
key = lambda path, text: f"{os.path.basename(path).rsplit('.', 1)[0]}|{text}"
out = {}
for name, (rows_dir, clean_dir, seeds) in CHECKS.items():
    for s in seeds:
        rows = json.loads((here/rows_dir/f'rows-seed{s}.json').read_text())['rows']
        same_planting = (json.loads((here/rows_dir/f'truth-seed{s}.json').read_text())['planted']
                         == json.loads((here/clean_dir/f'seed{s}-truth.json').read_text())['planted'])
        sus = {x.line for x in rank_suspects([{k: v for k, v in r.items() if k not in MODEL} for r in rows])[0]}
        kept = {key(*l.split('|')[:1], l.split('|')[-1])
                for l in (here/clean_dir/f'seed{s}-clean.txt').read_text(encoding='utf-8').splitlines()}
        left_out = {key(r['path'], r['text']) for r in rows} - kept
        audio = {key(r['path'], r['text']) for r in rows if r['line'] in sus}
        res = dict(same_planting=same_planting, audio_only_suspects=len(audio), left_out_of_clean_list=len(left_out),
                   same_rows=left_out == audio)
        out[f'{name} seed {s}'] = res
        print(name, s, res)
(here/'cleaning-bar-check.json').write_text(json.dumps(dict(
    what="clean lists of the cleaning measurements whose doctor ranked by the audio alone, against the acoustic "
         "suspects of the same plantings: same_rows true means the suspect score leaves that measurement as it was",
    checks=out), indent=1), encoding='utf-8')
