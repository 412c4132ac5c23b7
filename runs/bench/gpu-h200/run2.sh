set -o pipefail
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 3
for n in ru_normalizr silero_stress tacotron2_nb; do d=/tmp/site/$n-0.dist-info; mkdir -p $d; printf "Metadata-Version: 2.1\nName: ${n//_/-}\nVersion: 0\n" > $d/METADATA; done
export PYTHONPATH=/tmp/site:$PWD T2NB_HOME=/tmp/t2home PYTHONUNBUFFERED=1
date; timeout 290 python3 -m tacotron2_nb.cli train --run-dir /tmp/tiny-gpu --tracking none --set train.device=cuda > $OUT/tiny-train.log 2>&1; date
tail -c 2500 $OUT/tiny-train.log
tar czf $OUT/tiny-run.tgz --exclude=checkpoints -C /tmp tiny-gpu; ls -la $OUT
