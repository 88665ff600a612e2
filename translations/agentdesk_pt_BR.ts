<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>Não foi possível acessar o servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted.</source>
        <translation>O certificado de segurança do servidor não é confiável.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>O servidor recusou as credenciais.</translation>
    </message>
    <message>
        <source>AgentDesk did not send this: %1</source>
        <translation>O AgentDesk não enviou isto: %1</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>O servidor rejeitou a solicitação.</translation>
    </message>
    <message>
        <source>The server does not know this conversation or address.</source>
        <translation>O servidor não reconhece esta conversa ou endereço.</translation>
    </message>
    <message>
        <source>Too many requests; the server allows the next one at %1.</source>
        <translation>Solicitações demais; o servidor permite a próxima às %1.</translation>
    </message>
    <message>
        <source>Too many requests; the server asked to slow down.</source>
        <translation>Solicitações demais; o servidor pediu para diminuir o ritmo.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>O servidor teve um erro interno.</translation>
    </message>
    <message>
        <source>The server sent an answer that AgentDesk cannot read.</source>
        <translation>O servidor enviou uma resposta que o AgentDesk não consegue ler.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https://.</source>
        <translation>O http:// sem criptografia só é permitido para este computador; use https://.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>O servidor respondeu: %1</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent; whether the server received it is not known.</source>
        <translation>A conexão caiu depois que a solicitação foi enviada; não se sabe se o servidor a recebeu.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of confirming the request; AgentDesk did not follow it, and whether the server carried it out is not known.</source>
        <translation>O servidor respondeu com um redirecionamento para %1 em vez de confirmar a solicitação; o AgentDesk não o seguiu, e não se sabe se o servidor a executou.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of taking the request; AgentDesk did not follow it, so it was not delivered. Check the server address in the account settings.</source>
        <translation>O servidor respondeu com um redirecionamento para %1 em vez de aceitar a solicitação; o AgentDesk não o seguiu, então ela não foi entregue. Verifique o endereço do servidor nas configurações da conta.</translation>
    </message>
    <message>
        <source>The server sent an answer that AgentDesk cannot read; whether it carried out the request is not known.</source>
        <translation>O servidor enviou uma resposta que o AgentDesk não consegue ler; não se sabe se ele executou a solicitação.</translation>
    </message>
</context>
<context>
    <name>CannedServerSync</name>
    <message>
        <source>Only Rocket.Chat servers offer canned responses.</source>
        <translation>Somente servidores do Rocket.Chat oferecem respostas prontas.</translation>
    </message>
    <message>
        <source>The workspace was closed.</source>
        <translation>O espaço de trabalho foi fechado.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The server refused the credentials: check the ids and the token. (%1)</source>
        <translation>O servidor recusou as credenciais: verifique os IDs e o token. (%1)</translation>
    </message>
    <message>
        <source>Could not reach the server: check the server address. (%1)</source>
        <translation>Não foi possível acessar o servidor: verifique o endereço do servidor. (%1)</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>O teste de conexão falhou: %1</translation>
    </message>
    <message>
        <source>Rocket.Chat needs the agent&apos;s user id.</source>
        <translation>O Rocket.Chat precisa do ID de usuário do agente.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Rocket.Chat: %Ln open conversation(s) assigned.</source>
        <translation>
            <numerusform>Conectado ao Rocket.Chat: %Ln conversa aberta atribuída.</numerusform>
            <numerusform>Conectado ao Rocket.Chat: %Ln conversas abertas atribuídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to SocialBoards: the token was accepted.</source>
        <translation>Conectado ao SocialBoards: o token foi aceito.</translation>
    </message>
    <message>
        <source>Connected to SocialBoards: the token was accepted (the test conversation said: %1).</source>
        <translation>Conectado ao SocialBoards: o token foi aceito (a conversa de teste respondeu: %1).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to LiveChatAI: the API key was accepted (%Ln conversation(s) with this AI agent).</source>
        <translation>
            <numerusform>Conectado ao LiveChatAI: a chave de API foi aceita (%Ln conversa com este agente de IA).</numerusform>
            <numerusform>Conectado ao LiveChatAI: a chave de API foi aceita (%Ln conversas com este agente de IA).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the token (or API key) first.</source>
        <translation>Digite primeiro o token (ou a chave de API).</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Digite primeiro o endereço do servidor.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sessão iniciada como %1.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Chat started</source>
        <translation>Conversa iniciada</translation>
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
        <translation>Não é possível tornar %1 privado: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged at line %2</source>
        <translation>%1 está danificado na linha %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Não é possível excluir %1: %2</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[imagem: %1]</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago, in the conversation list</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate::toString format: a day this year, short month name</comment>
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>QDate::toString format: the day separator&apos;s date this year, with the weekday and the full month name</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>SalvageReport</name>
    <message>
        <source>Recovered account %1 (its settings could not be read)</source>
        <translation>Conta recuperada %1 (não foi possível ler suas configurações)</translation>
    </message>
    <message>
        <source>the settings of account %1 (kept as a stand-in: enter its server again)</source>
        <translation>as configurações da conta %1 (mantida como substituta: informe o servidor novamente)</translation>
    </message>
    <message>
        <source>Recovered conversation %1</source>
        <translation>Conversa recuperada %1</translation>
    </message>
    <message>
        <source>the details of conversation %1 (its messages are kept under &quot;Recovered conversation %1&quot;)</source>
        <translation>os detalhes da conversa %1 (as mensagens dela foram guardadas em &quot;Conversa recuperada %1&quot;)</translation>
    </message>
    <message>
        <source>Recovered from a damaged history without its conversation: it cannot be sent from here.</source>
        <translation>Recuperada de um histórico danificado sem a sua conversa: não pode ser enviada daqui.</translation>
    </message>
    <message>
        <source>all of table %1 (%2)</source>
        <translation>toda a tabela %1 (%2)</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>todas as mensagens</translation>
    </message>
    <message>
        <source>messages up to %1 (any unsent reply among them is lost)</source>
        <translation>mensagens até %1 (qualquer resposta não enviada entre elas foi perdida)</translation>
    </message>
    <message>
        <source>messages from %1 on (any unsent reply among them is lost)</source>
        <translation>mensagens a partir de %1 (qualquer resposta não enviada entre elas foi perdida)</translation>
    </message>
    <message>
        <source>messages from %1 to %2 (any unsent reply among them is lost)</source>
        <translation>mensagens de %1 a %2 (qualquer resposta não enviada entre elas foi perdida)</translation>
    </message>
    <message>
        <source>some rows of %1</source>
        <translation>algumas linhas de %1</translation>
    </message>
    <message>
        <source>the whole file (%1)</source>
        <translation>o arquivo inteiro (%1)</translation>
    </message>
    <message>
        <source>some links of AI answers</source>
        <translation>alguns links de respostas da IA</translation>
    </message>
    <message>
        <source>The history file was damaged and nothing in it could be read. The damaged file is kept as %1.</source>
        <translation>O arquivo de histórico estava danificado e nada nele pôde ser lido. O arquivo danificado foi guardado como %1.</translation>
    </message>
    <message>
        <source> Some parts could not be read.</source>
        <translation> Algumas partes não puderam ser lidas.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been salvaged. Unsent replies saved: %1.%2 The damaged file is kept as %3.</source>
        <translation>O arquivo de histórico estava danificado e foi recuperado. Respostas não enviadas salvas: %1.%2 O arquivo danificado foi guardado como %3.</translation>
    </message>
    <message>
        <source>The history file was damaged (%1).</source>
        <translation>O arquivo de histórico estava danificado (%1).</translation>
    </message>
    <message>
        <source>Nothing in it could be read: a new, empty history was started.</source>
        <translation>Nada nele pôde ser lido: um novo histórico vazio foi iniciado.</translation>
    </message>
    <message>
        <source>A new history was started and everything still readable was copied into it, unsent replies first:</source>
        <translation>Um novo histórico foi iniciado e tudo o que ainda podia ser lido foi copiado para ele, começando pelas respostas não enviadas:</translation>
    </message>
    <message>
        <source>- unsent replies saved (queued, sending or failed): %1</source>
        <translation>- respostas não enviadas salvas (na fila, enviando ou com falha): %1</translation>
    </message>
    <message>
        <source>  of them without their conversation, so they cannot be sent (listed as failed, with their text): %1</source>
        <translation>  delas sem a sua conversa, por isso não podem ser enviadas (listadas como com falha, com o texto): %1</translation>
    </message>
    <message>
        <source>- accounts: %1</source>
        <translation>- contas: %1</translation>
    </message>
    <message>
        <source>- conversations: %1 (drafts: %2)</source>
        <translation>- conversas: %1 (rascunhos: %2)</translation>
    </message>
    <message>
        <source>- canned replies: %1</source>
        <translation>- respostas prontas: %1</translation>
    </message>
    <message>
        <source>- messages in all: %1</source>
        <translation>- mensagens no total: %1</translation>
    </message>
    <message>
        <source>- AI exchanges: %1</source>
        <translation>- interações com a IA: %1</translation>
    </message>
    <message>
        <source>Every row that was found could be read.</source>
        <translation>Todas as linhas encontradas puderam ser lidas.</translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>Não foi possível ler:</translation>
    </message>
    <message>
        <source>The damaged file is kept, untouched, as %1.</source>
        <translation>O arquivo danificado foi guardado, sem alterações, como %1.</translation>
    </message>
