#include "Corpus.h"

#include <QList>

namespace bench {

namespace {

struct Language {
    const char* code;
    const char* words; //!< UTF-8, space separated; empty spaces for languages written without
    bool spaced;
    const char* names;
};

// Support-chat vocabulary; the first words are the most frequent.
const std::array<Language, 10> languages{{
    {"en",
     "the order please thanks refund shipping account password help hi hello my your is not "
     "can you we it to a for with this that on of in and delivery invoice payment card "
     "tracking number still waiting since yesterday could check again sorry about delay "
     "email address update cancel subscription plan price discount code works now great",
     true, "Emma Smith|Liam Johnson|Olivia Brown|Noah Davis|Ava Wilson|Mia Taylor"},
    {"de",
     "die der und bestellung bitte danke rückerstattung versand konto passwort hilfe hallo "
     "mein ihr ist nicht können sie wir es zu für mit diese auf von lieferung rechnung "
     "zahlung karte sendungsnummer warte seit gestern noch einmal prüfen entschuldigung "
     "verspätung adresse ändern kündigen abonnement preis rabatt funktioniert jetzt",
     true, "Lukas Müller|Anna Schmidt|Jonas Weiß|Lea Schäfer|Felix Groß|Marie Köhler"},
    {"fr",
     "la le et commande merci remboursement livraison compte mot de passe aide bonjour mon "
     "votre est pas pouvez vous nous il pour avec cette sur facture paiement carte numéro "
     "suivi attends depuis hier vérifier encore désolé retard adresse modifier annuler "
     "abonnement prix réduction fonctionne maintenant très bien",
     true, "Chloé Dubois|Léo Martin|Inès Bernard|Hugo Lefèvre|Zoé Moreau|Théo Garçon"},
    {"es",
     "el la y pedido por favor gracias reembolso envío cuenta contraseña ayuda hola mi su es "
     "no puede usted nosotros para con este sobre factura pago tarjeta número seguimiento "
     "espero desde ayer revisar otra vez disculpe retraso dirección cambiar cancelar "
     "suscripción precio descuento funciona ahora",
     true, "Lucía García|Mateo Fernández|Sofía López|Martín Pérez|Valentina Núñez"},
    {"pt",
     "o a e pedido por favor obrigado reembolso envio conta senha ajuda olá meu seu é não "
     "pode você nós para com este sobre fatura pagamento cartão número rastreio aguardo desde "
     "ontem verificar novamente desculpe atraso endereço alterar cancelar assinatura preço "
     "desconto funciona agora",
     true, "João Silva|Ana Souza|Pedro Gonçalves|Beatriz Araújo|Tiago Conceição"},
    {"pl",
     "zamówienie proszę dziękuję zwrot wysyłka konto hasło pomoc dzień dobry moje pana jest "
     "nie może pan my to dla z ten na faktura płatność karta numer śledzenia czekam od "
     "wczoraj sprawdzić jeszcze raz przepraszam opóźnienie adres zmienić anulować "
     "subskrypcja cena rabat działa teraz",
     true, "Zofia Nowak|Jakub Wiśniewski|Julia Wójcik|Kacper Kamiński|Łucja Zielińska"},
    {"ru",
     "заказ пожалуйста спасибо возврат доставка аккаунт пароль помощь здравствуйте мой ваш "
     "это не можете вы мы для с этот на счёт оплата карта номер отслеживания жду со вчера "
     "проверить ещё раз извините задержка адрес изменить отменить подписка цена скидка "
     "работает теперь",
     true, "Анна Иванова|Дмитрий Смирнов|Мария Кузнецова|Алексей Попов|Ольга Соколова"},
    {"ar",
     "الطلب من فضلك شكرا استرداد الشحن الحساب كلمة المرور مساعدة مرحبا طلبي هل يمكنك نحن "
     "هذا على الفاتورة الدفع البطاقة رقم التتبع أنتظر منذ أمس التحقق مرة أخرى آسف التأخير "
     "العنوان تغيير إلغاء الاشتراك السعر خصم يعمل الآن",
     true, "ليلى حسن|عمر خالد|مريم علي|يوسف إبراهيم|نور أحمد"},
    {"zh",
     "订单 请 谢谢 退款 发货 账户 密码 帮助 您好 我的 您的 是 不 可以 我们 这个 发票 付款 卡 "
     "号码 物流 等待 从昨天 检查 再次 抱歉 延迟 地址 修改 取消 订阅 价格 折扣 现在 可以用了",
     false, "王芳|李伟|张敏|刘洋|陈静"},
    {"ja",
     "注文 お願いします ありがとう 返金 配送 アカウント パスワード ヘルプ こんにちは 私の "
     "お客様の です ではありません できます 私たち この 請求書 支払い カード 番号 追跡 "
     "待っています "
     "昨日から 確認 もう一度 申し訳ありません 遅延 住所 変更 キャンセル 定期購入 価格 割引 "
     "今は動きます",
     false, "佐藤美咲|鈴木大翔|高橋陽菜|田中蓮|渡辺結衣"},
}};

struct Vocabulary {
    QList<QStringList> words;
    QList<QStringList> names;
    Vocabulary() {
        for (const Language& language : languages) {
            words << QString::fromUtf8(language.words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            names << QString::fromUtf8(language.names).split(QLatin1Char('|'));
        }
    }
};

const Vocabulary& vocabulary() {
    static const Vocabulary v;
    return v;
}

} // namespace

Corpus::Corpus(quint64 seed)
    : m_state(seed * 0x9E3779B97F4A7C15ULL + 1) {}

quint64 Corpus::next() {
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int Corpus::below(int bound) {
    return bound <= 1 ? 0 : int(next() % quint64(bound));
}

bool Corpus::chance(double probability) {
    return double(next() >> 11) * (1.0 / 9007199254740992.0) < probability;
}

int Corpus::languageCount() {
    return int(languages.size());
}

QString Corpus::languageCode(int language) {
    return QString::fromLatin1(languages.at(size_t(language)).code);
}

QString Corpus::visitorName(int language) {
    const QStringList& names = vocabulary().names.at(language);
    return names.at(below(int(names.size())));
}

QString Corpus::text(int language, int length) {
    const QStringList& words = vocabulary().words.at(language);
    const bool spaced = languages.at(size_t(language)).spaced;
    QString body;
    body.reserve(length + 16);
    bool sentenceStart = true;
    while (body.size() < length) {
        // Zipf-like: low indices (the frequent words) come up far more often
        const int bound = int(words.size());
        const int index = below(1 + below(bound));
        QString word = words.at(index);
        if (sentenceStart && spaced)
            word[0] = word.at(0).toUpper();
        if (!body.isEmpty() && spaced)
            body += QLatin1Char(' ');
        body += word;
        sentenceStart = below(9) == 0;
        if (sentenceStart)
            body += spaced ? QStringLiteral(".") : QStringLiteral("。");
    }
    return body;
}

QString Corpus::message(int language) {
    int length = 0;
    const int kind = below(10000);
    if (kind == 0)
        length = 8000 + below(32000); // a pasted log or e-mail thread
    else if (kind < 4000)
        length = 10 + below(30);
    else if (kind < 8500)
        length = 40 + below(120);
    else
        length = 160 + below(440);
    QString body = text(language, length);
    const QStringList rare = rareTerms();
    for (const QString& term : rare) {
        if (below(100000) == 0)
            body += QLatin1Char(' ') + term;
    }
    return body;
}

QStringList Corpus::commonTerms() {
    return {QStringLiteral("order"), QStringLiteral("bestellung"), QStringLiteral("merci"),
            QStringLiteral("refund")};
}

QStringList Corpus::rareTerms() {
    return {QStringLiteral("quetzal"), QStringLiteral("pangolin"), QStringLiteral("zeppelin"),
            QStringLiteral("marzipan")};
}

} // namespace bench
