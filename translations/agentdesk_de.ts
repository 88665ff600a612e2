<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted.</source>
        <translation>Dem Sicherheitszertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt.</translation>
    </message>
    <message>
        <source>AgentDesk did not send this: %1</source>
        <translation>AgentDesk hat dies nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server does not know this conversation or address.</source>
        <translation>Der Server kennt diese Unterhaltung oder Adresse nicht.</translation>
    </message>
    <message>
        <source>Too many requests; the server allows the next one at %1.</source>
        <translation>Zu viele Anfragen; der Server erlaubt die nächste um %1.</translation>
    </message>
    <message>
        <source>Too many requests; the server asked to slow down.</source>
        <translation>Zu viele Anfragen; der Server hat um weniger Anfragen gebeten.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The server sent an answer that AgentDesk cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die AgentDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent; whether the server received it is not known.</source>
        <translation>Die Verbindung ist nach dem Senden der Anfrage abgebrochen; ob der Server sie erhalten hat, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of confirming the request; AgentDesk did not follow it, and whether the server carried it out is not known.</source>
        <translation>Der Server hat mit einer Umleitung nach %1 geantwortet, statt die Anfrage zu bestätigen; AgentDesk ist ihr nicht gefolgt, und ob der Server die Anfrage ausgeführt hat, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of taking the request; AgentDesk did not follow it, so it was not delivered. Check the server address in the account settings.</source>
        <translation>Der Server hat mit einer Umleitung nach %1 geantwortet, statt die Anfrage anzunehmen; AgentDesk ist ihr nicht gefolgt, die Nachricht wurde also nicht zugestellt. Prüfen Sie die Serveradresse in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>The server sent an answer that AgentDesk cannot read; whether it carried out the request is not known.</source>
        <translation>Der Server hat eine Antwort gesendet, die AgentDesk nicht lesen kann; ob er die Anfrage ausgeführt hat, ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>CannedServerSync</name>
    <message>
        <source>Only Rocket.Chat servers offer canned responses.</source>
        <translation>Nur Rocket.Chat-Server bieten Textbausteine an.</translation>
    </message>
    <message>
        <source>The workspace was closed.</source>
        <translation>Der Arbeitsbereich wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The server refused the credentials: check the ids and the token. (%1)</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt: Prüfen Sie die IDs und das Token. (%1)</translation>
    </message>
    <message>
        <source>Could not reach the server: check the server address. (%1)</source>
        <translation>Der Server ist nicht erreichbar: Prüfen Sie die Serveradresse. (%1)</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Der Verbindungstest ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rocket.Chat needs the agent&apos;s user id.</source>
        <translation>Rocket.Chat benötigt die Benutzer-ID des Agenten.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Rocket.Chat: %Ln open conversation(s) assigned.</source>
        <translation>
            <numerusform>Mit Rocket.Chat verbunden: %Ln offene Unterhaltung zugewiesen.</numerusform>
            <numerusform>Mit Rocket.Chat verbunden: %Ln offene Unterhaltungen zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to SocialBoards: the token was accepted.</source>
        <translation>Mit SocialBoards verbunden: Das Token wurde akzeptiert.</translation>
    </message>
    <message>
        <source>Connected to SocialBoards: the token was accepted (the test conversation said: %1).</source>
        <translation>Mit SocialBoards verbunden: Das Token wurde akzeptiert (die Testunterhaltung meldete: %1).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to LiveChatAI: the API key was accepted (%Ln conversation(s) with this AI agent).</source>
        <translation>
            <numerusform>Mit LiveChatAI verbunden: Der API-Schlüssel wurde akzeptiert (%Ln Unterhaltung mit diesem KI-Agenten).</numerusform>
            <numerusform>Mit LiveChatAI verbunden: Der API-Schlüssel wurde akzeptiert (%Ln Unterhaltungen mit diesem KI-Agenten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the token (or API key) first.</source>
        <translation>Geben Sie zuerst das Token (oder den API-Schlüssel) ein.</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Geben Sie zuerst die Serveradresse ein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Chat started</source>
        <translation>Chat begonnen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>%1 kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged at line %2</source>
        <translation>%1 ist in Zeile %2 beschädigt</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago, in the conversation list</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate::toString format: a day this year, short month name</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>QDate::toString format: the day separator&apos;s date this year, with the weekday and the full month name</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>SalvageReport</name>
    <message>
        <source>Recovered account %1 (its settings could not be read)</source>
        <translation>Wiederhergestelltes Konto %1 (seine Einstellungen konnten nicht gelesen werden)</translation>
    </message>
    <message>
        <source>the settings of account %1 (kept as a stand-in: enter its server again)</source>
        <translation>die Einstellungen von Konto %1 (als Ersatz behalten: Geben Sie seinen Server erneut ein)</translation>
    </message>
    <message>
        <source>Recovered conversation %1</source>
        <translation>Wiederhergestellte Unterhaltung %1</translation>
    </message>
    <message>
        <source>the details of conversation %1 (its messages are kept under &quot;Recovered conversation %1&quot;)</source>
        <translation>die Details der Unterhaltung %1 (ihre Nachrichten sind unter „Wiederhergestellte Unterhaltung %1“ abgelegt)</translation>
    </message>
    <message>
        <source>Recovered from a damaged history without its conversation: it cannot be sent from here.</source>
        <translation>Ohne zugehörige Unterhaltung aus einem beschädigten Verlauf wiederhergestellt: Sie kann von hier aus nicht gesendet werden.</translation>
    </message>
    <message>
        <source>all of table %1 (%2)</source>
        <translation>die gesamte Tabelle %1 (%2)</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>alle Nachrichten</translation>
    </message>
    <message>
        <source>messages up to %1 (any unsent reply among them is lost)</source>
        <translation>Nachrichten bis %1 (nicht gesendete Antworten darunter gehen verloren)</translation>
    </message>
    <message>
        <source>messages from %1 on (any unsent reply among them is lost)</source>
        <translation>Nachrichten ab %1 (nicht gesendete Antworten darunter gehen verloren)</translation>
    </message>
    <message>
        <source>messages from %1 to %2 (any unsent reply among them is lost)</source>
        <translation>Nachrichten von %1 bis %2 (nicht gesendete Antworten darunter gehen verloren)</translation>
    </message>
    <message>
        <source>some rows of %1</source>
        <translation>einige Zeilen von %1</translation>
    </message>
    <message>
        <source>the whole file (%1)</source>
        <translation>die gesamte Datei (%1)</translation>
    </message>
    <message>
        <source>some links of AI answers</source>
        <translation>einige Links von KI-Antworten</translation>
    </message>
    <message>
        <source>The history file was damaged and nothing in it could be read. The damaged file is kept as %1.</source>
        <translation>Die Verlaufsdatei war beschädigt, und nichts darin konnte gelesen werden. Die beschädigte Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source> Some parts could not be read.</source>
        <translation> Einige Teile konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been salvaged. Unsent replies saved: %1.%2 The damaged file is kept as %3.</source>
        <translation>Die Verlaufsdatei war beschädigt und wurde wiederhergestellt. Gerettete nicht gesendete Antworten: %1.%2 Die beschädigte Datei wird als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>The history file was damaged (%1).</source>
        <translation>Die Verlaufsdatei war beschädigt (%1).</translation>
    </message>
    <message>
        <source>Nothing in it could be read: a new, empty history was started.</source>
        <translation>Nichts darin konnte gelesen werden: Ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>A new history was started and everything still readable was copied into it, unsent replies first:</source>
        <translation>Ein neuer Verlauf wurde begonnen und alles noch Lesbare hineinkopiert, nicht gesendete Antworten zuerst:</translation>
    </message>
    <message>
        <source>- unsent replies saved (queued, sending or failed): %1</source>
        <translation>- gerettete nicht gesendete Antworten (in Warteschlange, beim Senden oder fehlgeschlagen): %1</translation>
    </message>
    <message>
        <source>  of them without their conversation, so they cannot be sent (listed as failed, with their text): %1</source>
        <translation>  davon ohne ihre Unterhaltung und daher nicht sendbar (als fehlgeschlagen aufgeführt, mit ihrem Text): %1</translation>
    </message>
    <message>
        <source>- accounts: %1</source>
        <translation>- Konten: %1</translation>
    </message>
    <message>
        <source>- conversations: %1 (drafts: %2)</source>
        <translation>- Unterhaltungen: %1 (Entwürfe: %2)</translation>
    </message>
    <message>
        <source>- canned replies: %1</source>
        <translation>- Textbausteine: %1</translation>
    </message>
    <message>
        <source>- messages in all: %1</source>
        <translation>- Nachrichten insgesamt: %1</translation>
    </message>
    <message>
        <source>- AI exchanges: %1</source>
        <translation>- KI-Fragen und -Antworten: %1</translation>
    </message>
    <message>
        <source>Every row that was found could be read.</source>
        <translation>Jede gefundene Zeile konnte gelesen werden.</translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>Nicht lesbar:</translation>
    </message>
    <message>
        <source>The damaged file is kept, untouched, as %1.</source>
        <translation>Die beschädigte Datei wird unverändert als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>agentdesk::AiAssistant</name>
    <message>
        <source>The visitor has not written anything yet, so there is nothing to suggest a reply to.</source>
        <translation>Der Besucher hat noch nichts geschrieben, daher gibt es nichts, worauf eine Antwort vorgeschlagen werden kann.</translation>
    </message>
    <message>
        <source>Type a question for the AI first.</source>
        <translation>Geben Sie zuerst eine Frage an die KI ein.</translation>
    </message>
    <message>
        <source>No LiveChatAI account: add one in Accounts to ask the AI.</source>
        <translation>Kein LiveChatAI-Konto: Fügen Sie unter „Konten“ eines hinzu, um die KI zu fragen.</translation>
    </message>
    <message>
        <source>The LiveChatAI account &quot;%1&quot; has no AI agent id: set it in Accounts.</source>
        <translation>Das LiveChatAI-Konto „%1“ hat keine KI-Agenten-ID: Legen Sie sie unter „Konten“ fest.</translation>
    </message>
    <message>
        <source>No API key for the LiveChatAI account &quot;%1&quot;: enter it in Accounts.</source>
        <translation>Kein API-Schlüssel für das LiveChatAI-Konto „%1“: Geben Sie ihn unter „Konten“ ein.</translation>
    </message>
    <message>
        <source>The desk is offline.</source>
        <translation>AgentDesk ist offline.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Backend</name>
    <message>
        <source>Rocket.Chat</source>
        <translation>Rocket.Chat</translation>
    </message>
    <message>
        <source>SocialBoards</source>
        <translation>SocialBoards</translation>
    </message>
    <message>
        <source>LiveChatAI</source>
        <translation>LiveChatAI</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;replies&quot; (AgentDesk) or &quot;responses&quot; (Rocket.Chat)</source>
        <translation>JSON-Objekt mit &quot;replies&quot; (AgentDesk) oder &quot;responses&quot; (Rocket.Chat) erwartet</translation>
    </message>
    <message>
        <source>the Rocket.Chat response says &quot;success&quot;: false</source>
        <translation>die Rocket.Chat-Antwort meldet &quot;success&quot;: false</translation>
    </message>
    <message>
        <source>&quot;responses&quot; must be an array</source>
        <translation>&quot;responses&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 (the only version this AgentDesk reads)</source>
        <translation>&quot;version&quot; muss 1 sein (die einzige Version, die dieses AgentDesk liest)</translation>
    </message>
    <message>
        <source>&quot;replies&quot; must be an array</source>
        <translation>&quot;replies&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>Textbaustein %1</translation>
    </message>
    <message>
        <source>&quot;account&quot; must be an object</source>
        <translation>&quot;account&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>“%1” was for %2 at %3, which this workspace does not have: imported as personal.</source>
        <translation>„%1“ war für %2 auf %3, das es in diesem Arbeitsbereich nicht gibt: als persönlich importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; muss ein Array von Zeichenketten sein</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedLibrary</name>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <translation>Ein Textbaustein braucht einen Titel.</translation>
    </message>
    <message>
        <source>The canned reply “%1” has no text.</source>
        <translation>Der Textbaustein „%1“ hat keinen Text.</translation>
    </message>
    <message>
        <source>The trigger word “%1” must not contain spaces.</source>
        <translation>Das Kürzel „%1“ darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a keyboard shortcut (write it like Ctrl+Shift+G).</source>
        <translation>„%1“ ist kein Tastenkürzel (schreiben Sie es wie Ctrl+Shift+G).</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“.</translation>
    </message>
    <message>
        <source>There is no account %1 for the canned reply “%2”.</source>
        <translation>Für den Textbaustein „%2“ gibt es kein Konto %1.</translation>
    </message>
    <message>
        <source>The canned reply could not be saved: %1</source>
        <translation>Der Textbaustein konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no canned reply %1.</source>
        <translation>Es gibt keinen Textbaustein %1.</translation>
    </message>
    <message>
        <source>The canned reply could not be deleted: %1</source>
        <translation>Der Textbaustein konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The order could not be saved: %1</source>
        <translation>Die Reihenfolge konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <source>“%1” keeps no shortcut: %2 belongs to “%3”.</source>
        <translation>„%1“ behält kein Tastenkürzel: %2 gehört zu „%3“.</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>hello</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>hallo</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, thanks for reaching out! I&apos;m {agent.name} and I&apos;m happy to help. {cursor}</source>
        <translation>Hallo {visitor.name}, danke für Ihre Nachricht! Ich bin {agent.name} und helfe Ihnen gern. {cursor}</translation>
    </message>
    <message>
        <source>Ask for the order number</source>
        <translation>Nach der Bestellnummer fragen</translation>
    </message>
    <message>
        <source>order</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>bestellung</translation>
    </message>
    <message>
        <source>Could you send me your order number? You&apos;ll find it in the confirmation e-mail we sent you.{cursor}</source>
        <translation>Könnten Sie mir Ihre Bestellnummer schicken? Sie finden sie in der Bestätigungs-E-Mail, die wir Ihnen geschickt haben.{cursor}</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>bye</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>tschuess</translation>
    </message>
    <message>
        <source>Thanks for contacting us, {visitor.name}! If anything else comes up, just write to us here. Have a great day.</source>
        <translation>Danke, dass Sie uns kontaktiert haben, {visitor.name}! Wenn noch etwas ist, schreiben Sie uns einfach hier. Einen schönen Tag noch.</translation>
    </message>
    <message>
        <source>Hand over to a colleague</source>
        <translation>An eine Kollegin oder einen Kollegen übergeben</translation>
    </message>
    <message>
        <source>handover</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>uebergabe</translation>
    </message>
    <message>
        <source>I&apos;m handing you over to a colleague who knows this topic best.
---
They&apos;ll be with you in a moment and can already read our conversation, so there is no need to repeat anything.</source>
        <translation>Ich übergebe Sie an eine Kollegin oder einen Kollegen, die sich mit diesem Thema am besten auskennt.
---
Sie meldet sich gleich bei Ihnen und kann unsere Unterhaltung bereits lesen, Sie müssen also nichts wiederholen.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedTemplate</name>
    <message>
        <source>the visitor&apos;s name is not known</source>
        <translation>der Name des Besuchers ist nicht bekannt</translation>
    </message>
    <message>
        <source>the visitor&apos;s e-mail address is not known</source>
        <translation>die E-Mail-Adresse des Besuchers ist nicht bekannt</translation>
    </message>
    <message>
        <source>your name is not set for this account</source>
        <translation>Ihr Name ist für dieses Konto nicht festgelegt</translation>
    </message>
    <message>
        <source>the conversation has no id yet</source>
        <translation>die Unterhaltung hat noch keine ID</translation>
    </message>
    <message>
        <source>unknown placeholder</source>
        <translation>unbekannter Platzhalter</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedUse</name>
    <message>
        <source>Open a conversation to use “%1”.</source>
        <translation>Öffnen Sie eine Unterhaltung, um „%1“ zu verwenden.</translation>
    </message>
    <message>
        <source>“%1” belongs to %2, not to this conversation&apos;s account.</source>
        <translation>„%1“ gehört zu %2, nicht zum Konto dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>another account</source>
        <translation>einem anderen Konto</translation>
    </message>
    <message>
        <source>Sent “%1”.</source>
        <translation>„%1“ gesendet.</translation>
    </message>
    <message>
        <source>“%1” was inserted, not sent: %2.</source>
        <translation>„%1“ wurde eingefügt, nicht gesendet: %2.</translation>
    </message>
    <message>
        <source>Check before sending: %1.</source>
        <translation>Vor dem Senden prüfen: %1.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CredentialStore</name>
    <message>
        <source>Checking for the system keychain…</source>
        <translation>Schlüsselbund des Systems wird gesucht…</translation>
    </message>
    <message>
        <source>Tokens are saved in the system keychain.</source>
        <translation>Tokens werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain: tokens are kept for this session only.</source>
        <translation>Kein Schlüsselbund des Systems: Tokens werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain: tokens are saved in %1, readable only by you.</source>
        <translation>Kein Schlüsselbund des Systems: Tokens werden in %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Token saved in %1, readable only by you.</source>
        <translation>Token in %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Token kept for this session only: %1</source>
        <translation>Token wird nur für diese Sitzung aufbewahrt: %1</translation>
    </message>
    <message>
        <source>No system keychain: the token is kept for this session only.</source>
        <translation>Kein Schlüsselbund des Systems: Das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Token saved in the system keychain.</source>
        <translation>Token im Schlüsselbund des Systems gespeichert.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Desk</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the history at %1.</source>
        <translation>Der Verlauf in %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The demo needs agentdesk-sandbox, which was not found next to AgentDesk or on the PATH.</source>
        <translation>Die Demo benötigt agentdesk-sandbox, das weder neben AgentDesk noch im PATH gefunden wurde.</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>Die Demo-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Demo Rocket.Chat</source>
        <translation>Demo Rocket.Chat</translation>
    </message>
    <message>
        <source>Demo SocialBoards</source>
        <translation>Demo SocialBoards</translation>
    </message>
    <message>
        <source>Demo LiveChatAI</source>
        <translation>Demo LiveChatAI</translation>
    </message>
</context>
<context>
    <name>agentdesk::History</name>
    <message>
        <source>No history file was given.</source>
        <translation>Es wurde keine Verlaufsdatei angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>Der Ordner %1 für den Verlauf kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer AgentDesk (schema version %2; this one knows up to %3). It was left untouched: please update AgentDesk or choose another data folder.</source>
        <translation>Der Verlauf %1 wurde von einer neueren AgentDesk-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Er wurde nicht verändert: Bitte aktualisieren Sie AgentDesk oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Cannot read the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2) and could not be moved aside (%3); it was not opened.</source>
        <translation>Der Verlauf %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden (%3); er wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot set up the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cannot switch the history %1 to write-ahead logging.</source>
        <translation>Der Verlauf %1 kann nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer AgentDesk.</source>
        <translation>Der Verlauf %1 wurde von einer neueren AgentDesk-Version geschrieben.</translation>
    </message>
    <message>
        <source>Cannot prepare the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>History opened: %1</source>
        <translation>Verlauf geöffnet: %1</translation>
    </message>
    <message>
        <source>The history %1 was damaged (%2). It is kept, untouched, as %3, but copying what is still readable from it failed (%4): AgentDesk tries again at the next start.</source>
        <translation>Der Verlauf %1 war beschädigt (%2). Er wird unverändert als %3 aufbewahrt, aber das Kopieren des noch Lesbaren ist fehlgeschlagen (%4): AgentDesk versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>The workspace folder is read-only: %1</source>
        <translation>Der Arbeitsbereich-Ordner ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The disk is full: there is no room left for the history %1. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Für den Verlauf %1 ist kein Platz mehr. Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no history in the workspace folder %1.</source>
        <translation>Im Arbeitsbereich-Ordner %1 gibt es keinen Verlauf.</translation>
    </message>
    <message>
        <source>The history file is read-only: %1</source>
        <translation>Die Verlaufsdatei ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2); it can be salvaged only where it can be written.</source>
        <translation>Der Verlauf %1 ist beschädigt (%2); er kann nur gerettet werden, wo er geschrieben werden kann.</translation>
    </message>
    <message>
        <source>The history %1 needs an update to this AgentDesk, which it can take only where it can be written.</source>
        <translation>Der Verlauf %1 muss für diese AgentDesk-Version aktualisiert werden, was nur möglich ist, wo er geschrieben werden kann.</translation>
    </message>
