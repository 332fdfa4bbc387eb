// A back edge: the lower library reaches for a header of the library above it.
#include "core/upper/Upper.h"
int lowerUsesUpper() { return upper(); }
