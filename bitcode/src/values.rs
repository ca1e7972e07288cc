//! The value table: what a value id stands for. Module level: global
//! values, then module constants. In a function: those, then arguments,
//! the function's constants, and instruction results.

use llvm_ir::{ConstantRef, Name, Operand, TypeRef};

#[derive(Clone, Debug)]
pub(crate) enum Value {
    /// A constant (a global value is a `GlobalReference`), and its type.
    Const(ConstantRef, TypeRef),
    /// An argument or an instruction result.
    Local(Name, TypeRef),
    /// Inline assembly of this function type (only ever called).
    InlineAsm(TypeRef),
}

impl Value {
    pub(crate) fn ty(&self) -> &TypeRef {
        match self {
            Value::Const(_, t) | Value::Local(_, t) | Value::InlineAsm(t) => t,
        }
    }

    /// The value as an instruction operand, and its type (inline assembly
    /// is not an operand).
    pub(crate) fn into_operand(self) -> Option<(Operand, TypeRef)> {
        match self {
            Value::Const(c, ty) => Some((Operand::ConstantOperand(c), ty)),
            Value::Local(name, ty) => Some((
                Operand::LocalOperand {
                    name,
                    ty: ty.clone(),
                },
                ty,
            )),
            Value::InlineAsm(_) => None,
        }
    }
}
