#pragma once

#include "backends/Backends.h"

namespace agentdesk {

class History;

//! SocialBoards' capabilities: delivery, polling the conversations added by id, and "Test
//! connection" (one message of a probe conversation). It takes a token, no sign-in, no live line.
const BackendPlugin& socialBoardsBackend();

// The pieces socialBoardsBackend() registers, each in its own file of this folder.
std::unique_ptr<Delivery> makeSocialBoardsDelivery();
std::unique_ptr<Poller> makeSocialBoardsPoller();
void testSocialBoardsConnection(Transport& transport, const Account& account, const QString& secret,
                                QObject* context, ConnectionTestDone done,
                                qint64 probeConversationId);

//! Adds a SocialBoards conversation of the account by id (there is no list endpoint), named
//! `title` or after its number until its client writes; nullopt for another backend's account.
std::optional<Conversation> addSocialBoardsConversation(History& history, qint64 accountId,
                                                        qint64 remoteId, const QString& title);

} // namespace agentdesk
