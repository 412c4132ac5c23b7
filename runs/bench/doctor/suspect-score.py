"""Issue 20: the doctor's precision against its recall as the score a suspect needs with a model's view
(`quality.suspect_score`, the sum of the robust z's of its evidence, each from 3.5; 3.5 is the old rule, any evidence)
rises, recomputed from the rows the doctor measured (acoustic measures and the model's view), kept beside each benchmark
as rows-seed{S}.json with the planted truth-seed{S}.json, and what the same bars would do to the acoustic measures alone
(the doctor applies none there: `audio_only`, the model's measures taken out of the rows and the suspects filtered by
score here):
- hard-en: the hard English corpus with the view of `real` + audio.trim_speech at step 800
  (hard-en-trimspeech-step800/; planting seeds 0, 1, 2);
- real-ru: festvox-ru with the view of `real` warm-started from the built-in Russian corpus and trained 800 steps on the
  planted list itself (real-ru-tradeoff/; one model per planting seed).
`python runs/bench/doctor/suspect-score.py` writes suspect-score.json and prints the table."""
import json
from pathlib import Path
from tacotron2_nb.doctor import tradeoff, seed_stats, rank_suspects, score_suspects
here, bars = Path(__file__).parent, (3.5, 5, 7, 8, 10, 12, 15)
SETS = dict(hard_en='hard-en-trimspeech-step800', real_ru='real-ru-tradeoff')
MODEL = ('diagonal', 'coverage', 'end_token', 'mel_error', 'gate_error_s', 'text_gain')

def audio_only(rows, truth, bars):
    "The suspects of the acoustic measures alone, those scoring under each bar left out, scored against `truth`."
    sus = rank_suspects([{k: v for k, v in r.items() if k not in MODEL} for r in rows])[0]
    return {f"{b:g}": score_suspects([x for x in sus if x.score >= b], truth) for b in bars}

out = {}
for name, folder in SETS.items():
    seeds = sorted(int(p.stem[9:]) for p in (here/folder).glob('rows-seed*.json'))
    rows = {s: json.loads((here/folder/f'rows-seed{s}.json').read_text())['rows'] for s in seeds}
    truth = {s: here/folder/f'truth-seed{s}.json' for s in seeds}
    by = {s: tradeoff(rows[s], truth[s], bars) for s in seeds}
    audio = {s: audio_only(rows[s], truth[s], bars) for s in seeds}
    out[name] = dict(folder=folder, seeds=seeds, per_seed=by,
                     audio_only={f"{b:g}": seed_stats([audio[s][f"{b:g}"] for s in seeds]) for b in bars},
                     stats={f"{b:g}": seed_stats([by[s][f"{b:g}"] for s in seeds]) for b in bars})
    for view in ('stats', 'audio_only'):
        for t, st in out[name][view].items():
            f = lambda k: f"{st[k]['mean']:.2f} ± {st[k]['std']:.2f}" if k in st else '–'
            print(f"{name} {view} bar {t:>4}: suspects {f('suspects')}, precision {f('precision')}, "
                  f"recall wrong {f('recall wrong_transcript')}, truncated {f('recall truncated')}")
(here/'suspect-score.json').write_text(json.dumps(dict(
    what="the doctor's whole-list precision and recall per planted kind under each bar (quality.suspect_score), "
         "per planting seed and mean ± sample std", bars=bars, sets=out), indent=1), encoding='utf-8')
