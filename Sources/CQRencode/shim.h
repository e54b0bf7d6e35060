#ifndef PAYLINK_CQRENCODE_SHIM_H
#define PAYLINK_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
