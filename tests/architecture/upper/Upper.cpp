#include "core/lower/Lower.h"
#include "core/upper/Upper.h"
int upper() { return lower() + 1; }
