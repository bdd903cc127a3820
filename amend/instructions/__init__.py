"""Stage 3, instructions: takes an amendment's text (and the motion, which decides between
readings); gives numbered parts of frozen operations, read through the Lark grammar. The
writer here is the grammar's inverse: operations back to council wording."""
