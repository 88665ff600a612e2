#include "CannedServerSync.h"

#include "backends/rocketchat/CannedResponses.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace agentdesk {

void syncCannedFromServer(Transport& transport, const Account& account, const QString& secret,
                          CannedLibrary* library, QObject* context,
                          std::function<void(CannedLibrary::ImportOutcome, ApiError)> done) {
    if (account.backend != Backend::RocketChat) {
        const ApiError error(
            ApiError::Kind::InvalidRequest,
            QCoreApplication::translate("CannedServerSync",
                                        "Only Rocket.Chat servers offer canned responses."));
        QTimer::singleShot(0, context, [done, error] { done({}, error); });
        return;
    }
    rocketchat::Server server;
    server.baseUrl = account.serverUrl;
    server.userId = account.userId.trimmed();
    server.authToken = secret;
    const qint64 accountId = account.id;
    QPointer<CannedLibrary> guard(library);
    rocketchat::cannedResponses(
        transport, server, context,
        [guard, accountId, done](Result<QList<rocketchat::CannedResponse>> responses) {
            if (!responses)
                return done({}, responses.error());
            if (!guard) {
                return done({}, ApiError(ApiError::Kind::InvalidRequest,
                                         QCoreApplication::translate("CannedServerSync",
                                                                     "The workspace was closed.")));
            }
            done(guard->importRocketChat(accountId, responses.value()), ApiError());
        });
}

} // namespace agentdesk