</context>
<context>
    <name>agentdesk::AiAssistant</name>
    <message>
        <source>The visitor has not written anything yet, so there is nothing to suggest a reply to.</source>
        <translation>O visitante ainda não escreveu nada, então não há o que sugerir como resposta.</translation>
    </message>
    <message>
        <source>Type a question for the AI first.</source>
        <translation>Digite primeiro uma pergunta para a IA.</translation>
    </message>
    <message>
        <source>No LiveChatAI account: add one in Accounts to ask the AI.</source>
        <translation>Nenhuma conta do LiveChatAI: adicione uma em Contas para perguntar à IA.</translation>
    </message>
    <message>
        <source>The LiveChatAI account &quot;%1&quot; has no AI agent id: set it in Accounts.</source>
        <translation>A conta do LiveChatAI &quot;%1&quot; não tem ID de agente de IA: defina-o em Contas.</translation>
    </message>
    <message>
        <source>No API key for the LiveChatAI account &quot;%1&quot;: enter it in Accounts.</source>
        <translation>Nenhuma chave de API para a conta do LiveChatAI &quot;%1&quot;: digite-a em Contas.</translation>
    </message>
    <message>
        <source>The desk is offline.</source>
        <translation>O AgentDesk está offline.</translation>
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
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON inválido em %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;replies&quot; (AgentDesk) or &quot;responses&quot; (Rocket.Chat)</source>
        <translation>esperava-se um objeto JSON com &quot;replies&quot; (AgentDesk) ou &quot;responses&quot; (Rocket.Chat)</translation>
    </message>
    <message>
        <source>the Rocket.Chat response says &quot;success&quot;: false</source>
        <translation>a resposta do Rocket.Chat diz &quot;success&quot;: false</translation>
    </message>
    <message>
        <source>&quot;responses&quot; must be an array</source>
        <translation>&quot;responses&quot; deve ser um array</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>resposta %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>esperava-se um objeto</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; deve ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 (the only version this AgentDesk reads)</source>
        <translation>&quot;version&quot; deve ser 1 (a única versão que este AgentDesk lê)</translation>
    </message>
    <message>
        <source>&quot;replies&quot; must be an array</source>
        <translation>&quot;replies&quot; deve ser um array</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>resposta %1</translation>
    </message>
    <message>
        <source>&quot;account&quot; must be an object</source>
        <translation>&quot;account&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>“%1” was for %2 at %3, which this workspace does not have: imported as personal.</source>
        <translation>“%1” era para %2 em %3, que este espaço de trabalho não tem: importado como pessoal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; está faltando</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; deve ser uma string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; deve ser um array de strings</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedLibrary</name>
    <message>
        <source>The history is not open.</source>
        <translation>O histórico não está aberto.</translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <translation>Uma resposta pronta precisa de um título.</translation>
    </message>
    <message>
        <source>The canned reply “%1” has no text.</source>
        <translation>A resposta pronta “%1” não tem texto.</translation>
    </message>
    <message>
        <source>The trigger word “%1” must not contain spaces.</source>
        <translation>A palavra-chave “%1” não pode conter espaços.</translation>
    </message>
    <message>
        <source>“%1” is not a keyboard shortcut (write it like Ctrl+Shift+G).</source>
        <translation>“%1” não é um atalho de teclado (escreva como Ctrl+Shift+G).</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 já é o atalho de “%2”.</translation>
    </message>
    <message>
        <source>There is no account %1 for the canned reply “%2”.</source>
        <translation>Não existe a conta %1 para a resposta pronta “%2”.</translation>
    </message>
    <message>
        <source>The canned reply could not be saved: %1</source>
        <translation>Não foi possível salvar a resposta pronta: %1</translation>
    </message>
    <message>
        <source>There is no canned reply %1.</source>
        <translation>Não existe a resposta pronta %1.</translation>
    </message>
    <message>
        <source>The canned reply could not be deleted: %1</source>
        <translation>Não foi possível excluir a resposta pronta: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>The order could not be saved: %1</source>
        <translation>Não foi possível salvar a ordem: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
    </message>
    <message>
        <source>“%1” keeps no shortcut: %2 belongs to “%3”.</source>
        <translation>“%1” fica sem atalho: %2 pertence a “%3”.</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Iniciais</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <source>hello</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>ola</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, thanks for reaching out! I&apos;m {agent.name} and I&apos;m happy to help. {cursor}</source>
        <translation>Olá, {visitor.name}, obrigado por entrar em contato! Sou {agent.name} e vou ajudar com prazer. {cursor}</translation>
    </message>
    <message>
        <source>Ask for the order number</source>
        <translation>Pedir o número do pedido</translation>
    </message>
    <message>
        <source>order</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>pedido</translation>
    </message>
    <message>
        <source>Could you send me your order number? You&apos;ll find it in the confirmation e-mail we sent you.{cursor}</source>
        <translation>Você poderia me enviar o número do seu pedido? Ele está no e-mail de confirmação que enviamos para você.{cursor}</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <source>bye</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>tchau</translation>
    </message>
    <message>
        <source>Thanks for contacting us, {visitor.name}! If anything else comes up, just write to us here. Have a great day.</source>
        <translation>Obrigado por falar com a gente, {visitor.name}! Se precisar de mais alguma coisa, é só escrever aqui. Tenha um ótimo dia.</translation>
    </message>
    <message>
        <source>Hand over to a colleague</source>
        <translation>Transferir para um colega</translation>
    </message>
    <message>
        <source>handover</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>transferir</translation>
    </message>
    <message>
        <source>I&apos;m handing you over to a colleague who knows this topic best.
