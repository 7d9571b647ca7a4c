#!/usr/bin/python3
"""Writes the fuzzers' seed corpora (fuzz/corpus/<target>/) from the test
inputs, so that each fuzzer starts from files the tests know to be valid
or interestingly invalid. Run from the repository root:

    /usr/bin/python3 fuzz/make_corpora.py

Files are named by a hash of their content; the corpora are committed.
"""

import glob
import hashlib
import json
import os
import random


def write(target, data):
    if isinstance(data, str):
        data = data.encode()
    directory = os.path.join("fuzz", "corpus", target)
    os.makedirs(directory, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


# GraphBuilder call sequences: the fuzzer reads its choices from the bytes,
# so any bytes are a sequence; seeded random ones of a few lengths start it.
rng = random.Random(14)
for length in (16, 64, 256, 1024) * 4:
    write("BuilderFuzzer", bytes(rng.randrange(256) for _ in range(length)))

# .npy: every small test input.
for path in glob.glob("test/**/*.npy", recursive=True):
    if os.path.getsize(path) <= 8192:
        with open(path, "rb") as f:
            write("NpyFuzzer", f.read())

# ONNX: the importer's test models, valid and corrupt, as bytes and as
# models to mutate.
for path in glob.glob("test/Target/ONNX/Inputs/*.onnx"):
    with open(path, "rb") as f:
        model = f.read()
    write("OnnxFuzzer", model)
    write("OnnxModelFuzzer", model)

# WPT: one case per file, the first three of each op (the fuzzer mutates
# from there; all 600 would only slow each pass over the corpus).
for path in sorted(glob.glob("test/Conformance/wpt/*.json")):
    with open(path) as f:
        tests = json.load(f).get("tests", [])
    for case in tests[:3]:
        write("WptCaseFuzzer", json.dumps(case, separators=(",", ":")))

# .mlir: the dialect's and the integration tests' functions, split where
# the tests split them, without the RUN and CHECK comments.
for path in sorted(glob.glob("test/Dialect/WebNN/*.mlir") +
                   glob.glob("test/Integration/*.mlir")):
    with open(path) as f:
        text = f.read()
    for chunk in text.split("// -----"):
        code = "\n".join(line for line in chunk.splitlines()
                         if not line.lstrip().startswith("//")).strip()
        if code and len(code) <= 4096:
            write("MlirFuzzer", code + "\n")
