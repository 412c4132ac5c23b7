"""Issue 20, an analysis, not the doctor's definition: where the gate "wants to stop" taken as the onset of its last
run of set steps (a firing followed by more speech, as at the end of an inner sentence, ignored) instead of the first
set step (`doctor.gate_stop`), everything else unchanged; the doctor rerun with each definition on the three plantings
of doctor_planted.json with hard-en-trimspeech's step-800 checkpoint (not committed: checkpoints are not kept),
printing (suspects, whole-list precision, recall of wrong transcripts, recall of truncations) per planting seed.
Output: gate-last-onset.txt beside this file. Not measured on the real voice (its checkpoint is gone), so not adopted."""
from pathlib import Path
import tacotron2_nb.doctor as D
from tacotron2_nb.config import Config
OLD_RULE = Config().with_overrides(['quality.suspect_score=3.5'])   # any evidence, the rule when this was run

def last_onset(fires) -> int:
    "The first step of the last run of set steps that lasts to the end; `len(fires)` if the last step is not set."
    if not len(fires) or not fires[-1]: return len(fires)
    off = (~fires).nonzero()
    return int(off[-1]) + 1 if len(off) else 0

ck = 'runs/bench/doctor/hard-en-trimspeech/checkpoints/step_0000800.pt'
for name, rule in (('first firing', D.gate_stop), ('last onset', last_onset)):
    D.gate_stop, scores = rule, []
    for seed in (0, 1, 2):
        d = Path(f'/work/scratch/hard-en-trimspeech-step800/seed{seed}')
        rep = D.doctor(d/"filelist.txt", OLD_RULE, checkpoint=ck, log=lambda *a: None)
        scores.append(D.score_suspects(rep.suspects, d/"truth.json"))
    print(name, [(x['suspects'], round(x['precision'], 2), x['recall wrong_transcript'], x['recall truncated'])
                 for x in scores], flush=True)
