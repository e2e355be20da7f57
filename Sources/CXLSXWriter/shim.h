#ifndef REFORM_CXLSXWRITER_SHIM_H
#define REFORM_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
