//===- WebNNAttrs.td - Enum attributes of the webnn dialect -*- tablegen -*-===//
//
// The spec's enums (MLInputOperandLayout, MLConv2dFilterOperandLayout,
// MLConvTranspose2dFilterOperandLayout, MLRoundingType, ...) as attributes printed like `#webnn.layout<nhwc>`.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_WEBNNATTRS_TD
#define WEBNN_DIALECT_WEBNN_IR_WEBNNATTRS_TD

include "WebNN/Dialect/WebNN/IR/WebNNDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

def WebNN_InputLayout : I32EnumAttr<"InputLayout",
    "MLInputOperandLayout: where the channel dimension of a 4-D input is", [
      I32EnumAttrCase<"nchw", 0>,
      I32EnumAttrCase<"nhwc", 1>
    ]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::webnn";
}
def WebNN_InputLayoutAttr : EnumAttr<WebNN_Dialect, WebNN_InputLayout, "layout"> {
  let assemblyFormat = "`<` $value `>`";
}

def WebNN_FilterLayout : I32EnumAttr<"FilterLayout",
    "MLConv2dFilterOperandLayout: the dimension order of a conv2d filter", [
      I32EnumAttrCase<"oihw", 0>,
      I32EnumAttrCase<"hwio", 1>,
      I32EnumAttrCase<"ohwi", 2>,
      I32EnumAttrCase<"ihwo", 3>
    ]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::webnn";
}
def WebNN_FilterLayoutAttr : EnumAttr<WebNN_Dialect, WebNN_FilterLayout, "filter_layout"> {
  let assemblyFormat = "`<` $value `>`";
}

def WebNN_ConvTranspose2dFilterLayout : I32EnumAttr<
    "ConvTranspose2dFilterLayout",
    "MLConvTranspose2dFilterOperandLayout: the dimension order of a "
    "convTranspose2d filter", [
      I32EnumAttrCase<"iohw", 0>,
      I32EnumAttrCase<"hwoi", 1>,
      I32EnumAttrCase<"ohwi", 2>
    ]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::webnn";
}
def WebNN_ConvTranspose2dFilterLayoutAttr
    : EnumAttr<WebNN_Dialect, WebNN_ConvTranspose2dFilterLayout,
               "transposed_filter_layout"> {
  let assemblyFormat = "`<` $value `>`";
}

def WebNN_InterpolationMode : I32EnumAttr<"InterpolationMode",
    "MLInterpolationMode: how resample2d computes an output element", [
      I32EnumAttrCase<"nearest_neighbor", 0>,
      I32EnumAttrCase<"linear", 1>
    ]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::webnn";
}
def WebNN_InterpolationModeAttr
    : EnumAttr<WebNN_Dialect, WebNN_InterpolationMode, "interpolation"> {
  let assemblyFormat = "`<` $value `>`";
}

def WebNN_RoundingType : I32EnumAttr<"RoundingType",
    "MLRoundingType: how pooling rounds a fractional output size", [
      I32EnumAttrCase<"floor", 0>,
      I32EnumAttrCase<"ceil", 1>
    ]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::webnn";
}
def WebNN_RoundingTypeAttr : EnumAttr<WebNN_Dialect, WebNN_RoundingType, "rounding"> {
  let assemblyFormat = "`<` $value `>`";
}

def WebNN_PaddingMode : I32EnumAttr<"PaddingMode",
    "MLPaddingMode: what pad fills the padding with", [
      I32EnumAttrCase<"constant", 0>,
      I32EnumAttrCase<"edge", 1>,
      I32EnumAttrCase<"reflection", 2>
    ]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::webnn";
}
def WebNN_PaddingModeAttr : EnumAttr<WebNN_Dialect, WebNN_PaddingMode, "padding_mode"> {
  let assemblyFormat = "`<` $value `>`";
}

#endif // WEBNN_DIALECT_WEBNN_IR_WEBNNATTRS_TD
