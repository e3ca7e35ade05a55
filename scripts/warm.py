"""Write what twarch keeps beside its bytecode, as an installed twarch has it after its first runs.

That is every module's bytecode (pip compiles a regular install, not an editable one) and the request reader's
compiled patterns (twarch.reader.patterns). Without them
each command still works, only slower, and writes them itself unless PYTHONDONTWRITEBYTECODE is set; this script
writes them whatever that variable says. Run by scripts/setup.sh and benchmarks/bench_engine.py.
"""

import sys

sys.dont_write_bytecode = False  # before anything is imported: this script's purpose is to write

import compileall  # noqa: E402
import importlib  # noqa: E402
import pkgutil  # noqa: E402

import twarch  # noqa: E402
from twarch.reader import detect_mode  # noqa: E402

compileall.compile_dir(twarch.__path__[0], quiet=1)
for module in pkgutil.walk_packages(twarch.__path__, "twarch."):
    if module.name != "twarch.__main__":  # importing it runs the command line
        importlib.import_module(module.name)
detect_mode("")
