#pragma once

// CannedReply is a stored row like Account and Message: it lives with them in store/Types.h,
// so that the store does not depend on the canned library. This header keeps the canned
// library's own name for it.
#include "store/Types.h"
