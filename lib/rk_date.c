/* Dates as the streams write them. */
#include <stdio.h>

#include "rk.h"

void
rk_ymd(char *v, size_t size, int y, int m, int d)
{
	/* the digits by hand: printf costs more than the rest of a date */
	if (size < 11 || y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {
		snprintf(v, size, "%04d-%02d-%02d", y, m, d);
		return;
	}
	v[0] = (char)('0' + y / 1000);
	v[1] = (char)('0' + y / 100 % 10);
	v[2] = (char)('0' + y / 10 % 10);
	v[3] = (char)('0' + y % 10);
	v[4] = '-';
	v[5] = (char)('0' + m / 10);
	v[6] = (char)('0' + m % 10);
	v[7] = '-';
	v[8] = (char)('0' + d / 10);
	v[9] = (char)('0' + d % 10);
	v[10] = '\0';
}
