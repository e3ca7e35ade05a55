"""Binder: the binder/ files agree with pyproject.toml and the README, and repo2docker's install steps work.

repo2docker cannot run here, so the last test reproduces what it does with binder/ alone: a fresh virtual
environment, `pip install -r binder/requirements.txt`, `binder/postBuild`, then executes the demo notebook.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def pins() -> dict[str, str]:
    out = {}
    for line in (BINDER / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"binder/requirements.txt must pin exact versions: {line}"
            out[name.lower()] = version
    return out


def test_every_dependency_is_pinned_within_its_range():
    pinned = pins()
    for spec in PYPROJECT["project"]["dependencies"]:
        req = Requirement(spec)
        assert req.name.lower() in pinned, f"{req.name} is not pinned in binder/requirements.txt"
        assert req.specifier.contains(pinned[req.name.lower()]), f"{req.name}=={pinned[req.name.lower()]} vs {spec}"


def test_demo_extras_pinned_within_range():
    pinned = pins()
    for spec in PYPROJECT["project"]["optional-dependencies"]["demo"]:
        req = Requirement(spec)
        assert req.specifier.contains(pinned[req.name.lower()]), spec


def test_runtime_matches_requires_python():
    runtime = (BINDER / "runtime.txt").read_text().strip()
    version = re.fullmatch(r"python-(\d+\.\d+)", runtime).group(1)
    assert SpecifierSet(PYPROJECT["project"]["requires-python"]).contains(version + ".0")


def test_apt_installs_graphviz_and_the_font():
    assert {"graphviz", "fonts-dejavu-core"} <= set((BINDER / "apt.txt").read_text().split())


def test_postbuild_installs_the_package():
    text = (BINDER / "postBuild").read_text()
    assert os.access(BINDER / "postBuild", os.X_OK) and "pip install" in text and " -e ." in text


def test_voila_settings_cull_idle_kernels_and_use_the_offline_template():
    settings = json.loads((BINDER / "jupyter" / "voila.json").read_text())
    assert settings["VoilaConfiguration"]["template"] == "twarch"
    assert 0 < settings["MappingKernelManager"]["cull_idle_timeout"] <= 3600
    template = (BINDER / "jupyter" / "voila" / "templates" / "twarch" / "index.html.j2").read_text()
    assert "extends 'voila/templates/lab/index.html.j2'" in template


def test_demo_script_serves_with_the_binder_settings():
    demo = (ROOT / "scripts" / "demo.sh").read_text()
    assert 'JUPYTER_PATH="$PWD/binder/jupyter' in demo and 'JUPYTER_CONFIG_PATH="$PWD/binder/jupyter' in demo


def test_the_demo_installs_only_what_it_needs_and_nothing_the_second_time():
    """Issue 21, point 12: no browser or PDF tools for the demo; pip runs only when the stack is missing."""
    demo = (ROOT / "scripts" / "demo.sh").read_text()
    assert "chromium" not in demo and "poppler" not in demo and "setup.sh" not in demo
    assert "if ! .venv/bin/python -c \"import twarch" in demo and "-c binder/requirements.txt" in demo


def test_voila_preheats_kernels_and_a_closed_tab_shuts_its_kernel_down():
    settings = json.loads((BINDER / "jupyter" / "voila.json").read_text())
    voila = settings["VoilaConfiguration"]
    assert voila["preheat_kernel"] is True and voila["default_pool_size"] >= 1
    template = (BINDER / "jupyter" / "voila" / "templates" / "twarch" / "index.html.j2").read_text()
    assert "_xsrf=" in template and "SameSite=Strict" in template


def test_setup_installs_under_the_binder_pins():
    assert "-c binder/requirements.txt" in (ROOT / "scripts" / "setup.sh").read_text()


def test_readme_badges_point_at_existing_notebooks():
    readme = (ROOT / "README.md").read_text()
    targets = re.findall(r"urlpath=(?:voila%2Frender|lab%2Ftree)%2F([^)\s]+)", readme)
    assert len(targets) >= 2
    for target in targets:
        assert (ROOT / target.replace("%2F", "/")).is_file(), target


def test_binder_install_steps_run_the_demo(tmp_path):
    venv = tmp_path / "binder-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    env = {**os.environ, "PATH": f"{venv / 'bin'}:{os.environ['PATH']}", "VIRTUAL_ENV": str(venv)}
    env.pop("PYTHONPATH", None)
    pip = [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run(pip + ["-r", str(BINDER / "requirements.txt")], check=True, env=env, timeout=900)
    subprocess.run(["bash", str(BINDER / "postBuild")], check=True, env=env, cwd=ROOT, timeout=300)
    out = tmp_path / "demo.ipynb"
    run = subprocess.run([str(py), "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                          "--ExecutePreprocessor.timeout=120", "--output", str(out),
                          str(ROOT / "notebooks" / "demo.ipynb")],
                         env=env, cwd=ROOT / "notebooks", capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    executed = out.read_text()
    assert '"output_type": "error"' not in executed
    for installed in ("etc/jupyter/jupyter_server_config.d/twarch-voila.json", "etc/jupyter/voila.json",
                      "share/jupyter/voila/templates/twarch/index.html.j2"):
        assert (venv / installed).is_file(), f"postBuild did not install {installed}"
    check = subprocess.run([str(py), "-c", "import twarch, sys; print(twarch.__file__)"], env=env,
                           capture_output=True, text=True, check=True)
    assert check.stdout.strip().startswith(str(ROOT / "twarch"))
