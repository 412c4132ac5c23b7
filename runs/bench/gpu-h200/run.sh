set -o pipefail
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 3
for pv in ru_normalizr:0 silero_stress:0 tacotron2_nb:0; do n=${pv%%:*}; d=/tmp/site/$n-0.dist-info; mkdir -p $d; printf "Metadata-Version: 2.1\nName: ${n//_/-}\nVersion: 0\n" > $d/METADATA; done
export PYTHONPATH=/tmp/site:$PWD T2NB_HOME=/tmp/t2home PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.max.sm --format=csv > $OUT/gpu.txt; cat $OUT/gpu.txt
python3 -c "import torch,librosa,soundfile,espeakng_loader;print(torch.__version__, torch.cuda.is_available())" || exit 4
python3 -c "from tacotron2_nb.config import get_config; from tacotron2_nb.data import run_data; [run_data(get_config(p)) for p in ('tiny','base')]" 2>&1 | tail -2
timeout ${BENCH_S:-170} python3 .gpu/bench_gpu.py $OUT/bench-cuda-h200.json cuda 2>&1 | tee $OUT/bench.log | grep -v Warning
date; timeout ${TRAIN_S:-200} python3 -m tacotron2_nb.cli train --preset base --run-dir /tmp/base-amp --max-steps 5000 --tracking none --set train.amp=bf16 --set train.device=cuda --set train.val_every=100 --set train.ckpt_every=100000 > $OUT/base-amp-train.log 2>&1; date
tail -c 3000 $OUT/base-amp-train.log
tar czf $OUT/base-amp-run.tgz --exclude=checkpoints -C /tmp base-amp; ls -la $OUT
