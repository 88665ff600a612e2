#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

namespace agentdesk {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

//! One HTTP request as a backend endpoint describes it; the Transport adds the rest.
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;                             //!< sent as-is
    QByteArray contentType = "application/json"; //!< only with a body
    HeaderList headers;                          //!< plain headers, kept on redirects
    HeaderList credentials; //!< Authorization, X-Auth-Token, ...: dropped on cross-origin redirect
};

//! What came back: status, headers and the complete body (never a truncated one).
struct HttpResponse {
    int status = 0;
    QByteArray body;
    HeaderList headers; //!< names lower-cased
    QUrl url;           //!< after redirects

    QByteArray header(QByteArrayView name) const {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace agentdesk
