# -*- Python -*-
# lit configuration of the webnn-mlir tests: FileCheck tests of webnn-opt
# under test/, and the GoogleTest unit tests under unittests/.

import os

import lit.formats
from lit.llvm import llvm_config

config.name = "WEBNN"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
# .test: tests whose inputs are elsewhere or written by a script (the WPT
# conformance files, the generated models, large graphs).
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.webnn_obj_root, "test")
config.excludes = ["CMakeLists.txt", "README.md", "lit.cfg.py", "lit.site.cfg.py"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%shlibext", config.llvm_shlib_ext))
config.substitutions.append(("%webnn_src_root", config.webnn_src_root))

llvm_config.use_default_substitutions()
# %python is Debian's python3, which has python3-onnx and python3-numpy (the
# model tests in Models/ run models/generate_models.py), whichever Python runs
# lit; it replaces the default (lit's own interpreter). -B: no __pycache__ in
# the source tree.
config.substitutions = [s for s in config.substitutions if s[0] != "%python"]
config.substitutions.append(("%python", "/usr/bin/python3 -B"))

llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [config.webnn_tools_dir, config.llvm_tools_dir]
llvm_config.add_tool_substitutions(
    ["webnn-opt", "webnn-run", "webnn-conformance", "webnn-translate"],
    tool_dirs)
