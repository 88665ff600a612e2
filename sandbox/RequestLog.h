#pragma once

#include "Http.h"

#include <QFile>

namespace sandbox {

//! Every request the sandbox receives, one JSON object per line, for tests to assert on:
//! `{time, method, path, query, headers, body}`. Header names are kept; the values of secret
//! headers (Authorization, X-Auth-Token, ...) and secret body fields (password, tokens) are
//! masked, so a log can be shared.
class RequestLog {
public:
    bool open(const QString& fileName, QString* error);
    bool isOpen() const { return m_file.isOpen(); }
    void write(const Request& request);

    static bool isSecretHeader(const QByteArray& lowerName);
    static bool isSecretField(const QString& name);

private:
    QFile m_file;
};

} // namespace sandbox
