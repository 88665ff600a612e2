#pragma once

#include "HttpExchange.h"

#include <QDateTime>

namespace agentdesk {

//! When a rate-limited server allows the next request.
//!
//! Reads `Retry-After` as delta-seconds or an HTTP date (RFC 9110, including the obsolete RFC 850
//! and asctime forms) and Rocket.Chat's `X-RateLimit-Reset` as epoch milliseconds. Garbage,
//! negative values and dates in the past give an invalid QDateTime ("the server did not say");
//! capping a huge wait is the outbox's decision, not the parser's.
QDateTime retryAfter(const HttpResponse& response, const QDateTime& now);

//! Parses one `Retry-After` value; invalid when it is neither form.
QDateTime parseRetryAfterValue(const QByteArray& value, const QDateTime& now);

//! Parses an HTTP date (IMF-fixdate, RFC 850 or asctime); invalid when it is none of them.
QDateTime parseHttpDate(const QByteArray& value);

} // namespace agentdesk