---
They&apos;ll be with you in a moment and can already read our conversation, so there is no need to repeat anything.</source>
        <translation>Vou transferir você para um colega que conhece melhor este assunto.
---
Ele vai falar com você em instantes e já pode ler nossa conversa, então não é preciso repetir nada.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedTemplate</name>
    <message>
        <source>the visitor&apos;s name is not known</source>
        <translation>o nome do visitante não é conhecido</translation>
    </message>
    <message>
        <source>the visitor&apos;s e-mail address is not known</source>
        <translation>o e-mail do visitante não é conhecido</translation>
    </message>
    <message>
        <source>your name is not set for this account</source>
        <translation>seu nome não está definido para esta conta</translation>
    </message>
    <message>
        <source>the conversation has no id yet</source>
        <translation>a conversa ainda não tem ID</translation>
    </message>
    <message>
        <source>unknown placeholder</source>
        <translation>marcador desconhecido</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedUse</name>
    <message>
        <source>Open a conversation to use “%1”.</source>
        <translation>Abra uma conversa para usar “%1”.</translation>
    </message>
    <message>
        <source>“%1” belongs to %2, not to this conversation&apos;s account.</source>
        <translation>“%1” pertence a %2, não à conta desta conversa.</translation>
    </message>
    <message>
        <source>another account</source>
        <translation>outra conta</translation>
    </message>
    <message>
        <source>Sent “%1”.</source>
        <translation>“%1” enviado.</translation>
    </message>
    <message>
        <source>“%1” was inserted, not sent: %2.</source>
        <translation>“%1” foi inserido, não enviado: %2.</translation>
    </message>
    <message>
        <source>Check before sending: %1.</source>
        <translation>Verifique antes de enviar: %1.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CredentialStore</name>
    <message>
        <source>Checking for the system keychain…</source>
        <translation>Procurando o chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Tokens are saved in the system keychain.</source>
        <translation>Os tokens são salvos no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>No system keychain: tokens are kept for this session only.</source>
        <translation>Sem chaveiro do sistema: os tokens são mantidos somente nesta sessão.</translation>
    </message>
    <message>
        <source>No system keychain: tokens are saved in %1, readable only by you.</source>
        <translation>Sem chaveiro do sistema: os tokens são salvos em %1, que só você pode ler.</translation>
    </message>
    <message>
        <source>Token saved in %1, readable only by you.</source>
        <translation>Token salvo em %1, que só você pode ler.</translation>
    </message>
    <message>
        <source>Token kept for this session only: %1</source>
        <translation>Token mantido somente nesta sessão: %1</translation>
    </message>
    <message>
        <source>No system keychain: the token is kept for this session only.</source>
        <translation>Sem chaveiro do sistema: o token é mantido somente nesta sessão.</translation>
    </message>
    <message>
        <source>Token saved in the system keychain.</source>
        <translation>Token salvo no chaveiro do sistema.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Desk</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Não é possível criar a pasta de dados %1.</translation>
    </message>
    <message>
        <source>Cannot open the history at %1.</source>
        <translation>Não é possível abrir o histórico em %1.</translation>
    </message>
    <message>
        <source>The demo needs agentdesk-sandbox, which was not found next to AgentDesk or on the PATH.</source>
        <translation>A demonstração precisa do agentdesk-sandbox, que não foi encontrado junto ao AgentDesk nem no PATH.</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>O sandbox de demonstração não foi iniciado: %1</translation>
    </message>
    <message>
        <source>Demo Rocket.Chat</source>
        <translation>Rocket.Chat de demonstração</translation>
    </message>
    <message>
        <source>Demo SocialBoards</source>
        <translation>SocialBoards de demonstração</translation>
    </message>
    <message>
        <source>Demo LiveChatAI</source>
        <translation>LiveChatAI de demonstração</translation>
    </message>
</context>
<context>
    <name>agentdesk::History</name>
    <message>
        <source>No history file was given.</source>
        <translation>Nenhum arquivo de histórico foi informado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>Não é possível criar a pasta %1 para o histórico.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 não é um arquivo.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer AgentDesk (schema version %2; this one knows up to %3). It was left untouched: please update AgentDesk or choose another data folder.</source>
        <translation>O histórico %1 foi gravado por uma versão mais recente do AgentDesk (versão de esquema %2; esta conhece até a %3). Ele não foi alterado: atualize o AgentDesk ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <source>Cannot read the history %1: %2</source>
        <translation>Não é possível ler o histórico %1: %2</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2) and could not be moved aside (%3); it was not opened.</source>
        <translation>O histórico %1 está danificado (%2) e não pôde ser posto de lado (%3); ele não foi aberto.</translation>
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Não é possível abrir o histórico %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the history %1: %2</source>
        <translation>Não é possível configurar o histórico %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the history %1 to write-ahead logging.</source>
        <translation>Não é possível mudar o histórico %1 para o registro antecipado de gravação (WAL).</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer AgentDesk.</source>
        <translation>O histórico %1 foi gravado por uma versão mais recente do AgentDesk.</translation>
    </message>
    <message>
        <source>Cannot prepare the history %1: %2</source>
        <translation>Não é possível preparar o histórico %1: %2</translation>
    </message>
    <message>
        <source>History opened: %1</source>
        <translation>Histórico aberto: %1</translation>
    </message>
    <message>
        <source>The history %1 was damaged (%2). It is kept, untouched, as %3, but copying what is still readable from it failed (%4): AgentDesk tries again at the next start.</source>
        <translation>O histórico %1 estava danificado (%2). Ele foi guardado, sem alterações, como %3, mas a cópia do que ainda pode ser lido falhou (%4): o AgentDesk tentará novamente na próxima inicialização.</translation>
    </message>
    <message>
        <source>The workspace folder is read-only: %1</source>
        <translation>A pasta do espaço de trabalho é somente leitura: %1</translation>
    </message>
    <message>
        <source>The disk is full: there is no room left for the history %1. Free some space and try again.</source>
        <translation>O disco está cheio: não há mais espaço para o histórico %1. Libere algum espaço e tente novamente.</translation>
    </message>
    <message>
        <source>There is no history in the workspace folder %1.</source>
        <translation>Não há histórico na pasta do espaço de trabalho %1.</translation>
    </message>
    <message>
        <source>The history file is read-only: %1</source>
        <translation>O arquivo de histórico é somente leitura: %1</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2); it can be salvaged only where it can be written.</source>
        <translation>O histórico %1 está danificado (%2); ele só pode ser recuperado onde puder ser gravado.</translation>
    </message>
    <message>
        <source>The history %1 needs an update to this AgentDesk, which it can take only where it can be written.</source>
        <translation>O histórico %1 precisa de uma atualização para esta versão do AgentDesk, que só pode receber onde puder ser gravado.</translation>
    </message>