</context>
<context>
    <name>agentdesk::InboxSync</name>
    <message>
        <source>Conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::Outbox</name>
    <message>
        <source>This LiveChatAI conversation has no id, so it cannot be answered.</source>
        <translation>Diese LiveChatAI-Unterhaltung hat keine ID und kann daher nicht beantwortet werden.</translation>
    </message>
    <message>
        <source>No LiveChatAI API key is stored for &quot;%1&quot;; add it in the account settings.</source>
        <translation>Für „%1“ ist kein LiveChatAI-API-Schlüssel gespeichert; fügen Sie ihn in den Kontoeinstellungen hinzu.</translation>
    </message>
    <message>
        <source>This Rocket.Chat conversation has no room id or visitor token, so it cannot be answered.</source>
        <translation>Diese Rocket.Chat-Unterhaltung hat keine Raum-ID oder kein Besucher-Token und kann daher nicht beantwortet werden.</translation>
    </message>
    <message>
        <source>This SocialBoards conversation has no valid id (&quot;%1&quot;).</source>
        <translation>Diese SocialBoards-Unterhaltung hat keine gültige ID („%1“).</translation>
    </message>
    <message>
        <source>No SocialBoards access token is stored for &quot;%1&quot;; sign in again.</source>
        <translation>Für „%1“ ist kein SocialBoards-Zugriffstoken gespeichert; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The SocialBoards account &quot;%1&quot; has no author id or email to reply as.</source>
        <translation>Das SocialBoards-Konto „%1“ hat keine Autoren-ID oder E-Mail-Adresse, unter der geantwortet werden kann.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Eine leere Nachricht kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The conversation does not exist (id %1).</source>
        <translation>Die Unterhaltung existiert nicht (ID %1).</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Only a queued or failed message can be edited.</source>
        <translation>Nur eine wartende oder fehlgeschlagene Nachricht kann bearbeitet werden.</translation>
    </message>
    <message>
        <source>This message may already have reached the visitor; it can be discarded but not edited.</source>
        <translation>Diese Nachricht hat den Besucher möglicherweise schon erreicht; sie kann verworfen, aber nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Only a queued or failed message can be discarded.</source>
        <translation>Nur eine wartende oder fehlgeschlagene Nachricht kann verworfen werden.</translation>
    </message>
    <message>
        <source>This message is being sent right now.</source>
        <translation>Diese Nachricht wird gerade gesendet.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Die Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The account of this conversation no longer exists.</source>
        <translation>Das Konto dieser Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Sending to %1 is not supported by this version.</source>
        <translation>Senden an %1 wird von dieser Version nicht unterstützt.</translation>
    </message>
    <message>
        <source>The history could not be written: %1</source>
        <translation>Der Verlauf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The server did not confirm every message; they will be checked and sent again.</source>
        <translation>Der Server hat nicht jede Nachricht bestätigt; sie werden geprüft und erneut gesendet.</translation>
    </message>
    <message>
        <source>Not signed in to Rocket.Chat for &quot;%1&quot;: no access token is stored. Sign in (Accounts) so that replies are sent as you.</source>
        <translation>Für „%1“ nicht bei Rocket.Chat angemeldet: Es ist kein Zugriffstoken gespeichert. Melden Sie sich unter „Konten“ an, damit Antworten in Ihrem Namen gesendet werden.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Replies</name>
    <message>
        <source>This conversation is closed, so a reply can no longer reach the visitor. It opens again here when the server reopens it.</source>
        <translation>Diese Unterhaltung ist geschlossen, daher kann eine Antwort den Besucher nicht mehr erreichen. Sie wird hier wieder geöffnet, sobald der Server sie wieder öffnet.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>The reply could not be saved: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::RocketChatRealtime</name>
    <message>
        <source>the realtime connection went silent</source>
        <translation>die Echtzeitverbindung antwortet nicht mehr</translation>
    </message>
    <message>
        <source>the realtime connection did not come up in time</source>
        <translation>die Echtzeitverbindung wurde nicht rechtzeitig hergestellt</translation>
    </message>
    <message>
        <source>refusing an unencrypted realtime connection to %1</source>
        <translation>unverschlüsselte Echtzeitverbindung zu %1 wird abgelehnt</translation>
    </message>
    <message>
        <source>not signed in: no user id or auth token for the realtime connection</source>
        <translation>nicht angemeldet: keine Benutzer-ID oder kein Auth-Token für die Echtzeitverbindung</translation>
    </message>
    <message>
        <source>the server does not speak DDP version 1</source>
        <translation>der Server unterstützt DDP-Version 1 nicht</translation>
    </message>
    <message>
        <source>the server refused the sign-in: %1</source>
        <translation>der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server refused a subscription: %1</source>
        <translation>der Server hat ein Abonnement abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server reported a protocol error: %1</source>
        <translation>der Server hat einen Protokollfehler gemeldet: %1</translation>
    </message>
    <message>
        <source>the server closed the realtime connection</source>
        <translation>der Server hat die Echtzeitverbindung geschlossen</translation>
    </message>
    <message>
        <source>the server does not read what the desk sends (%1 KiB waiting); following by polling instead</source>
        <translation>der Server liest nicht, was der Desk sendet (%1 KiB warten); stattdessen wird abgefragt</translation>
    </message>
    <message>
        <source>the server sent more than %1 messages in a second; following by polling instead</source>
        <translation>der Server hat mehr als %1 Nachrichten in einer Sekunde gesendet; stattdessen wird abgefragt</translation>
    </message>
    <message>
        <source>the server sent more than %1 MiB in a second; following by polling instead</source>
        <translation>der Server hat mehr als %1 MiB in einer Sekunde gesendet; stattdessen wird abgefragt</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>agentdesk::SandboxProcess</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the sandbox did not report its address within %1 ms</source>
        <translation>die Sandbox hat ihre Adresse nicht innerhalb von %1 ms gemeldet</translation>
    </message>
    <message>
        <source>cannot find %1 (set AGENTDESK_SANDBOX to its path)</source>
        <translation>%1 nicht gefunden (setzen Sie AGENTDESK_SANDBOX auf seinen Pfad)</translation>
    </message>
    <message>
        <source>the sandbox printed no address line</source>
        <translation>die Sandbox hat keine Adresszeile ausgegeben</translation>
    </message>
    <message>
        <source>the sandbox announced an unexpected address: %1</source>
        <translation>die Sandbox hat eine unerwartete Adresse gemeldet: %1</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1 before it was ready</source>
        <translation>die Sandbox wurde mit Code %1 beendet, bevor sie bereit war</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1</source>
        <translation>die Sandbox wurde mit Code %1 beendet</translation>
    </message>
