# -*- Python -*-
# lit runs the GoogleTest unit tests as part of check-webnn.

import os

import lit.formats

config.name = "WEBNN-Unit"
config.suffixes = []
config.test_exec_root = config.webnn_unittests_dir
config.test_source_root = config.test_exec_root
config.test_format = lit.formats.GoogleTest(".", "Tests")