</context>
<context>
    <name>agentdesk::InboxSync</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversa %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::Outbox</name>
    <message>
        <source>This LiveChatAI conversation has no id, so it cannot be answered.</source>
        <translation>Esta conversa do LiveChatAI não tem ID, então não pode ser respondida.</translation>
    </message>
    <message>
        <source>No LiveChatAI API key is stored for &quot;%1&quot;; add it in the account settings.</source>
        <translation>Nenhuma chave de API do LiveChatAI está salva para &quot;%1&quot;; adicione-a nas configurações da conta.</translation>
    </message>
    <message>
        <source>This Rocket.Chat conversation has no room id or visitor token, so it cannot be answered.</source>
        <translation>Esta conversa do Rocket.Chat não tem ID de sala nem token de visitante, então não pode ser respondida.</translation>
    </message>
    <message>
        <source>This SocialBoards conversation has no valid id (&quot;%1&quot;).</source>
        <translation>Esta conversa do SocialBoards não tem um ID válido (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>No SocialBoards access token is stored for &quot;%1&quot;; sign in again.</source>
        <translation>Nenhum token de acesso do SocialBoards está salvo para &quot;%1&quot;; entre novamente.</translation>
    </message>
    <message>
        <source>The SocialBoards account &quot;%1&quot; has no author id or email to reply as.</source>
        <translation>A conta do SocialBoards &quot;%1&quot; não tem ID nem e-mail de autor para responder.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>O histórico não está aberto.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Não há nada para enviar.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Uma mensagem vazia não pode ser enviada.</translation>
    </message>
    <message>
        <source>The conversation does not exist (id %1).</source>
        <translation>A conversa não existe (ID %1).</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Não foi possível salvar a mensagem: %1</translation>
    </message>
    <message>
        <source>Only a queued or failed message can be edited.</source>
        <translation>Somente uma mensagem na fila ou com falha pode ser editada.</translation>
    </message>
    <message>
        <source>This message may already have reached the visitor; it can be discarded but not edited.</source>
        <translation>Esta mensagem pode já ter chegado ao visitante; ela pode ser descartada, mas não editada.</translation>
    </message>
    <message>
        <source>Only a queued or failed message can be discarded.</source>
        <translation>Somente uma mensagem na fila ou com falha pode ser descartada.</translation>
    </message>
    <message>
        <source>This message is being sent right now.</source>
        <translation>Esta mensagem está sendo enviada agora.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>A conversa não existe mais.</translation>
    </message>
    <message>
        <source>The account of this conversation no longer exists.</source>
        <translation>A conta desta conversa não existe mais.</translation>
    </message>
    <message>
        <source>Sending to %1 is not supported by this version.</source>
        <translation>Esta versão não oferece suporte ao envio para %1.</translation>
    </message>
    <message>
        <source>The history could not be written: %1</source>
        <translation>Não foi possível gravar o histórico: %1</translation>
    </message>
    <message>
        <source>The server did not confirm every message; they will be checked and sent again.</source>
        <translation>O servidor não confirmou todas as mensagens; elas serão verificadas e enviadas novamente.</translation>
    </message>
    <message>
        <source>Not signed in to Rocket.Chat for &quot;%1&quot;: no access token is stored. Sign in (Accounts) so that replies are sent as you.</source>
        <translation>Sem sessão iniciada no Rocket.Chat para &quot;%1&quot;: nenhum token de acesso está salvo. Entre (em Contas) para que as respostas sejam enviadas em seu nome.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Replies</name>
    <message>
        <source>This conversation is closed, so a reply can no longer reach the visitor. It opens again here when the server reopens it.</source>
        <translation>Esta conversa está encerrada, então uma resposta não chega mais ao visitante. Ela volta a ser aberta aqui quando o servidor a reabrir.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Não há nada para enviar.</translation>
    </message>
    <message>
        <source>The reply could not be saved: %1</source>
        <translation>Não foi possível salvar a resposta: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::RocketChatRealtime</name>
    <message>
        <source>the realtime connection went silent</source>
        <translation>a conexão em tempo real ficou em silêncio</translation>
    </message>
    <message>
        <source>the realtime connection did not come up in time</source>
        <translation>a conexão em tempo real não foi estabelecida a tempo</translation>
    </message>
    <message>
        <source>refusing an unencrypted realtime connection to %1</source>
        <translation>recusando uma conexão em tempo real sem criptografia com %1</translation>
    </message>
    <message>
        <source>not signed in: no user id or auth token for the realtime connection</source>
        <translation>sessão não iniciada: nenhum ID de usuário ou token de autenticação para a conexão em tempo real</translation>
    </message>
    <message>
        <source>the server does not speak DDP version 1</source>
        <translation>o servidor não suporta a versão 1 do DDP</translation>
    </message>
    <message>
        <source>the server refused the sign-in: %1</source>
        <translation>o servidor recusou o login: %1</translation>
    </message>
    <message>
        <source>the server refused a subscription: %1</source>
        <translation>o servidor recusou uma assinatura: %1</translation>
    </message>
    <message>
        <source>the server reported a protocol error: %1</source>
        <translation>o servidor informou um erro de protocolo: %1</translation>
    </message>
    <message>
        <source>the server closed the realtime connection</source>
        <translation>o servidor encerrou a conexão em tempo real</translation>
    </message>
    <message>
        <source>the server does not read what the desk sends (%1 KiB waiting); following by polling instead</source>
        <translation>o servidor não lê o que o desk envia (%1 KiB aguardando); consultando periodicamente em vez disso</translation>
    </message>
    <message>
        <source>the server sent more than %1 messages in a second; following by polling instead</source>
        <translation>o servidor enviou mais de %1 mensagens em um segundo; consultando periodicamente em vez disso</translation>
    </message>
    <message>
        <source>the server sent more than %1 MiB in a second; following by polling instead</source>
        <translation>o servidor enviou mais de %1 MiB em um segundo; consultando periodicamente em vez disso</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
</context>
<context>
    <name>agentdesk::SandboxProcess</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>não é possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>the sandbox did not report its address within %1 ms</source>
        <translation>o sandbox não informou seu endereço em %1 ms</translation>
    </message>
    <message>
        <source>cannot find %1 (set AGENTDESK_SANDBOX to its path)</source>
        <translation>não foi possível encontrar %1 (defina AGENTDESK_SANDBOX com o caminho dele)</translation>
    </message>
    <message>
        <source>the sandbox printed no address line</source>
        <translation>o sandbox não exibiu nenhuma linha de endereço</translation>
    </message>
    <message>
        <source>the sandbox announced an unexpected address: %1</source>
        <translation>o sandbox anunciou um endereço inesperado: %1</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1 before it was ready</source>
        <translation>o sandbox terminou com o código %1 antes de ficar pronto</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1</source>
        <translation>o sandbox terminou com o código %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::SyncRound</name>
    <message>
        <source>no API key is saved for this account</source>
        <translation>nenhuma chave de API está salva para esta conta</translation>
    </message>
    <message>
        <source>Visitor %1</source>
        <translation>Visitante %1</translation>
    </message>
    <message>
        <source>no token is saved for this account</source>
        <translation>nenhum token está salvo para esta conta</translation>
    </message>
    <message>
        <source>no access token is saved for this account</source>
        <translation>nenhum token de acesso está salvo para esta conta</translation>
    </message>
</context>
<context>
    <name>agentdesk::Transport</name>
    <message>
        <source>%1 redirected it to another server, %2; AgentDesk does not send passwords, tokens or messages there. Check the server address in the account settings.</source>
        <translation>%1 redirecionou a solicitação para outro servidor, %2; o AgentDesk não envia senhas, tokens nem mensagens para lá. Verifique o endereço do servidor nas configurações da conta.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AboutDialog</name>
    <message>
        <source>About AgentDesk</source>
        <translation>Sobre o AgentDesk</translation>
    </message>
    <message>
        <source>AgentDesk %1</source>
        <translation>AgentDesk %1</translation>
    </message>
    <message>
        <source>A fast, keyboard-first desk for support agents: Rocket.Chat, SocialBoards and LiveChatAI in one window.</source>
        <translation>Uma central rápida, pensada para o teclado, para agentes de suporte: Rocket.Chat, SocialBoards e LiveChatAI em uma só janela.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado com Qt %1, em execução com Qt %2.</translation>
    </message>
    <message>
        <source>Released under the &lt;a href=&quot;%1&quot;&gt;MIT License&lt;/a&gt;. Copyright © 2026 The AgentDesk developers.</source>
        <translation>Distribuído sob a &lt;a href=&quot;%1&quot;&gt;Licença MIT&lt;/a&gt;. Copyright © 2026 Os desenvolvedores do AgentDesk.</translation>
    </message>
    <message>
        <source>Homepage: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Site: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AccountEditor</name>
    <message>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <source>Acme support</source>
        <translation>Suporte Acme</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de usuário</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>AI agent id</source>
        <translation>ID do agente de IA</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Nome de usuário e senha</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acesso pessoal</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Entrar com</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Salvar conta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Serviço:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Ent&amp;rar com:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>ID de &amp;usuário:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>No&amp;me de usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>AI a&amp;gent id:</source>
        <translation>ID do a&amp;gente de IA:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>(saved; type to replace)</source>
        <translation>(salvo; digite para substituir)</translation>
    </message>
    <message>
        <source>(signed in; type to sign in again)</source>
        <translation>(sessão iniciada; digite para entrar novamente)</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar conta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Rocket.Chat refused the sign-in: check the username and password, or the user id and token. (%1)</source>
        <translation>O Rocket.Chat recusou o login: verifique o nome de usuário e a senha, ou o ID de usuário e o token. (%1)</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Não foi possível entrar: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sessão iniciada como %1.</translation>
    </message>
    <message>
        <source>Author &amp;id:</source>
        <translation>&amp;ID do autor:</translation>
    </message>
    <message>
        <source>&amp;User id (X-User-Id):</source>
        <translation>ID de &amp;usuário (X-User-Id):</translation>
    </message>
    <message>
        <source>Author id</source>
        <translation>ID do autor</translation>
    </message>
    <message>
        <source>Author na&amp;me:</source>
        <translation>No&amp;me do autor:</translation>
    </message>
    <message>
        <source>User na&amp;me or email:</source>
        <translation>No&amp;me de usuário ou e-mail:</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nome do autor</translation>
    </message>
    <message>
        <source>Author &amp;email:</source>
        <translation>&amp;E-mail do autor:</translation>
    </message>
    <message>
        <source>Personal access to&amp;ken:</source>
        <translation>To&amp;ken de acesso pessoal:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>To&amp;ken de acesso:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Enter the server address, like %1.</source>
        <translation>Digite o endereço do servidor, por exemplo %1.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat username (or email) and password.</source>
        <translation>Digite seu nome de usuário (ou e-mail) e sua senha do Rocket.Chat.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat password.</source>
        <translation>Digite sua senha do Rocket.Chat.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat user id (shown with your personal access token).</source>
        <translation>Digite seu ID de usuário do Rocket.Chat (exibido junto com seu token de acesso pessoal).</translation>
    </message>
    <message>
        <source>Enter the author id or email that your SocialBoards replies are sent as.</source>
        <translation>Digite o ID ou o e-mail do autor com o qual suas respostas do SocialBoards são enviadas.</translation>
    </message>
    <message>
        <source>Enter the id of the LiveChatAI agent to ask.</source>
        <translation>Digite o ID do agente do LiveChatAI a ser consultado.</translation>
    </message>
    <message>
        <source>Enter the token (or API key).</source>
        <translation>Digite o token (ou a chave de API).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AccountsDialog</name>
    <message>
        <source>Save tokens in a &amp;private file readable only by you</source>
        <translation>Salvar os tokens em um arquivo &amp;privado que só você pode ler</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation>Onde os tokens são guardados</translation>
    </message>
    <message>
        <source>Save tokens in a private file</source>
        <translation>Salvar os tokens em um arquivo privado</translation>
    </message>
    <message>
        <source>Without a system keychain, tokens are forgotten when the desk closes. With this, they are written to a file only your user can read.</source>
        <translation>Sem um chaveiro do sistema, os tokens são esquecidos quando o AgentDesk é fechado. Com esta opção, eles são gravados em um arquivo que só o seu usuário pode ler.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar conta</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Status das contas</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source> (no token)</source>
        <translation> (sem token)</translation>
    </message>
    <message>
        <source>Tokens cannot be saved.</source>
        <translation>Não é possível salvar os tokens.</translation>
    </message>
    <message>
        <source>Could not save the account: %1</source>
        <translation>Não foi possível salvar a conta: %1</translation>
    </message>
    <message>
        <source>Could not add the account: %1</source>
        <translation>Não foi possível adicionar a conta: %1</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and its conversations from this computer? Its token is deleted too.</source>
        <translation>Remover &quot;%1&quot; e suas conversas deste computador? O token dela também será excluído.</translation>
    </message>
    <message>
        <source>Confirm removal</source>
        <translation>Confirmar remoção</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>Keep account</source>
        <translation>Manter conta</translation>
    </message>
    <message>
        <source>Could not remove the account: %1</source>
        <translation>Não foi possível remover a conta: %1</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Conta removida.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AiPanel</name>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Perguntar</translation>
    </message>
    <message>
        <source>&amp;Suggest a reply</source>
        <translation>&amp;Sugerir uma resposta</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Inserir na resposta</translation>
    </message>
    <message>
        <source>AI assistant</source>
        <translation>Assistente de IA</translation>
    </message>
    <message>
        <source>AI assistant (LiveChatAI)</source>
        <translation>Assistente de IA (LiveChatAI)</translation>
    </message>
    <message>
        <source>Ask the AI…</source>
        <translation>Pergunte à IA…</translation>
    </message>
    <message>
        <source>Question for the AI</source>
        <translation>Pergunta para a IA</translation>
    </message>
    <message>
        <source>Ask the AI</source>
        <translation>Perguntar à IA</translation>
    </message>
    <message>
        <source>Suggest a reply to the visitor&apos;s last message</source>
        <translation>Sugerir uma resposta à última mensagem do visitante</translation>
    </message>
    <message>
        <source>Ask the AI how to answer the visitor&apos;s last message</source>
        <translation>Perguntar à IA como responder à última mensagem do visitante</translation>
    </message>
    <message>
        <source>AI questions in this conversation</source>
        <translation>Perguntas à IA nesta conversa</translation>
    </message>
    <message>
        <source>AI answer</source>
        <translation>Resposta da IA</translation>
    </message>
    <message>
        <source>The AI&apos;s answer appears here.</source>
        <translation>A resposta da IA aparece aqui.</translation>
    </message>
    <message>
        <source>Sources of the AI answer</source>
        <translation>Fontes da resposta da IA</translation>
    </message>
    <message>
        <source>Insert the AI answer into the reply</source>
        <translation>Inserir a resposta da IA na sua resposta</translation>
    </message>
    <message>
        <source>AI status</source>
        <translation>Status da IA</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <source>Not opened: %1 (only http and https links open).</source>
        <translation>Não aberto: %1 (somente links http e https são abertos).</translation>
    </message>
    <message>
        <source>No LiveChatAI account: add one in Accounts to ask the AI.</source>
        <translation>Nenhuma conta do LiveChatAI: adicione uma em Contas para perguntar à IA.</translation>
    </message>
    <message>
        <source>Waiting for the AI…</source>
        <translation>Aguardando a IA…</translation>
    </message>
    <message>
        <source>Asking the AI for a reply to the visitor&apos;s last message…</source>
        <translation>Pedindo à IA uma resposta para a última mensagem do visitante…</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation>%1 aberto no navegador.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Não foi possível abrir %1.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedCompleter</name>
    <message>
        <source>Canned replies</source>
        <translation>Respostas prontas</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedController</name>
    <message>
        <source>another window shortcut</source>
        <translation>outro atalho da janela</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <source>Move by word</source>
        <translation>Mover por palavra</translation>
    </message>
    <message>
        <source>Delete word</source>
        <translation>Excluir palavra</translation>
    </message>
    <message>
        <source>Typing in the reply</source>
        <translation>Digitação na resposta</translation>
    </message>
    <message>
        <source>“%1” has a shortcut the keyboard cannot type (%2)</source>
        <translation>“%1” tem um atalho que o teclado não consegue digitar (%2)</translation>
    </message>
    <message>
        <source>%1 of “%2” is the desk&apos;s %3</source>
        <translation>%1 de “%2” já é “%3” no AgentDesk</translation>
    </message>
    <message>
        <source>Canned reply “%1”</source>
        <translation>Resposta pronta “%1”</translation>
    </message>
    <message>
        <source>Some canned reply shortcuts are off: %1. Change them in Canned Replies.</source>
        <translation>Alguns atalhos de respostas prontas estão desativados: %1. Altere-os em Respostas prontas.</translation>
    </message>
    <message>
        <source>Open a conversation to insert a canned reply.</source>
        <translation>Abra uma conversa para inserir uma resposta pronta.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedDelegate</name>
    <message>
        <source>next message</source>
        <translation>próxima mensagem</translation>
    </message>
    <message>
        <source>Left as written: %1</source>
        <translation>Mantido como escrito: %1</translation>
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
        <translation>você</translation>
    </message>
    <message>
        <source>Its shortcut &amp;sends at once (no chance to edit)</source>
        <translation>O atalho envia na &amp;hora (sem chance de editar)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nova</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>S&amp;ync from Server</source>
        <translation>Sincronizar do ser&amp;vidor</translation>
    </message>
    <message>
        <source>Canned Replies</source>
        <translation>Respostas prontas</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Respostas prontas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Trigger word</source>
        <translation>Palavra-chave</translation>
    </message>
    <message>
        <source>one word, typed after /</source>
        <translation>uma palavra, digitada após /</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Available for</source>
        <translation>Disponível para</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Atalho de teclado</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the shortcut</source>
        <translation>Limpar o atalho</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto da resposta</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, … — a line with --- starts the next message</source>
        <translation>Olá, {visitor.name}… — uma linha com --- inicia a próxima mensagem</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;rigger word:</source>
        <translation>&amp;Palavra-chave:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Pa&amp;sta:</translation>
    </message>
    <message>
        <source>&amp;Available for:</source>
        <translation>&amp;Disponível para:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>At&amp;alho:</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Pré-visualização com valores de exemplo:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Needs a Rocket.Chat account.</source>
        <translation>Requer uma conta do Rocket.Chat.</translation>
    </message>
    <message>
        <source>Every account (personal)</source>
        <translation>Todas as contas (pessoal)</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Somente %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>%1 would replace typing: use Ctrl, Alt or an F key.</source>
        <translation>%1 substituiria a digitação: use Ctrl, Alt ou uma tecla F.</translation>
    </message>
    <message>
        <source>%1 is already used by the desk for “%2”.</source>
        <translation>%1 já é usado pelo AgentDesk para “%2”.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of the canned reply “%2”.</source>
        <translation>%1 já é o atalho da resposta pronta “%2”.</translation>
    </message>
    <message>
        <source>“%1” has no shortcut now.</source>
        <translation>“%1” agora não tem atalho.</translation>
    </message>
    <message>
        <source>%1 now inserts “%2”.</source>
        <translation>%1 agora insere “%2”.</translation>
    </message>
    <message>
        <source>No canned replies yet. Press New to write one.</source>
        <translation>Nenhuma resposta pronta ainda. Clique em Nova para escrever uma.</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Nova resposta</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, {cursor}</source>
        <translation>Olá, {visitor.name}! {cursor}</translation>
    </message>
    <message>
        <source>Delete Canned Reply</source>
        <translation>Excluir resposta pronta</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation>Excluir “%1” definitivamente?</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” foi excluído.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Nada foi importado: não é possível ler %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nada foi importado de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new reply(s)</source>
        <translation>
            <numerusform>%n nova resposta importada</numerusform>
            <numerusform>%n novas respostas importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, updated %n.</source>
        <translation>
            <numerusform>, %n atualizada.</numerusform>
            <numerusform>, %n atualizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1 cannot be written (%2).</source>
        <translation>Não exportado: não é possível gravar %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reply(s) to %1.</source>
        <translation>
            <numerusform>%n resposta exportada para %1.</numerusform>
            <numerusform>%n respostas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Canned Replies</source>
        <translation>Importar respostas prontas</translation>
    </message>
    <message>
        <source>Canned replies (*.json);;All files (*)</source>
        <translation>Respostas prontas (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export Canned Replies</source>
        <translation>Exportar respostas prontas</translation>
    </message>
    <message>
        <source>Canned replies (*.json)</source>
        <translation>Respostas prontas (*.json)</translation>
    </message>
    <message>
        <source>Reading the canned responses of %1…</source>
        <translation>Lendo as respostas prontas de %1…</translation>
    </message>
    <message>
        <source>Nothing changed: %1 did not give its canned responses: %2</source>
        <translation>Nada mudou: %1 não forneceu suas respostas prontas: %2</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n new</source>
        <translation>
            <numerusform>De %1: %n nova</numerusform>
            <numerusform>De %1: %n novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated.</source>
        <translation>
            <numerusform>, %n atualizada.</numerusform>
            <numerusform>, %n atualizadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedPalette</name>
    <message>
        <source>Insert Canned Reply</source>
        <translation>Inserir resposta pronta</translation>
    </message>
    <message>
        <source>Filter by title or trigger word…</source>
        <translation>Filtrar por título ou palavra-chave…</translation>
    </message>
    <message>
        <source>Filter canned replies</source>
        <translation>Filtrar respostas prontas</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Respostas prontas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Enter inserts · Ctrl+Enter sends now · Esc closes</source>
        <translation>Enter insere · Ctrl+Enter envia agora · Esc fecha</translation>
    </message>
    <message>
        <source>No canned replies yet: add some in Canned Replies…</source>
        <translation>Nenhuma resposta pronta ainda: adicione algumas em Respostas prontas…</translation>
    </message>
    <message>
        <source>No canned reply matches “%1”.</source>
        <translation>Nenhuma resposta pronta corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Its shortcut sends it at once.</source>
        <translation>O atalho a envia na hora.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Composer</name>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter new line, / canned replies)</source>
        <translation>Escreva uma resposta… (Enter envia, Shift+Enter nova linha, / respostas prontas)</translation>
    </message>
    <message>
        <source>Write a reply… (Shift+Enter sends, Enter new line, / canned replies)</source>
        <translation>Escreva uma resposta… (Shift+Enter envia, Enter nova linha, / respostas prontas)</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationDelegate</name>
    <message>
        <source>Reply not sent</source>
        <translation>Resposta não enviada</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Nenhuma mensagem ainda</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationListModel</name>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 no %2</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln unread</source>
        <translation>
            <numerusform>, %Ln não lida</numerusform>
            <numerusform>, %Ln não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>, a reply failed to send</source>
        <translation>, uma resposta não pôde ser enviada</translation>
    </message>
    <message>
        <source>, closed</source>
        <translation>, encerrada</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationListPane</name>
    <message>
        <source>Filter conversations</source>
        <translation>Filtrar conversas</translation>
    </message>
    <message>
        <source>Shows only visitors whose name or last message contains this text</source>
        <translation>Mostra apenas os visitantes cujo nome ou última mensagem contém este texto</translation>
    </message>
    <message>
        <source>Backend filter</source>
        <translation>Filtro de serviço</translation>
    </message>
    <message>
        <source>All backends</source>
        <translation>Todos os serviços</translation>
    </message>
    <message>
        <source>Open or closed filter</source>
        <translation>Filtro abertas ou encerradas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerradas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationPane</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or press Ctrl+K to find one.</source>
        <translation>Escolha uma conversa à esquerda ou pressione Ctrl+K para encontrar uma.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Detalhes da conversa</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar resposta</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>Enviar a resposta (Enter)</translation>
    </message>
    <message>
        <source>Why no reply can be written</source>
        <translation>Por que não é possível escrever uma resposta</translation>
    </message>
    <message>
        <source>Not sent: the reply still holds %1. Replace it, or send again to send it as it is.</source>
        <translation>Não enviado: a resposta ainda contém %1. Substitua-o ou envie novamente para enviá-la como está.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Tentando novamente…</translation>
    </message>
    <message>
        <source>Not opened: %1 (only web links open)</source>
        <translation>Não aberto: %1 (somente links da web são abertos)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Nenhuma conversa</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <source>Edit Reply</source>
        <translation>Editar resposta</translation>
    </message>
    <message>
        <source>The reply is sent again with this text:</source>
        <translation>A resposta será enviada novamente com este texto:</translation>
    </message>
    <message>
        <source>The reply could not be changed: %1</source>
        <translation>Não foi possível alterar a resposta: %1</translation>
    </message>
    <message>
        <source>Discard Reply</source>
        <translation>Descartar resposta</translation>
    </message>
    <message>
        <source>Discard this reply for good? The visitor has not received it.

%1</source>
        <translation>Descartar esta resposta definitivamente? O visitante não a recebeu.

%1</translation>
    </message>
    <message>
        <source>The reply could not be discarded: %1</source>
        <translation>Não foi possível descartar a resposta: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::HistoryNotice</name>
    <message>
        <source>Details...</source>
        <translation>Detalhes...</translation>
    </message>
    <message>
        <source>History notice</source>
        <translation>Aviso do histórico</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>The history file is damaged (%1). Quit and start AgentDesk again soon: it then keeps the damaged file aside and copies everything still readable into a new one, unsent replies first.</source>
        <translation>O arquivo de histórico está danificado (%1). Saia e inicie o AgentDesk novamente em breve: ele então deixará o arquivo danificado de lado e copiará tudo o que ainda puder ser lido para um novo, começando pelas respostas não enviadas.</translation>
    </message>
    <message>
        <source>History salvaged</source>
        <translation>Histórico recuperado</translation>
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
        <translation>Colega de IA</translation>
    </message>
    <message>
        <source>AI colleague panel</source>
        <translation>Painel do colega de IA</translation>
    </message>
    <message>
        <source>%1 — AgentDesk</source>
        <translation>%1 — AgentDesk</translation>
    </message>
    <message>
        <source>That conversation is no longer in the list.</source>
        <translation>Essa conversa não está mais na lista.</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>Essa mensagem não está mais no histórico.</translation>
    </message>
    <message>
        <source>A visitor</source>
        <translation>Um visitante</translation>
    </message>
    <message>
        <source>%1 (%2): connected</source>
        <translation>%1 (%2): conectado</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Contas…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfigurações…</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>&amp;Localizar na conversa…</translation>
    </message>
    <message>
        <source>Find &amp;Everywhere…</source>
        <translation>Localizar em &amp;tudo…</translation>
    </message>
    <message>
        <source>F&amp;ilter Conversations</source>
        <translation>&amp;Filtrar conversas</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Conversa &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>&amp;Próxima conversa</translation>
    </message>
    <message>
        <source>Next &amp;Unread Conversation</source>
        <translation>Próxima conversa &amp;não lida</translation>
    </message>
    <message>
        <source>No unread conversations.</source>
        <translation>Nenhuma conversa não lida.</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Ir para uma conversa…</translation>
    </message>
    <message>
        <source>Focus Conversation &amp;List</source>
        <translation>Focar a &amp;lista de conversas</translation>
    </message>
    <message>
        <source>Focus &amp;Messages</source>
        <translation>Focar as &amp;mensagens</translation>
    </message>
    <message>
        <source>Focus &amp;Reply</source>
        <translation>Focar a &amp;resposta</translation>
    </message>
    <message>
        <source>&amp;Send Reply</source>
        <translation>&amp;Enviar resposta</translation>
    </message>
    <message>
        <source>Insert &amp;Canned Reply…</source>
        <translation>Inserir resposta &amp;pronta…</translation>
    </message>
    <message>
        <source>Ca&amp;nned Replies…</source>
        <translation>Respostas pro&amp;ntas…</translation>
    </message>
    <message>
        <source>&amp;AI Colleague</source>
        <translation>&amp;Colega de IA</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Sobre o AgentDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensagem</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Respostas prontas</translation>
    </message>
    <message>
        <source>&amp;Copy Message Text</source>
        <translation>&amp;Copiar texto da mensagem</translation>
    </message>
    <message>
        <source>&amp;Retry Sending</source>
        <translation>&amp;Tentar enviar novamente</translation>
    </message>
    <message>
        <source>&amp;Edit Failed Reply…</source>
        <translation>E&amp;ditar resposta com falha…</translation>
    </message>
    <message>
        <source>&amp;Discard Failed Reply…</source>
        <translation>Desc&amp;artar resposta com falha…</translation>
    </message>
    <message>
        <source>Another AgentDesk (%1) is open on this workspace and sends its replies; yours are kept and sent by it. This window takes over when it closes.</source>
        <translation>Outro AgentDesk (%1) está aberto neste espaço de trabalho e envia suas respostas; as suas são guardadas e enviadas por ele. Esta janela assume quando ele for fechado.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageDelegate</name>
    <message>
        <source>Sending… next try at %1</source>
        <translation>Enviando… próxima tentativa às %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado às %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageModel</name>
    <message>
        <source>Chat started at %1</source>
        <translation>Conversa iniciada em %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
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
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>The conversation, oldest at the top. Arrow keys select a message; the context menu key shows its actions.</source>
        <translation>A conversa, com as mensagens mais antigas no topo. As setas selecionam uma mensagem; a tecla de menu de contexto mostra suas ações.</translation>
    </message>
    <message>
        <source>%1 (AgentDesk does not open this kind of link)</source>
        <translation>%1 (o AgentDesk não abre este tipo de link)</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::QuickSwitcher</name>
    <message>
        <source>Go to conversation</source>
        <translation>Ir para uma conversa</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Troca rápida</translation>
    </message>
    <message>
        <source>Type part of a visitor&apos;s name…</source>
        <translation>Digite parte do nome de um visitante…</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>Filtro de conversas</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversas correspondentes</translation>
    </message>
    <message>
        <source>Quick switcher status</source>
        <translation>Status da troca rápida</translation>
    </message>
    <message>
        <source>Unknown visitor</source>
        <translation>Visitante desconhecido</translation>
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
            <numerusform> · %Ln não lida</numerusform>
            <numerusform> · %Ln não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Nenhuma conversa ainda.</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Nenhuma conversa corresponde.</translation>
    </message>
    <message>
        <source>Enter opens the selected conversation; Escape closes.</source>
        <translation>Enter abre a conversa selecionada; Esc fecha.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Screenshot</name>
    <message>
        <source>Cannot write the screenshot to %1: %2</source>
        <translation>Não é possível gravar a captura de tela em %1: %2</translation>
    </message>
    <message>
        <source>nothing was rendered</source>
        <translation>nada foi renderizado</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SearchDialog</name>
    <message>
        <source>Only in this &amp;conversation</source>
        <translation>Somente nesta &amp;conversa</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Pesquisar no histórico</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Pesquisar mensagens…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto da pesquisa</translation>
    </message>
    <message>
        <source>Search only in this conversation</source>
        <translation>Pesquisar somente nesta conversa</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status da pesquisa</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Pesquisar nesta conversa</translation>
    </message>
    <message>
        <source>Search all history</source>
        <translation>Pesquisar em todo o histórico</translation>
    </message>
    <message>
        <source>Type to search this conversation.</source>
        <translation>Digite para pesquisar nesta conversa.</translation>
    </message>
    <message>
        <source>Type to search all conversations.</source>
        <translation>Digite para pesquisar em todas as conversas.</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Nenhuma mensagem corresponde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) match. Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln mensagem corresponde. Enter abre a selecionada.</numerusform>
            <numerusform>%Ln mensagens correspondem. Enter abre a selecionada.</numerusform>
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
        <translation>&amp;Enter envia a resposta (Shift+Enter inicia uma nova linha)</translation>
    </message>
    <message>
        <source>&amp;Notify me of new visitor messages</source>
        <translation>&amp;Notificar-me sobre novas mensagens de visitantes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Enter sends the reply</source>
        <translation>Enter envia a resposta</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends the reply.</source>
        <translation>Quando desativado, Enter inicia uma nova linha e Ctrl+Enter envia a resposta.</translation>
    </message>
    <message>
        <source>Notify of new visitor messages</source>
        <translation>Notificar sobre novas mensagens de visitantes</translation>
    </message>
    <message>
        <source>A notification and a taskbar flag when a visitor writes while the desk is in the background.</source>
        <translation>Uma notificação e um alerta na barra de tarefas quando um visitante escreve enquanto o AgentDesk está em segundo plano.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the desk, its dates and its numbers.</source>
        <translation>O idioma do AgentDesk, de suas datas e de seus números.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Um novo idioma entra em vigor após reiniciar.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Salvar configurações</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
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
        <translation>Uma central rápida, pensada para o teclado, para agentes de suporte.</translation>
    </message>
    <message>
        <source>Keep the history and settings in DIR.</source>
        <translation>Manter o histórico e as configurações em DIR.</translation>
    </message>
    <message>
        <source>Run on the loopback sandbox with demo accounts.</source>
        <translation>Executar no sandbox local com contas de demonstração.</translation>
    </message>
    <message>
        <source>Render the window to FILE.png after it painted, exit.</source>
        <translation>Salvar a janela em FILE.png depois de desenhada e sair.</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
</context>
</TS>
