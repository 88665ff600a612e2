#include "Desk.h"

#include "Accounts.h"
#include "Attention.h"
#include "CannedUse.h"
#include "Replies.h"
#include "StartupTrace.h"
#include "accounts/CredentialStore.h"
#include "ai/AiAssistant.h"
#include "canned/CannedLibrary.h"
#include "demo/DemoWorld.h"
#include "demo/SandboxProcess.h"
#include "net/Transport.h"
#include "outbox/DeliveryLock.h"
#include "outbox/Outbox.h"
#include "store/History.h"
#include "store/HistoryCheck.h"
#include "sync/InboxSync.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDesk, "agentdesk.desk")

namespace agentdesk {

namespace {

//! How long the outbox and the sync wait for a keychain that does not answer.
constexpr int kKeychainPatienceMs = 5000;

} // namespace

Desk::Desk(QObject* parent)
    : QObject(parent) {}

Desk::~Desk() {
    // Stop the users of the history before it closes; the sandbox goes last (it is a peer).
    m_check.reset();
    m_attention.reset();
    m_cannedUse.reset();
    m_replies.reset();
    m_canned.reset();
    m_ai.reset();
    m_sync.reset();
    m_outbox.reset();
    m_deliveryLock.reset(); // after the outbox: nothing is in flight here any more
    m_accounts.reset();
    m_history.reset();
    m_sandbox.reset();
}

const Credentials* Desk::secrets() const {
    if (m_credentialStore)
        return m_credentialStore.get();
    return m_memorySecrets.get();
}

bool Desk::openHistory(const QString& dataDir, const Options& options) {
    const QString path = History::databasePath(dataDir);
    m_dataDir = QFileInfo(path).absolutePath();
    if (!options.readOnly && !QDir().mkpath(m_dataDir)) {
        m_error = tr("Cannot create the data folder %1.").arg(m_dataDir);
        return false;
    }
    m_history = std::make_unique<History>();
    // The integrity check reads every page (32 ms for a 20 MB history): a started desk runs it
    // once on screen (start()), and while opening only when that found damage last time.
    const bool checkWhole = HistoryCheck::neededAtOpen(m_dataDir);
    if (checkWhole)
        m_history->setIntegrityCheckLimit(-1);
    else if (options.checkInBackground)
        m_history->setIntegrityCheckLimit(0);
    const History::OpenOutcome outcome = m_history->open(
        path, options.readOnly ? History::Access::ReadOnly : History::Access::ReadWrite);
    if (checkWhole && outcome.status != History::OpenStatus::IoError)
        HistoryCheck::doneAtOpen(m_dataDir);
    switch (outcome.status) {
    case History::OpenStatus::Ok:
        return true;
    case History::OpenStatus::Corrupt:
        // The damaged file is kept aside and what was readable salvaged into a new history;
        // the window shows the report (History::unseenSalvageReport), the command line prints
        // it. Carry on.
        qCWarning(lcDesk).noquote() << "history was damaged:" << outcome.message;
        m_salvage = outcome.message;
        m_error = outcome.message;
        if (m_history->isOpen())
            return true;
        break;
    case History::OpenStatus::NewerVersion:
    case History::OpenStatus::IoError:
        break;
    }
    m_error = outcome.message.isEmpty() ? tr("Cannot open the history at %1.").arg(path)
                                        : outcome.message;
    m_history.reset();
    return false;
}

void Desk::createServices(SecretStore* secrets, const Options& options) {
    m_transport = std::make_unique<Transport>();
    StartupTrace::mark("transport");
    m_accounts = std::make_unique<Accounts>(m_history.get(), secrets);
    m_outbox = std::make_unique<Outbox>(m_history.get(), m_transport.get(), secrets);
    // Taken when the outbox starts or flushes, not here: a desk that only reads (a screenshot,
    // `outbox list`) never keeps another process from delivering.
    m_deliveryLock = std::make_unique<DeliveryLock>(m_dataDir);
    m_outbox->setDeliveryLock(m_deliveryLock.get());
    StartupTrace::mark("outbox");
    m_sync = std::make_unique<InboxSync>(m_history.get(), m_transport.get(), secrets);
    StartupTrace::mark("inbox sync");
    m_ai = std::make_unique<AiAssistant>(m_history.get(), m_transport.get(), secrets);
    StartupTrace::mark("ai assistant");
    m_canned = std::make_unique<CannedLibrary>(m_history.get());
    // The first desk on a workspace offers the starter set, in the agent's language.
    if (options.cannedStarterSet && !m_canned->ensureStarterSet())
        qCWarning(lcDesk) << "canned replies: the starter set could not be added:"
                          << m_canned->lastError();
    StartupTrace::mark("canned library");
    m_replies = std::make_unique<Replies>(m_history.get(), m_outbox.get());
    m_cannedUse = std::make_unique<CannedUse>(m_history.get(), m_canned.get(), m_replies.get());
    m_attention = std::make_unique<Attention>(m_history.get());
}

bool Desk::open(const QString& dataDir, const Options& options) {
    StartupTrace::mark("workspace");
    if (!openHistory(dataDir, options))
        return false;
    StartupTrace::mark("history opened");
    SecretStore* secrets = nullptr;
    if (options.secrets == Secrets::Keychain) {
        // The keychain is asked in start(): its lookups (DBus round trips) do not delay the
        // window.
        m_credentialStore = std::make_unique<CredentialStore>(m_dataDir);
        secrets = m_credentialStore.get();
    } else {
        m_memorySecrets = std::make_unique<MemoryCredentials>();
        secrets = m_memorySecrets.get();
    }
    StartupTrace::mark("credentials");
    createServices(secrets, options);
    return true;
}

bool Desk::openDemo(const QString& dataDir) {
    m_sandbox = std::make_unique<SandboxProcess>();
    if (m_sandbox->program().isEmpty()) {
        m_error = tr("The demo needs agentdesk-sandbox, which was not found next to AgentDesk "
                     "or on the PATH.");
        return false;
    }
    const QString folder = dataDir.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                     QStringLiteral("/demo")
                               : dataDir;
    // The sandbox keeps its world next to the demo history, so both remember the same
    // conversations from one demo to the next (a fresh world would duplicate them).
    QDir().mkpath(folder);
    m_sandbox->setArguments(
        {QStringLiteral("--state"), folder + QStringLiteral("/sandbox-world.json")});
    m_sandbox->start();
    if (!m_sandbox->waitForReady()) {
        m_error = tr("The demo sandbox did not start: %1").arg(m_sandbox->errorString());
        return false;
    }
    Options options;
    if (!openHistory(folder, options))
        return false;
    m_memorySecrets = std::make_unique<MemoryCredentials>();
    createServices(m_memorySecrets.get(), options);
    addDemoAccounts(m_sandbox->baseUrl());
    return true;
}

void Desk::addDemoAccounts(const QUrl& baseUrl) {
    // The sandbox runs on a new port each time: existing demo accounts follow it.
    QHash<Backend, Account> existing;
    for (const Account& account : m_accounts->all())
        existing.insert(account.backend, account);
    const auto ensure = [&](Account account, const QString& secret) {
        if (existing.contains(account.backend)) {
            account.id = existing.value(account.backend).id;
            m_accounts->update(account, secret);
        } else if (const auto added = m_accounts->add(account, secret)) {
            account = *added;
        }
        return account.id;
    };
    Account rocket;
    rocket.backend = Backend::RocketChat;
    rocket.serverUrl = baseUrl;
    rocket.displayName = tr("Demo Rocket.Chat");
    rocket.userId = demo::RocketChatAccount::userId();
    rocket.username = demo::RocketChatAccount::username();
    // signed in as the sandbox's agent, who serves the demo rooms: replies go out as Kim Jane
    rocket.agentName = demo::RocketChatAccount::name();
    ensure(rocket, demo::RocketChatAccount::authToken());

    Account social;
    social.backend = Backend::SocialBoards;
    social.serverUrl = baseUrl;
    social.displayName = tr("Demo SocialBoards");
    social.username = demo::RocketChatAccount::name();
    social.email = QStringLiteral("kim.jane@example.org");
    const qint64 socialId = ensure(social, demo::SocialBoardsAccount::accessToken());
    if (!m_history->conversationByRemoteId(
            socialId, QString::number(demo::SocialBoardsAccount::firstConversationId()))) {
        m_sync->addSocialBoardsConversation(socialId,
                                            demo::SocialBoardsAccount::firstConversationId());
        m_sync->addSocialBoardsConversation(socialId,
                                            demo::SocialBoardsAccount::secondConversationId());
    }

    Account ai;
    ai.backend = Backend::LiveChatAI;
    ai.serverUrl = baseUrl;
    ai.displayName = tr("Demo LiveChatAI");
    ai.agentId = demo::LiveChatAiAccount::agentId();
    ensure(ai, demo::LiveChatAiAccount::apiKey());
}

void Desk::start() {
    if (m_started || !m_history)
        return;
    m_started = true;
    StartupTrace::mark("start: after the first frame");
    if (m_credentialStore) {
        // The outbox and the sync wait for the tokens (a reply resumed before the keychain
        // answered would fail as "no token is stored"), but not for a keychain that hangs.
        connect(m_credentialStore.get(), &CredentialStore::loaded, this, &Desk::startDelivery,
                Qt::SingleShotConnection);
        QTimer::singleShot(kKeychainPatienceMs, this, &Desk::startDelivery);
        // A token that comes later still: read with it at once rather than at the next round.
        connect(m_credentialStore.get(), &CredentialStore::secretLoaded, m_sync.get(),
                &InboxSync::pollSoon);
        m_credentialStore->probe();
        QList<qint64> ids;
        for (const Account& account : m_history->accounts())
            ids << account.id;
        m_credentialStore->load(ids);
    } else {
        startDelivery();
    }
    if (!m_check) {
        m_check = std::make_unique<HistoryCheck>(m_history->path(), m_dataDir);
        connect(m_check.get(), &HistoryCheck::finished, this, [this](const QString& problem) {
            if (!problem.isEmpty())
                emit historyDamageFound(problem);
        });
        m_check->start();
    }
    StartupTrace::mark("start: keychain, outbox, sync");
}

void Desk::startDelivery() {
    if (m_deliveryStarted)
        return;
    m_deliveryStarted = true;
    m_outbox->start();
    m_sync->start();
}

bool Desk::flush(std::chrono::milliseconds patience, std::chrono::milliseconds wait,
                 const std::function<bool()>& settledElsewhere) {
    if (!m_outbox)
        return false;
    const auto flushHere = [this, patience] {
        QEventLoop loop;
        bool settled = false;
        connect(m_outbox.get(), &Outbox::flushed, &loop, [&] {
            settled = true;
            loop.quit();
        });
        m_outbox->flush(patience);
        if (!settled) // flushed() arrives on a later turn of the event loop at the earliest
            loop.exec();
    };
    flushHere();
    if (m_outbox->deliversHere())
        return true;
    // Another process delivers: the outbox tries the lock on its own, every few hundred ms.
    const QDeadlineTimer deadline(wait);
    const auto enough = [&] {
        return m_outbox->deliversHere() || deadline.hasExpired() ||
               (settledElsewhere && settledElsewhere());
    };
    if (!enough()) {
        QEventLoop loop;
        QTimer check;
        connect(&check, &QTimer::timeout, &loop, [&] {
            if (enough())
                loop.quit();
        });
        check.start(50);
        loop.exec();
    }
    if (!m_outbox->deliversHere())
        return false;
    flushHere();
    return true;
}

} // namespace agentdesk
