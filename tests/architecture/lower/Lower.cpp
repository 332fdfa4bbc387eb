#include "core/lower/Lower.h"
int lower() { return 1; }
