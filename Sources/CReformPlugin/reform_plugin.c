/* The contract is a header only; this file gives SwiftPM a C target to hold it. */
#include "reform_plugin.h"
