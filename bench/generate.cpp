// bench-generate: writes a large, deterministic AgentDesk workspace for the benchmarks.
#include "BenchSupport.h"
#include "Corpus.h"
#include "store/History.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace agentdesk;

namespace {

struct Options {
    QString out;
    quint64 seed = 1;
    int conversations = 10000;
    qint64 messages = 1000000;
    int busy = 100000;
};

//! Messages per conversation: the first is the busy one, the rest share what is left unevenly
//! (a few long threads, many short ones), each at least one message.
std::vector<int> messageCounts(bench::Corpus& corpus, const Options& o) {
    std::vector<int> counts(size_t(o.conversations), 1);
    counts[0] = o.busy;
    const qint64 rest = o.messages - o.busy - (o.conversations - 1);
    std::vector<double> weights(size_t(o.conversations), 0);
    double total = 0;
    for (size_t i = 1; i < weights.size(); ++i) {
        const double u = double(corpus.below(1000) + 1) / 1000.0;
        weights[i] = u * u * u;
        total += weights[i];
    }
    qint64 given = 0;
    for (size_t i = 1; i < counts.size(); ++i) {
        const auto extra = qint64(double(rest) * weights[i] / total);
        counts[i] += int(extra);
        given += extra;
    }
    for (qint64 left = rest - given; left > 0; --left)
        ++counts[size_t(1 + corpus.below(o.conversations - 1))];
    return counts;
}

QString base36(quint64 n) {
    return QString::number(n, 36);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a benchmark workspace (history.sqlite and bench-workspace.json) "
                       "into DIR, replacing the ones there. Same seed, same workspace."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The workspace folder."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption conversations(QStringLiteral("conversations"),
                                           QStringLiteral("Conversations (default 10000)."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption messages(QStringLiteral("messages"),
                                      QStringLiteral("Messages in all (default 1000000)."),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption busy(
        QStringLiteral("busy"),
        QStringLiteral("Messages of the busiest conversation (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption schema(
        QStringLiteral("schema-version"),
        QStringLiteral("Print the history schema version this build writes, and exit (bench/run "
                       "regenerates a workspace written by another)."));
    parser.addOptions({out, seed, conversations, messages, busy, schema});
    parser.process(app);
    if (parser.isSet(schema)) {
        QTextStream(stdout) << agentdesk::History::schemaVersion() << '\n';
        return 0;
    }

    Options o;
    bool ok[4] = {};
    o.out = parser.value(out);
    o.seed = parser.value(seed).toULongLong(&ok[0]);
    o.conversations = parser.value(conversations).toInt(&ok[1]);
    o.messages = parser.value(messages).toLongLong(&ok[2]);
    o.busy = parser.value(busy).toInt(&ok[3]);
    if (o.out.isEmpty())
        return bench::fail(QStringLiteral("--out DIR is required"));
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || o.conversations < 2 || o.busy < 1 ||
        o.messages < o.busy + o.conversations - 1)
        return bench::fail(QStringLiteral("--seed, --conversations (>= 2), --busy (>= 1) and "
                                          "--messages (>= busy + conversations - 1) must be "
                                          "numbers"));

    const qint64 started = bench::monotonicNanos();
    QDir dir(o.out);
    if (!QDir().mkpath(o.out))
        return bench::fail(QStringLiteral("cannot create %1").arg(o.out));
    for (const char* name :
         {"history.sqlite", "history.sqlite-wal", "history.sqlite-shm", "bench-workspace.json"})
        QFile::remove(dir.absoluteFilePath(QString::fromLatin1(name)));

    History history;
    history.setIntegrityCheckLimit(0);
    const auto opened = history.open(History::databasePath(o.out));
    if (opened.status != History::OpenStatus::Ok)
        return bench::fail(QStringLiteral("cannot open the history: %1").arg(opened.message));
    // A generated workspace is not precious: no fsync per conversation while writing it.
    history.setPragma(QStringLiteral("synchronous"), QStringLiteral("OFF"));

    Account rocket;
    rocket.backend = Backend::RocketChat;
    rocket.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    rocket.displayName = QStringLiteral("Acme support (Rocket.Chat)");
    rocket.userId = QStringLiteral("CkCPNcvsvCDfmWLqC");
    rocket.username = QStringLiteral("kim.jane");
    Account boards = rocket;
    boards.backend = Backend::SocialBoards;
    boards.displayName = QStringLiteral("Acme boards (SocialBoards)");
    boards.email = QStringLiteral("kim@example.org");
    const auto rocketAccount = history.addAccount(rocket);
    const auto boardsAccount = history.addAccount(boards);
    if (!rocketAccount || !boardsAccount)
        return bench::fail(history.lastError());

    bench::Corpus corpus(o.seed);
    const std::vector<int> counts = messageCounts(corpus, o);
    std::vector<qint64> conversationIds(size_t(o.conversations));
    std::vector<int> languageOf(size_t(o.conversations));
    std::vector<QString> visitorOf(size_t(o.conversations));
    for (int i = 0; i < o.conversations; ++i) {
        // English for 40%, the other languages share the rest
        const int language =
            corpus.chance(0.4) ? 0 : 1 + corpus.below(bench::Corpus::languageCount() - 1);
        const bool onRocket = i % 3 != 2;
        Conversation c;
        c.accountId = onRocket ? rocketAccount->id : boardsAccount->id;
        c.backend = onRocket ? Backend::RocketChat : Backend::SocialBoards;
        c.remoteId = onRocket ? QStringLiteral("room") + base36(corpus.next()) : QString::number(i);
        c.visitorToken = onRocket ? base36(corpus.next()) : QString();
        c.visitorName = corpus.visitorName(language);
        c.title = c.visitorName;
        c.visitorEmail = QStringLiteral("visitor%1@example.org").arg(i);
        c.open = corpus.below(4) != 0;
        const auto stored = history.upsertConversation(c);
        if (!stored)
            return bench::fail(history.lastError());
        conversationIds[size_t(i)] = stored->id;
        languageOf[size_t(i)] = language;
        visitorOf[size_t(i)] = c.visitorName;
    }

    // Which conversation each message goes to, in time order: exact counts, shuffled.
    std::vector<int> schedule;
    schedule.reserve(size_t(o.messages));
    for (int i = 0; i < o.conversations; ++i)
        schedule.insert(schedule.end(), size_t(counts[size_t(i)]), i);
    for (size_t i = schedule.size() - 1; i > 0; --i)
        std::swap(schedule[i], schedule[size_t(corpus.next() % (i + 1))]);

    // From 2024-01-01 on, about a minute apart on average (two years for a million).
    qint64 ms = 1704067200000LL;
    const qint64 meanGapMs = std::max<qint64>(1, 2LL * 365 * 24 * 3600 * 1000 / o.messages);
    constexpr int chunk = 20000;
    QList<Message> batch;
    batch.reserve(chunk);
    qint64 bytes = 0;
    for (qint64 n = 0; n < o.messages; ++n) {
        const int c = schedule[size_t(n)];
        Message m;
        m.conversationId = conversationIds[size_t(c)];
        const bool incoming = corpus.below(100) < 55;
        m.direction = incoming ? Direction::Incoming : Direction::Outgoing;
        m.author = incoming ? visitorOf[size_t(c)] : QStringLiteral("Kim Jane");
        m.text = corpus.message(languageOf[size_t(c)]);
        ms += 1 + qint64(corpus.next() % quint64(2 * meanGapMs));
        m.createdAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        m.remoteId = QStringLiteral("m") + base36(quint64(n) * 7919 + 17);
        if (!incoming) {
            m.clientId = QStringLiteral("b") + base36(quint64(n));
            m.state = DeliveryState::Sent;
            m.sentAt = m.createdAt.addMSecs(150);
        }
        bytes += m.text.toUtf8().size();
        batch << m;
        if (batch.size() == chunk || n + 1 == o.messages) {
            if (history.addMessages(batch).isEmpty())
                return bench::fail(history.lastError());
            batch.clear();
        }
    }
    // Read back the conversations of known sizes for the desk benchmarks.
    int small = 1;
    for (int i = 1; i < o.conversations; ++i) {
        if (std::abs(counts[size_t(i)] - 10) < std::abs(counts[size_t(small)] - 10))
            small = i;
    }
    history.setPragma(QStringLiteral("synchronous"), QStringLiteral("FULL"));
    history.close();

    const double seconds = double(bench::monotonicNanos() - started) / 1e9;
    QJsonObject manifest{
        {QStringLiteral("seed"), QString::number(o.seed)},
        {QStringLiteral("schema"), agentdesk::History::schemaVersion()},
        {QStringLiteral("conversations"), o.conversations},
        {QStringLiteral("messages"), double(o.messages)},
        {QStringLiteral("textBytes"), double(bytes)},
        {QStringLiteral("busyConversationId"), double(conversationIds[0])},
        {QStringLiteral("busyMessages"), o.busy},
        {QStringLiteral("smallConversationId"), double(conversationIds[size_t(small)])},
        {QStringLiteral("smallMessages"), counts[size_t(small)]},
        {QStringLiteral("commonTerms"), QJsonArray::fromStringList(bench::Corpus::commonTerms())},
        {QStringLiteral("rareTerms"), QJsonArray::fromStringList(bench::Corpus::rareTerms())},
    };
    QFile file(dir.absoluteFilePath(QStringLiteral("bench-workspace.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0 ||
        !file.flush())
        return bench::fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    bench::report({{QStringLiteral("figure"), QStringLiteral("generate")},
                   {QStringLiteral("seconds"), seconds},
                   {QStringLiteral("messages"), double(o.messages)},
                   {QStringLiteral("conversations"), o.conversations},
                   {QStringLiteral("databaseBytes"),
                    double(QFileInfo(History::databasePath(o.out)).size())}});
    return 0;
}
