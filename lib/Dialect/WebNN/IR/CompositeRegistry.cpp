//===- CompositeRegistry.cpp - The fusion labels webnn defines ------------===//

#include "WebNN/Dialect/WebNN/IR/CompositeRegistry.h"

using namespace mlir;
using namespace mlir::webnn;

static const StringRef kActivations[] = {"none", "relu", "clamp", "leaky_relu"};

static const CompositeAttribute kGemmAttributes[] = {
    {"alpha", "float", false, {}},
    {"beta", "float", false, {}},
};
static const StringRef kGemmRequired[] = {"webnn.matmul"};
static const StringRef kGemmAllowed[] = {
    "webnn.matmul",    "webnn.add",     "webnn.mul",        "webnn.constant",
    "webnn.transpose", "webnn.reshape", "webnn.elementwise"};

static const CompositeAttribute kConvActivationAttributes[] = {
    {"activation", "string", true, kActivations},
};
static const StringRef kConvActivationRequired[] = {"webnn.conv2d"};
static const StringRef kConvActivationAllowed[] = {
    "webnn.conv2d",    "webnn.add",        "webnn.reshape",
    "webnn.transpose", "webnn.constant",   "webnn.relu",
    "webnn.clamp",     "webnn.leaky_relu", "webnn.elementwise"};

static const StringRef kConvResidualRequired[] = {
    "webnn.conv2d", "webnn.add|webnn.elementwise"};

static const StringRef kConvBatchNormRequired[] = {"webnn.conv2d",
                                                   "webnn.batch_normalization"};
static const StringRef kConvBatchNormAllowed[] = {
    "webnn.conv2d",  "webnn.batch_normalization", "webnn.add",
    "webnn.reshape", "webnn.transpose",           "webnn.constant"};

static const StringRef kSoftmaxRequired[] = {
    "webnn.softmax|webnn.reduce_window"};
static const StringRef kSoftmaxAllowed[] = {
    "webnn.softmax", "webnn.reduce_window", "webnn.elementwise", "webnn.sub",
    "webnn.exp",     "webnn.div",           "webnn.constant"};

static const StringRef kHardSwishRequired[] = {"webnn.mul|webnn.elementwise"};
static const StringRef kHardSwishAllowed[] = {
    "webnn.add", "webnn.clamp",    "webnn.relu",
    "webnn.min", "webnn.max",      "webnn.mul",
    "webnn.div", "webnn.constant", "webnn.elementwise"};

static const CompositeLabel kLabels[] = {
    {"gemm", 1,
     "alpha * (a x b) + beta * c: a matmul with a scaled, broadcast bias", 2, 3,
     1, kGemmAttributes, kGemmRequired, kGemmAllowed},
    {"conv2d_bias_activation", 1,
     "activation(conv2d(input, filter) + bias), activation given by the "
     "'activation' attribute (none, relu, clamp, leaky_relu)",
     2, 3, 1, kConvActivationAttributes, kConvActivationRequired,
     kConvActivationAllowed},
    {"conv2d_residual_activation", 1,
     "activation(conv2d(input, filter) + bias + residual), the residual "
     "shaped like the convolution's output (the last operand), activation "
     "given by the 'activation' attribute (none, relu, clamp, leaky_relu)",
     3, 4, 1, kConvActivationAttributes, kConvResidualRequired,
     kConvActivationAllowed},
    {"conv2d_batchnorm",
     1,
     "batchNormalization(conv2d(input, filter), mean, variance, scale, "
     "bias): foldable into the filter and a bias when its parameters are "
     "constant",
     4,
     7,
     1,
     {},
     kConvBatchNormRequired,
     kConvBatchNormAllowed},
    {"softmax",
     1,
     "exp(x - max(x)) / sum(exp(x - max(x))) along an axis",
     1,
     1,
     1,
     {},
     kSoftmaxRequired,
     kSoftmaxAllowed},
    {"hard_swish",
     1,
     "x * relu6(x + 3) / 6",
     1,
     1,
     1,
     {},
     kHardSwishRequired,
     kHardSwishAllowed},
};

ArrayRef<CompositeLabel> mlir::webnn::getCompositeLabels() { return kLabels; }

const CompositeLabel *mlir::webnn::lookupCompositeLabel(StringRef name) {
  for (const CompositeLabel &label : kLabels)
    if (label.name == name)
      return &label;
  return nullptr;
}
