from configparser import ConfigParser
from setuptools import setup, find_packages

cfg = ConfigParser(); cfg.read('settings.ini'); cfg = cfg['DEFAULT']

requirements = [
    'torch>=2.1',            # install the CPU wheel first (`pip install torch==2.13.0`); an unpinned torch pulls CUDA
    'numpy', 'scipy', 'librosa>=0.10', 'soundfile', 'matplotlib', 'pyyaml', 'espeakng-loader>=0.2',
    'jupyterlab', 'ipywidgets>=8', 'ipykernel', 'papermill', 'tqdm',
    'optuna>=4', 'optuna-dashboard', 'cmaes', 'mlflow>=3',   # cmaes: Optuna's CMA-ES sampler
    'nbdev==2.4.14', 'fastcore>=1.12,<2', 'execnb<0.2',   # nbdev 2.4.14 breaks with newer fastcore/execnb
    # text front ends (all offline): Russian normalisation and stress, number words, transliteration for warm starts
    'ru-normalizr>=1.3', 'silero-stress>=1.5', 'num2words>=0.5.14', 'anyascii>=0.3',
]
postgres_requirements = ['psycopg2-binary']   # Optuna studies and MLflow on PostgreSQL
tensorboard_requirements = ['tensorboard']     # TensorBoardCallback, for those who prefer it to MLflow
dev_requirements = ['playwright'] + postgres_requirements + tensorboard_requirements   # the browser test drives Debian's chromium (never `playwright install`)

setup(
    name=cfg['lib_name'], version=cfg['version'], description=cfg['description'],
    author=cfg['author'], license='Apache-2.0', python_requires=f">={cfg['min_python']}",
    packages=find_packages(include=['tacotron2_nb', 'tacotron2_nb.*']),
    install_requires=requirements, extras_require={'dev': dev_requirements, 'postgres': postgres_requirements, 'tensorboard': tensorboard_requirements},
    entry_points={'console_scripts': ['t2nb=tacotron2_nb.cli:main'],
                  'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
    zip_safe=False,
)
