#ifndef REFORM_CYAML_SHIM_H
#define REFORM_CYAML_SHIM_H
#include <yaml.h>
#endif
