//===- TransformScript.cpp - Passes that apply a transform script ---------===//

#include "TransformScript.h"

#include "mlir/Dialect/Transform/IR/TransformOps.h"
#include "mlir/Dialect/Transform/Interfaces/TransformInterfaces.h"
#include "mlir/Parser/Parser.h"

using namespace mlir;
using namespace mlir::webnn::cpu;

LogicalResult TransformScript::parse(StringRef source, MLIRContext *context,
                                     StringRef name) {
  passName = name.str();
  script = parseSourceString<ModuleOp>(source, context);
  if (!script)
    return emitError(UnknownLoc::get(context))
           << passName << ": the built-in schedule does not parse";
  return success();
}

LogicalResult TransformScript::apply(ModuleOp root) const {
  auto entry =
      script.get().lookupSymbol<transform::NamedSequenceOp>("__transform_main");
  if (!entry)
    return root.emitError() << passName << ": no @__transform_main";
  return transform::applyTransforms(root, entry, {},
                                    transform::TransformOptions(),
                                    /*enforceToplevelTransformOp=*/false);
}
