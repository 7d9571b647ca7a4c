#!/usr/bin/env node
// Runs an ONNX model with ONNX Runtime's CPU execution provider on .npy
// inputs: the reference webnn-run is compared and benchmarked against.
//
//   node ort-run.js model.onnx --input x.npy [--threads N] [--benchmark R]
//                   [--save out.npy]
//
// Prints the median latency of R timed runs (after one warm-up run) in the
// same format as webnn-run, and writes the first output as float32 .npy.
// Only float32 tensors, which is what the first-wave models use.
'use strict';
const fs = require('fs');
const path = require('path');

function fail(message) {
  console.error('ort-run: error: ' + message);
  process.exit(1);
}

function parseArgs(argv) {
  const args = {threads: 1, benchmark: 0, inputs: [], save: null, model: null};
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(arg + ' needs a value');
      return argv[++i];
    };
    if (arg === '--input') args.inputs.push(value());
    else if (arg === '--threads') args.threads = Number(value());
    else if (arg === '--benchmark') args.benchmark = Number(value());
    else if (arg === '--save') args.save = value();
    else if (arg.startsWith('--')) fail('unknown option ' + arg);
    else if (args.model === null) args.model = arg;
    else fail('more than one model: ' + arg);
  }
  if (args.model === null) fail('no model given');
  if (!Number.isInteger(args.threads) || args.threads < 1)
    fail('--threads must be a positive integer');
  if (!Number.isInteger(args.benchmark) || args.benchmark < 0)
    fail('--benchmark must be a non-negative integer');
  return args;
}

// .npy version 1/2 with a little-endian float32 C-order array.
function readNpy(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 10 || bytes.toString('latin1', 0, 6) !== '\x93NUMPY')
    fail(file + ': not a .npy file');
  const major = bytes[6];
  const headerLength = major === 1 ? bytes.readUInt16LE(8) : bytes.readUInt32LE(8);
  const start = (major === 1 ? 10 : 12) + headerLength;
  const header = bytes.toString('latin1', major === 1 ? 10 : 12, start);
  if (!/'descr':\s*'<f4'/.test(header) || /'fortran_order':\s*True/.test(header))
    fail(file + ': expected a little-endian float32 C-order array');
  const shapeText = header.match(/'shape':\s*\(([^)]*)\)/);
  if (!shapeText) fail(file + ': no shape in the header');
  const shape = shapeText[1].split(',').map(s => s.trim()).filter(s => s).map(Number);
  const count = shape.reduce((a, b) => a * b, 1);
  if (bytes.length - start !== count * 4)
    fail(file + ': ' + (bytes.length - start) + ' data bytes, expected ' + count * 4);
  const data = new Float32Array(count);
  Buffer.from(data.buffer).set(bytes.subarray(start));
  return {shape, data};
}

function writeNpy(file, dims, data) {
  let header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" +
      dims.join(', ') + (dims.length === 1 ? ',' : '') + '), }';
  // Magic, version, header length and header pad to 64 bytes, ending in \n.
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const prefix = Buffer.alloc(10);
  prefix.write('\x93NUMPY', 0, 'latin1');
  prefix[6] = 1;
  prefix[7] = 0;
  prefix.writeUInt16LE(header.length, 8);
  fs.writeFileSync(file, Buffer.concat([
    prefix, Buffer.from(header, 'latin1'),
    Buffer.from(data.buffer, data.byteOffset, data.byteLength)]));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let ort;
  try {
    ort = require(path.join(__dirname, 'node_modules', 'onnxruntime-node'));
  } catch (e) {
    fail('onnxruntime-node is not installed: run benchmarks/ort/install.sh');
  }
  const session = await ort.InferenceSession.create(args.model, {
    executionProviders: ['cpu'],
    intraOpNumThreads: args.threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  if (args.inputs.length !== session.inputNames.length)
    fail('the model has ' + session.inputNames.length + ' inputs, got ' +
         args.inputs.length + ' --input files');
  const feeds = {};
  session.inputNames.forEach((name, i) => {
    const x = readNpy(args.inputs[i]);
    feeds[name] = new ort.Tensor('float32', x.data, x.shape);
  });

  let results = await session.run(feeds);
  const output = results[session.outputNames[0]];
  console.log("output '" + session.outputNames[0] + "': float32 [" +
              output.dims.join(', ') + ']');
  if (args.save) writeNpy(args.save, output.dims, output.data);

  if (args.benchmark > 0) {
    const times = [];
    for (let i = 0; i < args.benchmark; ++i) {
      const start = process.hrtime.bigint();
      results = await session.run(feeds);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log('latency over ' + args.benchmark + ' runs (ms): min ' +
                times[0].toFixed(3) + ', median ' +
                times[Math.floor(times.length / 2)].toFixed(3) + ', max ' +
                times[times.length - 1].toFixed(3));
  }
}

main().catch(e => fail(e.message || String(e)));
