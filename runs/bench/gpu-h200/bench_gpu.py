"GPU rows of the training benchmark, one process, each row after the last; JSON written after every row."
import json, os, sys, time, traceback, torch
from pathlib import Path
from tacotron2_nb.benchmarks import bench_training, matmul_peak, machine_info
out = Path(sys.argv[1]); dev = sys.argv[2] if len(sys.argv) > 2 else 'cuda'
steps, warmup = (10, 3) if dev == 'cuda' else (3, 1)
res = dict(machine=machine_info(), when=time.strftime('%Y-%m-%d %H:%M:%S'),
           how=dict(steps=steps, warmup=warmup, statistic='median over timed steps, torch.cuda.synchronize after each',
                    data='built-in English corpus, bucketed batches', isolation='one process, rows in turn'))
res['matmul_peak_gflops_fp32'] = round(matmul_peak(8192 if dev == 'cuda' else 1024, device=dev), 1)
if dev == 'cuda':
    a, b = torch.randn(8192, 8192, device=dev, dtype=torch.bfloat16), torch.randn(8192, 8192, device=dev, dtype=torch.bfloat16)
    best = 0
    for _ in range(6):
        torch.cuda.synchronize(); t0 = time.perf_counter(); a @ b; torch.cuda.synchronize()
        best = max(best, 2 * 8192 ** 3 / (time.perf_counter() - t0) / 1e9)
    res['matmul_peak_gflops_bf16'] = round(best, 1)
print(res, flush=True)
A = ('location', 'dca', 'gmm', 'forward')
rows = ([(p, a, 2, 32, 'off') for p in ('tiny', 'base') for a in A] + [('base', a, 2, 32, 'bf16') for a in A]
        + [('base', 'location', 1, 32, 'off'), ('base', 'location', 1, 32, 'bf16'), ('base', 'location', 1, 64, 'off'),
           ('base', 'location', 1, 64, 'bf16'), ('base', 'location', 2, 128, 'bf16'), ('tiny', 'location', 2, 128, 'off')])
if dev != 'cuda': rows = rows[:2] + rows[8:9]
res['training'] = []
for p, a, r, b, amp in rows:
    try:
        row = bench_training(p, r, b, steps, warmup, None, dev, None, [f'model.attention={a}', f'train.amp={amp}'])
        row['amp'] = amp
        row['share_of_fp32_peak'] = round(row['achieved_gflops'] / res['matmul_peak_gflops_fp32'], 5)
    except Exception as e:
        row = dict(preset=p, attention=a, r=r, batch=b, amp=amp, error=traceback.format_exc()[-1500:])
    res['training'].append(row)
    print({k: row.get(k) for k in ('preset', 'attention', 'r', 'batch', 'amp', 'ms_per_step', 'mel_frames_per_s',
                                     'peak_mem_mb', 'error')}, flush=True)
    out.write_text(json.dumps(res, indent=1))
    if dev == 'cuda': torch.cuda.empty_cache()
