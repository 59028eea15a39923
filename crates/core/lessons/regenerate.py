"""Store CPython's output beside every lesson program.

Run with CPython 3.11 from this directory's parent: `python3 lessons/regenerate.py`.
Each `X.py` gets `X.expected.txt` (stdout, memory addresses masked as 0xADDR)
and, when CPython writes to stderr, `X.expected-stderr.txt`.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent


def mask(text, directory):
    text = text.replace(str(directory) + "/", "")
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", text)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11")
    for program in sorted(HERE.glob("*/*.py")):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            shutil.copy(program, tmp / "main.py")
            run = subprocess.run([sys.executable, "main.py"], cwd=tmp, capture_output=True, text=True)
            out = program.with_suffix(".expected.txt")
            err = program.with_suffix(".expected-stderr.txt")
            out.write_text(mask(run.stdout, tmp))
            if run.stderr:
                err.write_text(mask(run.stderr, tmp))
            elif err.exists():
                err.unlink()
            print(program.relative_to(HERE), "exit", run.returncode)


main()