</context>
<context>
    <name>agentdesk::SyncRound</name>
    <message>
        <source>no API key is saved for this account</source>
        <translation>für dieses Konto ist kein API-Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>Visitor %1</source>
        <translation>Besucher %1</translation>
    </message>
    <message>
        <source>no token is saved for this account</source>
        <translation>für dieses Konto ist kein Token gespeichert</translation>
    </message>
    <message>
        <source>no access token is saved for this account</source>
        <translation>für dieses Konto ist kein Zugriffstoken gespeichert</translation>
    </message>
</context>
<context>
    <name>agentdesk::Transport</name>
    <message>
        <source>%1 redirected it to another server, %2; AgentDesk does not send passwords, tokens or messages there. Check the server address in the account settings.</source>
        <translation>%1 hat die Anfrage an einen anderen Server umgeleitet (%2); AgentDesk sendet dorthin keine Passwörter, Tokens oder Nachrichten. Prüfen Sie die Serveradresse in den Kontoeinstellungen.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AboutDialog</name>
    <message>
        <source>About AgentDesk</source>
        <translation>Über AgentDesk</translation>
    </message>
    <message>
        <source>AgentDesk %1</source>
        <translation>AgentDesk %1</translation>
    </message>
    <message>
        <source>A fast, keyboard-first desk for support agents: Rocket.Chat, SocialBoards and LiveChatAI in one window.</source>
        <translation>Ein schneller, per Tastatur bedienbarer Arbeitsplatz für Support-Mitarbeiter: Rocket.Chat, SocialBoards und LiveChatAI in einem Fenster.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Released under the &lt;a href=&quot;%1&quot;&gt;MIT License&lt;/a&gt;. Copyright © 2026 The AgentDesk developers.</source>
        <translation>Veröffentlicht unter der &lt;a href=&quot;%1&quot;&gt;MIT-Lizenz&lt;/a&gt;. Copyright © 2026 Die AgentDesk-Entwickler.</translation>
    </message>
    <message>
        <source>Homepage: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AccountEditor</name>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Acme support</source>
        <translation>Acme Support</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>AI agent id</source>
        <translation>KI-Agenten-ID</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Benutzerna&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>AI a&amp;gent id:</source>
        <translation>KI-A&amp;genten-ID:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>(saved; type to replace)</source>
        <translation>(gespeichert; zum Ersetzen eintippen)</translation>
    </message>
    <message>
        <source>(signed in; type to sign in again)</source>
        <translation>(angemeldet; zum erneuten Anmelden eintippen)</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Rocket.Chat refused the sign-in: check the username and password, or the user id and token. (%1)</source>
        <translation>Rocket.Chat hat die Anmeldung abgelehnt: Prüfen Sie Benutzername und Passwort bzw. Benutzer-ID und Token. (%1)</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Author &amp;id:</source>
        <translation>Autoren-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;User id (X-User-Id):</source>
        <translation>&amp;Benutzer-ID (X-User-Id):</translation>
    </message>
    <message>
        <source>Author id</source>
        <translation>Autoren-ID</translation>
    </message>
    <message>
        <source>Author na&amp;me:</source>
        <translation>Autoren&amp;name:</translation>
    </message>
    <message>
        <source>User na&amp;me or email:</source>
        <translation>Benutzerna&amp;me oder E-Mail:</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Autorenname</translation>
    </message>
    <message>
        <source>Author &amp;email:</source>
        <translation>&amp;E-Mail des Autors:</translation>
    </message>
    <message>
        <source>Personal access to&amp;ken:</source>
        <translation>Persönliches Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Enter the server address, like %1.</source>
        <translation>Geben Sie die Serveradresse ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat username (or email) and password.</source>
        <translation>Geben Sie Ihren Rocket.Chat-Benutzernamen (oder Ihre E-Mail-Adresse) und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat password.</source>
        <translation>Geben Sie Ihr Rocket.Chat-Passwort ein.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat user id (shown with your personal access token).</source>
        <translation>Geben Sie Ihre Rocket.Chat-Benutzer-ID ein (sie wird zusammen mit Ihrem persönlichen Zugriffstoken angezeigt).</translation>
    </message>
    <message>
        <source>Enter the author id or email that your SocialBoards replies are sent as.</source>
        <translation>Geben Sie die Autoren-ID oder E-Mail-Adresse ein, unter der Ihre SocialBoards-Antworten gesendet werden.</translation>
    </message>
    <message>
        <source>Enter the id of the LiveChatAI agent to ask.</source>
        <translation>Geben Sie die ID des LiveChatAI-Agenten ein, der gefragt werden soll.</translation>
    </message>
    <message>
        <source>Enter the token (or API key).</source>
        <translation>Geben Sie das Token (oder den API-Schlüssel) ein.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AccountsDialog</name>
    <message>
        <source>Save tokens in a &amp;private file readable only by you</source>
        <translation>Tokens in einer &amp;privaten Datei speichern, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation>Wo Tokens aufbewahrt werden</translation>
    </message>
    <message>
        <source>Save tokens in a private file</source>
        <translation>Tokens in einer privaten Datei speichern</translation>
    </message>
    <message>
        <source>Without a system keychain, tokens are forgotten when the desk closes. With this, they are written to a file only your user can read.</source>
        <translation>Ohne Schlüsselbund des Systems werden Tokens beim Schließen von AgentDesk vergessen. Mit dieser Option werden sie in eine Datei geschrieben, die nur Ihr Benutzer lesen kann.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source> (no token)</source>
        <translation> (kein Token)</translation>
    </message>
    <message>
        <source>Tokens cannot be saved.</source>
        <translation>Tokens können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the account: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not add the account: %1</source>
        <translation>Das Konto konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and its conversations from this computer? Its token is deleted too.</source>
        <translation>„%1“ und seine Unterhaltungen von diesem Computer entfernen? Sein Token wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Confirm removal</source>
        <translation>Entfernen bestätigen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep account</source>
        <translation>Konto behalten</translation>
    </message>
    <message>
        <source>Could not remove the account: %1</source>
        <translation>Das Konto konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Konto entfernt.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AiPanel</name>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Suggest a reply</source>
        <translation>Antwort &amp;vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>In Antwort &amp;einfügen</translation>
    </message>
    <message>
        <source>AI assistant</source>
        <translation>KI-Assistent</translation>
    </message>
    <message>
        <source>AI assistant (LiveChatAI)</source>
        <translation>KI-Assistent (LiveChatAI)</translation>
    </message>
    <message>
        <source>Ask the AI…</source>
        <translation>Die KI fragen…</translation>
    </message>
    <message>
        <source>Question for the AI</source>
        <translation>Frage an die KI</translation>
    </message>
    <message>
        <source>Ask the AI</source>
        <translation>Die KI fragen</translation>
    </message>
    <message>
        <source>Suggest a reply to the visitor&apos;s last message</source>
        <translation>Eine Antwort auf die letzte Nachricht des Besuchers vorschlagen</translation>
    </message>
    <message>
        <source>Ask the AI how to answer the visitor&apos;s last message</source>
        <translation>Die KI fragen, wie die letzte Nachricht des Besuchers beantwortet werden kann</translation>
    </message>
    <message>
        <source>AI questions in this conversation</source>
        <translation>KI-Fragen in dieser Unterhaltung</translation>
    </message>
    <message>
        <source>AI answer</source>
        <translation>KI-Antwort</translation>
    </message>
    <message>
        <source>The AI&apos;s answer appears here.</source>
        <translation>Die Antwort der KI erscheint hier.</translation>
    </message>
    <message>
        <source>Sources of the AI answer</source>
        <translation>Quellen der KI-Antwort</translation>
    </message>
    <message>
        <source>Insert the AI answer into the reply</source>
        <translation>KI-Antwort in die Antwort einfügen</translation>
    </message>
    <message>
        <source>AI status</source>
        <translation>KI-Status</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Not opened: %1 (only http and https links open).</source>
        <translation>Nicht geöffnet: %1 (nur http- und https-Links werden geöffnet).</translation>
    </message>
    <message>
        <source>No LiveChatAI account: add one in Accounts to ask the AI.</source>
        <translation>Kein LiveChatAI-Konto: Fügen Sie unter „Konten“ eines hinzu, um die KI zu fragen.</translation>
    </message>
    <message>
        <source>Waiting for the AI…</source>
        <translation>Warten auf die KI…</translation>
    </message>
    <message>
        <source>Asking the AI for a reply to the visitor&apos;s last message…</source>
        <translation>Die KI wird um eine Antwort auf die letzte Nachricht des Besuchers gebeten…</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation>%1 im Browser geöffnet.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedCompleter</name>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedController</name>
    <message>
        <source>another window shortcut</source>
        <translation>ein anderes Tastenkürzel des Fensters</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Move by word</source>
        <translation>Wortweise bewegen</translation>
    </message>
    <message>
        <source>Delete word</source>
        <translation>Wort löschen</translation>
    </message>
    <message>
        <source>Typing in the reply</source>
        <translation>Tippen in der Antwort</translation>
    </message>
    <message>
        <source>“%1” has a shortcut the keyboard cannot type (%2)</source>
        <translation>„%1“ hat ein Tastenkürzel, das die Tastatur nicht eingeben kann (%2)</translation>
    </message>
    <message>
        <source>%1 of “%2” is the desk&apos;s %3</source>
        <translation>%1 von „%2“ ist in AgentDesk bereits „%3“</translation>
    </message>
    <message>
        <source>Canned reply “%1”</source>
        <translation>Textbaustein „%1“</translation>
    </message>
    <message>
        <source>Some canned reply shortcuts are off: %1. Change them in Canned Replies.</source>
        <translation>Einige Tastenkürzel von Textbausteinen sind deaktiviert: %1. Ändern Sie sie unter „Textbausteine“.</translation>
    </message>
    <message>
        <source>Open a conversation to insert a canned reply.</source>
        <translation>Öffnen Sie eine Unterhaltung, um einen Textbaustein einzufügen.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedDelegate</name>
    <message>
        <source>next message</source>
        <translation>nächste Nachricht</translation>
    </message>
    <message>
        <source>Left as written: %1</source>
        <translation>Unverändert gelassen: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedEditor</name>
    <message>
        <source>Ana Souza</source>
        <translation>Ana Souza</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Its shortcut &amp;sends at once (no chance to edit)</source>
        <translation>Das Tastenkürzel &amp;sendet sofort (ohne Bearbeitung)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>S&amp;ync from Server</source>
        <translation>Vom Server s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Canned Replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Trigger word</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>one word, typed after /</source>
        <translation>ein Wort, nach / getippt</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Available for</source>
        <translation>Verfügbar für</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the shortcut</source>
        <translation>Tastenkürzel entfernen</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, … — a line with --- starts the next message</source>
        <translation>Hallo {visitor.name}, … — eine Zeile mit --- beginnt die nächste Nachricht</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;rigger word:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <source>&amp;Available for:</source>
        <translation>&amp;Verfügbar für:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>T&amp;astenkürzel:</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Vorschau mit Beispielwerten:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Needs a Rocket.Chat account.</source>
        <translation>Erfordert ein Rocket.Chat-Konto.</translation>
    </message>
    <message>
        <source>Every account (personal)</source>
        <translation>Alle Konten (persönlich)</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 would replace typing: use Ctrl, Alt or an F key.</source>
        <translation>%1 würde das Tippen ersetzen: Verwenden Sie Strg, Alt oder eine F-Taste.</translation>
    </message>
    <message>
        <source>%1 is already used by the desk for “%2”.</source>
        <translation>%1 wird in AgentDesk bereits für „%2“ verwendet.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of the canned reply “%2”.</source>
        <translation>%1 ist bereits das Tastenkürzel des Textbausteins „%2“.</translation>
    </message>
    <message>
        <source>“%1” has no shortcut now.</source>
        <translation>„%1“ hat jetzt kein Tastenkürzel.</translation>
    </message>
    <message>
        <source>%1 now inserts “%2”.</source>
        <translation>%1 fügt jetzt „%2“ ein.</translation>
    </message>
    <message>
        <source>No canned replies yet. Press New to write one.</source>
        <translation>Noch keine Textbausteine. Klicken Sie auf „Neu“, um einen zu schreiben.</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Neuer Textbaustein</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, {cursor}</source>
        <translation>Hallo {visitor.name}, {cursor}</translation>
    </message>
    <message>
        <source>Delete Canned Reply</source>
        <translation>Textbaustein löschen</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation>„%1“ endgültig löschen?</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Nichts importiert: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nichts aus %1 importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new reply(s)</source>
        <translation>
            <numerusform>%n neuer Textbaustein importiert</numerusform>
            <numerusform>%n neue Textbausteine importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, updated %n.</source>
        <translation>
            <numerusform>, %n aktualisiert.</numerusform>
            <numerusform>, %n aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1 cannot be written (%2).</source>
        <translation>Nicht exportiert: %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reply(s) to %1.</source>
        <translation>
            <numerusform>%n Textbaustein nach %1 exportiert.</numerusform>
            <numerusform>%n Textbausteine nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Canned Replies</source>
        <translation>Textbausteine importieren</translation>
    </message>
    <message>
        <source>Canned replies (*.json);;All files (*)</source>
        <translation>Textbausteine (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Canned Replies</source>
        <translation>Textbausteine exportieren</translation>
    </message>
    <message>
        <source>Canned replies (*.json)</source>
        <translation>Textbausteine (*.json)</translation>
    </message>
    <message>
        <source>Reading the canned responses of %1…</source>
        <translation>Textbausteine von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Nothing changed: %1 did not give its canned responses: %2</source>
        <translation>Nichts geändert: %1 hat seine Textbausteine nicht geliefert: %2</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n new</source>
        <translation>
            <numerusform>Von %1: %n neu</numerusform>
            <numerusform>Von %1: %n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated.</source>
        <translation>
            <numerusform>, %n aktualisiert.</numerusform>
            <numerusform>, %n aktualisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedPalette</name>
    <message>
        <source>Insert Canned Reply</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>Filter by title or trigger word…</source>
        <translation>Nach Titel oder Kürzel filtern…</translation>
    </message>
    <message>
        <source>Filter canned replies</source>
        <translation>Textbausteine filtern</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Enter inserts · Ctrl+Enter sends now · Esc closes</source>
        <translation>Enter fügt ein · Strg+Enter sendet sofort · Esc schließt</translation>
    </message>
    <message>
        <source>No canned replies yet: add some in Canned Replies…</source>
        <translation>Noch keine Textbausteine: Fügen Sie unter „Textbausteine…“ welche hinzu</translation>
    </message>
    <message>
        <source>No canned reply matches “%1”.</source>
        <translation>Kein Textbaustein passt zu „%1“.</translation>
    </message>
    <message>
        <source>Its shortcut sends it at once.</source>
        <translation>Das Tastenkürzel sendet ihn sofort.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Composer</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter new line, / canned replies)</source>
        <translation>Antwort schreiben… (Enter sendet, Umschalt+Enter für neue Zeile, / für Textbausteine)</translation>
    </message>
    <message>
        <source>Write a reply… (Shift+Enter sends, Enter new line, / canned replies)</source>
        <translation>Antwort schreiben… (Umschalt+Enter sendet, Enter für neue Zeile, / für Textbausteine)</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationDelegate</name>
    <message>
        <source>Reply not sent</source>
        <translation>Antwort nicht gesendet</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationListModel</name>
    <message>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln unread</source>
        <translation>
            <numerusform>, %Ln ungelesen</numerusform>
            <numerusform>, %Ln ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>, a reply failed to send</source>
        <translation>, eine Antwort konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>, closed</source>
        <translation>, geschlossen</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationListPane</name>
    <message>
        <source>Filter conversations</source>
        <translation>Unterhaltungen filtern</translation>
    </message>
    <message>
        <source>Shows only visitors whose name or last message contains this text</source>
        <translation>Zeigt nur Besucher, deren Name oder letzte Nachricht diesen Text enthält</translation>
    </message>
    <message>
        <source>Backend filter</source>
        <translation>Dienstfilter</translation>
    </message>
    <message>
        <source>All backends</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Open or closed filter</source>
        <translation>Filter offen/geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationPane</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or press Ctrl+K to find one.</source>
        <translation>Wählen Sie links eine Unterhaltung aus, oder drücken Sie Strg+K, um eine zu suchen.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Details der Unterhaltung</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>Antwort senden (Enter)</translation>
    </message>
    <message>
        <source>Why no reply can be written</source>
        <translation>Warum keine Antwort geschrieben werden kann</translation>
    </message>
    <message>
        <source>Not sent: the reply still holds %1. Replace it, or send again to send it as it is.</source>
        <translation>Nicht gesendet: Die Antwort enthält noch %1. Ersetzen Sie es, oder senden Sie erneut, um sie unverändert zu senden.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <source>Not opened: %1 (only web links open)</source>
        <translation>Nicht geöffnet: %1 (nur Weblinks werden geöffnet)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Keine Unterhaltung</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Edit Reply</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <source>The reply is sent again with this text:</source>
        <translation>Die Antwort wird mit diesem Text erneut gesendet:</translation>
    </message>
    <message>
        <source>The reply could not be changed: %1</source>
        <translation>Die Antwort konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Discard Reply</source>
        <translation>Antwort verwerfen</translation>
    </message>
    <message>
        <source>Discard this reply for good? The visitor has not received it.

