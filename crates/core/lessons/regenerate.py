"""Store CPython's output beside every lesson program.

Run with CPython 3.11 from this directory's parent: `python3 lessons/regenerate.py`.
Each `X.py` gets `X.expected.txt` (stdout, memory addresses masked as 0xADDR)
and, when CPython writes to stderr, `X.expected-stderr.txt`.

Programs that fetch the demo site run with `HTTP_PYTHON` (a CPython 3.11 with
aiohttp and requests, e.g. `target/tmp/http-venv/bin/python`) against the
real slow server at `SITE` (default `http://127.0.0.1:8090`, started with
`playground serve --port 8090`); without HTTP_PYTHON they are skipped.
"""
import pathlib
import re
import subprocess
import sys
import os
import tempfile

HERE = pathlib.Path(__file__).resolve().parent


def mask(text, directory):
    text = text.replace(str(directory) + "/", "")
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", text)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11")
    http_python = os.environ.get("HTTP_PYTHON")
    site = os.environ.get("SITE", "http://127.0.0.1:8090")
    for program in sorted(HERE.glob("*/*.py")):
        source = program.read_text()
        python = sys.executable
        if "import aiohttp" in source or "import requests" in source:
            if not http_python:
                print(program.relative_to(HERE), "skipped (no HTTP_PYTHON)")
                continue
            python = http_python
            source = source.replace("http://127.0.0.1:8090", site)
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            (tmp / "main.py").write_text(source)
            run = subprocess.run([python, "main.py"], cwd=tmp, capture_output=True, text=True)
            out = program.with_suffix(".expected.txt")
            err = program.with_suffix(".expected-stderr.txt")
            out.write_text(mask(run.stdout, tmp))
            if run.stderr:
                err.write_text(mask(run.stderr, tmp))
            elif err.exists():
                err.unlink()
            print(program.relative_to(HERE), "exit", run.returncode)


main()
