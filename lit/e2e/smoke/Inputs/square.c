// Second translation unit for compile_only.c.
int square(int X) { return X * X; }