%1</source>
        <translation>Diese Antwort endgültig verwerfen? Der Besucher hat sie nicht erhalten.

%1</translation>
    </message>
    <message>
        <source>The reply could not be discarded: %1</source>
        <translation>Die Antwort konnte nicht verworfen werden: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::HistoryNotice</name>
    <message>
        <source>Details...</source>
        <translation>Details...</translation>
    </message>
    <message>
        <source>History notice</source>
        <translation>Hinweis zum Verlauf</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The history file is damaged (%1). Quit and start AgentDesk again soon: it then keeps the damaged file aside and copies everything still readable into a new one, unsent replies first.</source>
        <translation>Die Verlaufsdatei ist beschädigt (%1). Beenden Sie AgentDesk bald und starten Sie es neu: Dann wird die beschädigte Datei beiseitegelegt und alles noch Lesbare in eine neue kopiert, nicht gesendete Antworten zuerst.</translation>
    </message>
    <message>
        <source>History salvaged</source>
        <translation>Verlauf wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>AI Colleague</source>
        <translation>KI-Kollege</translation>
    </message>
    <message>
        <source>AI colleague panel</source>
        <translation>Bereich KI-Kollege</translation>
    </message>
    <message>
        <source>%1 — AgentDesk</source>
        <translation>%1 — AgentDesk</translation>
    </message>
    <message>
        <source>That conversation is no longer in the list.</source>
        <translation>Diese Unterhaltung ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>Diese Nachricht ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>A visitor</source>
        <translation>Ein Besucher</translation>
    </message>
    <message>
        <source>%1 (%2): connected</source>
        <translation>%1 (%2): verbunden</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>In Unterhaltung &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Everywhere…</source>
        <translation>&amp;Überall suchen…</translation>
    </message>
    <message>
        <source>F&amp;ilter Conversations</source>
        <translation>Unterhaltungen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>&amp;Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>Next &amp;Unread Conversation</source>
        <translation>Nächste &amp;ungelesene Unterhaltung</translation>
    </message>
    <message>
        <source>No unread conversations.</source>
        <translation>Keine ungelesenen Unterhaltungen.</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Gehe zu Unterhaltung…</translation>
    </message>
    <message>
        <source>Focus Conversation &amp;List</source>
        <translation>Unterhaltungs&amp;liste fokussieren</translation>
    </message>
    <message>
        <source>Focus &amp;Messages</source>
        <translation>Nach&amp;richten fokussieren</translation>
    </message>
    <message>
        <source>Focus &amp;Reply</source>
        <translation>&amp;Antwortfeld fokussieren</translation>
    </message>
    <message>
        <source>&amp;Send Reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>Insert &amp;Canned Reply…</source>
        <translation>&amp;Textbaustein einfügen…</translation>
    </message>
    <message>
        <source>Ca&amp;nned Replies…</source>
        <translation>Te&amp;xtbausteine…</translation>
    </message>
    <message>
        <source>&amp;AI Colleague</source>
        <translation>&amp;KI-Kollege</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>Über &amp;AgentDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>&amp;Copy Message Text</source>
        <translation>Nachrichtentext &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Retry Sending</source>
        <translation>Senden &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit Failed Reply…</source>
        <translation>Fehlgeschlagene Antwort &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Discard Failed Reply…</source>
        <translation>Fehlgeschlagene Antwort &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Another AgentDesk (%1) is open on this workspace and sends its replies; yours are kept and sent by it. This window takes over when it closes.</source>
        <translation>Ein anderes AgentDesk (%1) ist in diesem Arbeitsbereich geöffnet und sendet seine Antworten; Ihre werden aufbewahrt und von ihm gesendet. Dieses Fenster übernimmt, sobald es geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageDelegate</name>
    <message>
        <source>Sending… next try at %1</source>
        <translation>Wird gesendet… nächster Versuch um %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet um %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageModel</name>
    <message>
        <source>Chat started at %1</source>
        <translation>Chat begonnen um %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>The conversation, oldest at the top. Arrow keys select a message; the context menu key shows its actions.</source>
        <translation>Die Unterhaltung, die ältesten Nachrichten oben. Die Pfeiltasten wählen eine Nachricht aus; die Kontextmenütaste zeigt ihre Aktionen.</translation>
    </message>
    <message>
        <source>%1 (AgentDesk does not open this kind of link)</source>
        <translation>%1 (AgentDesk öffnet diese Art von Link nicht)</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::QuickSwitcher</name>
    <message>
        <source>Go to conversation</source>
        <translation>Gehe zu Unterhaltung</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Schnellwechsel</translation>
    </message>
    <message>
        <source>Type part of a visitor&apos;s name…</source>
        <translation>Teil eines Besuchernamens eingeben…</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>Unterhaltungsfilter</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Passende Unterhaltungen</translation>
    </message>
    <message>
        <source>Quick switcher status</source>
        <translation>Status des Schnellwechsels</translation>
    </message>
    <message>
        <source>Unknown visitor</source>
        <translation>Unbekannter Besucher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln unread</source>
        <translation>
            <numerusform> · %Ln ungelesen</numerusform>
            <numerusform> · %Ln ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Keine Unterhaltung passt.</translation>
    </message>
    <message>
        <source>Enter opens the selected conversation; Escape closes.</source>
        <translation>Enter öffnet die ausgewählte Unterhaltung; Esc schließt.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Screenshot</name>
    <message>
        <source>Cannot write the screenshot to %1: %2</source>
        <translation>Das Bildschirmfoto kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>nothing was rendered</source>
        <translation>es wurde nichts gezeichnet</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SearchDialog</name>
    <message>
        <source>Only in this &amp;conversation</source>
        <translation>Nur in dieser &amp;Unterhaltung</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Nachrichten durchsuchen…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Search only in this conversation</source>
        <translation>Nur in dieser Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Diese Unterhaltung durchsuchen</translation>
    </message>
    <message>
        <source>Search all history</source>
        <translation>Gesamten Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Type to search this conversation.</source>
        <translation>Tippen Sie, um diese Unterhaltung zu durchsuchen.</translation>
    </message>
    <message>
        <source>Type to search all conversations.</source>
        <translation>Tippen Sie, um alle Unterhaltungen zu durchsuchen.</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Keine Nachricht passt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) match. Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln Nachricht passt. Enter öffnet die ausgewählte.</numerusform>
            <numerusform>%Ln Nachrichten passen. Enter öffnet die ausgewählte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SearchResultsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Enter sends the reply (Shift+Enter starts a new line)</source>
        <translation>&amp;Enter sendet die Antwort (Umschalt+Enter beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>&amp;Notify me of new visitor messages</source>
        <translation>Bei neuen Besucher&amp;nachrichten benachrichtigen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Enter sends the reply</source>
        <translation>Enter sendet die Antwort</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends the reply.</source>
        <translation>Wenn ausgeschaltet, beginnt Enter eine neue Zeile und Strg+Enter sendet die Antwort.</translation>
    </message>
    <message>
        <source>Notify of new visitor messages</source>
        <translation>Bei neuen Besuchernachrichten benachrichtigen</translation>
    </message>
    <message>
        <source>A notification and a taskbar flag when a visitor writes while the desk is in the background.</source>
        <translation>Eine Benachrichtigung und eine Markierung in der Taskleiste, wenn ein Besucher schreibt, während AgentDesk im Hintergrund ist.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the desk, its dates and its numbers.</source>
        <translation>Die Sprache von AgentDesk, seiner Datumsangaben und Zahlen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Eine neue Sprache wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A fast, keyboard-first desk for support agents.</source>
        <translation>Ein schneller, per Tastatur bedienbarer Arbeitsplatz für Support-Mitarbeiter.</translation>
    </message>
    <message>
        <source>Keep the history and settings in DIR.</source>
        <translation>Verlauf und Einstellungen in DIR aufbewahren.</translation>
    </message>
    <message>
        <source>Run on the loopback sandbox with demo accounts.</source>
        <translation>Mit Demokonten auf der lokalen Sandbox ausführen.</translation>
    </message>
    <message>
        <source>Render the window to FILE.png after it painted, exit.</source>
        <translation>Das Fenster nach dem Zeichnen in FILE.png speichern und beenden.</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
</context>
</TS>
