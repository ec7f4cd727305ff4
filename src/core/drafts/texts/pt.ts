import type { LetterTexts } from './letterTexts';

/** Portuguese letters (Brazilian conventions and formats, pt-BR). */
export const PT: LetterTexts = {
  locale: 'pt-BR',
  lowercaseAfterGreeting: false,
  listSeparator: ', ',
  days: { one: '{n} dia', other: '{n} dias' },
  times: { one: 'uma vez', other: '{n} vezes' },
  subject: {
    none: 'Extrato de conta: {invoices}',
    upcoming: 'Pagamento a vencer: {invoices}',
    due: 'Lembrete de pagamento: {invoices}',
    'follow-up': 'Pagamento em atraso: {invoices}',
    escalation: 'Pagamento em atraso, aguardamos retorno: {invoices}',
    stakes: 'Urgente, conta em atraso: {invoices}',
    final: 'Último aviso: {invoices}',
  },
  subjectMore: '{invoices} e mais {count}',
  paymentSubject: 'Dados para pagamento: {invoices}',
  greeting: {
    contact: 'Prezado(a) {name},',
    company: 'Prezada equipe de contas a pagar da {name},',
  },
  opening: {
    upcoming:
      'Espero que esteja tudo bem. Antes da data de vencimento, envio esta breve mensagem sobre as faturas abaixo, para que tudo esteja pronto do seu lado para o pagamento.',
    byTone: {
      warm: {
        first:
          'Espero que esteja tudo bem. Este é um lembrete amigável de que chegou a data de pagamento das faturas abaixo.',
        again:
          'Espero que esteja tudo bem. Dando continuidade à minha mensagem de {firstReminder}, este é um lembrete amigável de que chegou a data de pagamento das faturas abaixo.',
      },
      neutral: {
        first:
          'De acordo com os nossos registros, as faturas abaixo estão vencidas e continuam em aberto.',
        again:
          'Chamamos novamente a sua atenção para as faturas a seguir, sobre as quais escrevemos pela primeira vez em {firstReminder}. De acordo com os nossos registros, continuam em aberto.',
      },
      firm: {
        first:
          'As faturas abaixo estão vencidas, e não recebemos nem o pagamento nem qualquer retorno a respeito.',
        again:
          'Chamamos novamente a sua atenção para as faturas a seguir. Apesar dos nossos lembretes desde {firstReminder}, o saldo continua em aberto.',
      },
      urgent: {
        first:
          'As faturas abaixo estão com atraso significativo, e o assunto exige a sua atenção imediata.',
        again:
          'Desde {firstReminder}, escrevemos {reminders} sobre as faturas abaixo, e o saldo continua em aberto. O assunto agora exige a sua atenção imediata.',
      },
      formal: {
        first:
          'Esta carta é o nosso último aviso referente às faturas abaixo, que permanecem em aberto muito além do vencimento.',
        again:
          'Esta carta é o nosso último aviso referente às faturas abaixo. Desde {firstReminder}, escrevemos {reminders}, e o saldo continua em aberto.',
      },
    },
    reason: {
      none: '',
      'not-received': 'Agradecemos por nos informar que as nossas faturas não chegaram até você.',
      approval: 'Agradecemos por nos informar que as faturas estão em processo de aprovação.',
      'cash-flow':
        'Agradecemos a franqueza ao nos explicar a situação atual do seu fluxo de caixa.',
      dispute: 'Agradecemos a sua mensagem sobre o problema encontrado na nossa entrega.',
      'payment-sent': 'Agradecemos por nos informar que o pagamento foi enviado.',
      promise: 'Agradecemos a sua mensagem e por nos informar quando o pagamento será feito.',
      'out-of-office':
        'Seja bem-vindo(a) de volta; espero que tudo tenha corrido bem durante a sua ausência.',
      deliberate:
        'Vários dos nossos lembretes ficaram sem resposta, e as datas de pagamento que nos foram informadas já passaram.',
    },
    promiseBroken:
      'Você nos informou que o pagamento seria feito até {promisedDate}. Essa data já passou e não recebemos o pagamento.',
  },
  inquiry: {
    upcoming:
      'Poderia confirmar que as faturas foram recebidas e estão programadas para pagamento no vencimento? Se faltar algo, como uma cópia, o número do pedido de compra ou o comprovante de entrega, basta me avisar que envio imediatamente.',
    byTone: {
      warm: 'Poderia me informar quando podemos esperar o pagamento? Se algo estiver atrasando o processo, ou se precisar da cópia de algum documento, terei prazer em ajudar.',
      neutral:
        'Pedimos que nos informe por que o saldo ainda não foi quitado e em que data podemos esperar o pagamento.',
      firm: 'Pedimos que nos informe por que o saldo ainda não foi quitado e que providencie o pagamento de {total} até {replyBy}. Se o pagamento já estiver a caminho, envie-nos o comprovante.',
      urgent:
        'Pedimos que providencie o pagamento de {total} até {replyBy} ou que nos ligue antes dessa data para combinarmos como o saldo será quitado.',
      formal: 'Solicitamos formalmente o pagamento integral do saldo de {total} até {replyBy}.',
    },
    reason: {
      'not-received':
        'Anexamos novamente as faturas a esta mensagem. Poderia confirmar que agora foram recebidas e informar quando o pagamento está programado?',
      approval:
        'Poderia nos informar em que etapa da aprovação as faturas se encontram e em que data o pagamento está previsto após a aprovação? Se o responsável pela aprovação precisar de algum documento nosso, terei prazer em enviá-lo.',
      'cash-flow':
        'Poderia nos informar quanto é possível pagar agora e em quais datas prevê quitar o restante?',
      dispute:
        'Poderia nos enviar os detalhes, como as quantidades afetadas, fotos ou números de lote, para que possamos resolver a questão rapidamente?',
      'payment-sent':
        'Poderia nos enviar uma cópia do comprovante da transferência (o SWIFT MT103 ou a confirmação do seu banco)? Com ele podemos localizar o pagamento junto ao nosso banco, e não enviaremos novos lembretes até recebê-lo.',
      promise:
        'Registramos que o pagamento será feito até {promisedDate} e ficaremos atentos ao recebimento; não enviaremos novos lembretes antes dessa data.',
      'out-of-office':
        'Agora que você voltou, poderia nos informar quando está previsto o pagamento das faturas abaixo?',
    },
    promiseBroken:
      'Pedimos que nos informe o que aconteceu e confirme, até {replyBy}, a data em que o pagamento será feito.',
    deliberate: {
      intro: 'Para resolver esta questão, pedimos que siga os passos abaixo:',
      steps: [
        'Até {replyBy}, confirme por escrito a data em que o saldo vencido de {total} será pago.',
        'Efetue o pagamento nessa data, informando os números das faturas como referência.',
        'Se alguma parte do saldo estiver em disputa, informe qual fatura e o motivo, para que o restante possa ser pago sem demora.',
      ],
      next: 'Se até {replyBy} não tivermos recebido nem o pagamento nem a sua resposta, passaremos a conta para a próxima etapa do nosso procedimento de cobrança.',
    },
  },
  opportunity: {
    warm: 'Se for mais fácil pagar em duas partes ou numa data um pouco posterior, é só me avisar; com certeza encontraremos uma solução.',
    neutral:
      'Se for difícil pagar o valor total de uma só vez, avise-nos: podemos combinar uma nova data, aceitar agora um pagamento parcial com o restante em datas definidas ou marcar uma breve ligação para conversar.',
    firm: 'Se for difícil pagar o valor total de uma só vez, estamos abertos a uma solução: uma nova data de pagamento, um pagamento parcial agora com o restante em datas definidas ou uma ligação para combinarmos os próximos passos. Pedimos que responda até {replyBy} para que possamos organizar isso.',
    urgent:
      'Ainda há tempo para resolvermos isso juntos. Se não for possível pagar o valor total agora, ligue para nós ou responda até {replyBy} com uma proposta, como um pagamento parcial com parcelas datadas ou uma data firme de pagamento, e vamos analisá-la com toda a atenção.',
    formal:
      'Caso deseje propor um acordo de pagamento, continuamos dispostos a analisá-lo, desde que recebamos a sua proposta até {replyBy}.',
  },
  stakes: {
    warm: 'Manter a conta em dia nos ajuda a dar andamento aos seus pedidos sem nenhuma interrupção.',
    neutral:
      'Uma conta em dia nos permite continuar oferecendo as nossas condições de crédito e prazos de entrega habituais.',
    firm: 'Enquanto estas faturas estiverem em aberto, o nosso departamento de crédito poderá ter de reter novos pedidos e embarques programados até que a conta seja regularizada. Preferimos evitar isso, e basta um pagamento ou uma data firme de pagamento da sua parte.',
    urgent:
      'Temos certeza de que não é sua intenção ignorar avisos de vencimento em prejuízo da sua reputação de crédito. Com o saldo vencido há {maxDays}, a sua conta está em análise para bloqueio de crédito: até a quitação, novos pedidos poderão ter de ser pagos antecipadamente e as suas condições de crédito poderão ser retiradas.',
    formal:
      'Se, até {replyBy}, o saldo não for pago nem houver um acordo firmado, suspenderemos todas as entregas futuras e encaminharemos o assunto para cobrança formal, o que pode incluir uma empresa de cobrança ou medidas judiciais. Preferimos, no entanto, resolver a questão diretamente com você.',
  },
  closing: {
    warm: 'Agradeço muito a sua ajuda e fico à disposição para qualquer dúvida.',
    neutral:
      'Agradecemos antecipadamente o seu retorno. Contamos com a sua colaboração para um pagamento rápido.',
    firm: 'Contamos com a sua colaboração para um pagamento rápido e aguardamos o seu retorno até {replyBy}.',
    urgent:
      'Pedimos que dê atenção imediata a este assunto. Contamos com a sua colaboração para um pagamento rápido.',
    formal:
      'Preferimos encerrar este assunto diretamente com você e aguardamos o seu pagamento ou a sua resposta até {replyBy}.',
  },
  signOff: {
    warm: 'Cordialmente,',
    neutral: 'Cordialmente,',
    firm: 'Atenciosamente,',
    urgent: 'Atenciosamente,',
    formal: 'Atenciosamente,',
  },
  invoiceTable: {
    upcomingTitle: 'Faturas a vencer',
    dueTitle: 'Faturas vencendo agora',
    overdueTitle: 'Faturas vencidas',
    number: 'Fatura',
    po: 'Pedido',
    issueDate: 'Emissão',
    dueDate: 'Vencimento',
    daysOverdue: 'Dias em atraso',
    dueIn: 'Vence em (dias)',
    amountDue: 'Valor em aberto',
    total: 'Total {currency}',
    none: '—',
  },
  payment: {
    title: 'Dados para pagamento ({currency})',
    intro: 'Pedimos que transfira {amount} para a conta abaixo até {deadline}.',
    holder: 'Titular da conta',
    bank: 'Banco',
    bankAddress: 'Endereço do banco',
    iban: 'IBAN',
    accountNumber: 'Número da conta',
    swift: 'SWIFT/BIC',
    intermediary: 'Banco intermediário',
    reference: 'Referência a informar',
    charges: 'Tarifas bancárias',
    chargesWords: {
      OUR: 'Todas as tarifas por conta do pagador (OUR), para que o valor integral chegue até nós',
      SHA: 'Compartilhadas (SHA): você paga as tarifas do seu banco e nós as do nosso',
      BEN: 'Todas as tarifas por nossa conta, como beneficiários (BEN)',
    },
  },
  interest: {
    method:
      'Conforme as nossas condições de venda, os valores vencidos rendem juros simples de {rate} ao {period} a partir {start}, calculados na base {dayCount}.',
    perMonth: 'mês',
    perYear: 'ano',
    dayCount: {
      'actual/365': 'real/365 (dias corridos, ano de 365 dias)',
      'actual/360': 'real/360 (dias corridos, ano de 360 dias)',
      '30/360': '30/360 (meses de 30 dias, ano de 360 dias)',
    },
    fromDueDate: 'da data de vencimento',
    afterGrace: 'do fim de um período de carência de {days} após o vencimento',
    statutory: {
      eu: 'A tabela mostra também a indenização fixa pelos custos de cobrança prevista na Diretiva 2011/7/UE, que estabelece medidas de luta contra os atrasos de pagamento.',
      uk: 'A tabela mostra também a indenização fixa prevista na lei britânica Late Payment of Commercial Debts (Interest) Act 1998.',
    },
    statutoryMethod: {
      eu: 'Conforme a Diretiva 2011/7/UE, que estabelece medidas de luta contra os atrasos de pagamento, os valores vencidos rendem juros simples de {rate} ao ano (a taxa de referência do BCE, de {reference}, acrescida de {margin} pontos percentuais) a partir {start}, calculados na base {dayCount}.',
      uk: 'Conforme a lei britânica Late Payment of Commercial Debts (Interest) Act 1998, os valores vencidos rendem juros simples de {rate} ao ano (a taxa básica do Banco da Inglaterra, de {reference}, acrescida de {margin} pontos percentuais) a partir {start}, calculados na base {dayCount}.',
    },
    compensationOmitted: {
      eu: 'A indenização fixa pelos custos de cobrança da Diretiva é fixada em {currency}; ela não é indicada para as faturas em outras moedas.',
      uk: 'A indenização fixa prevista nessa lei é fixada em {currency}; ela não é indicada para as faturas em outras moedas.',
    },
    invoice: 'Fatura',
    principal: 'Valor em aberto',
    from: 'De',
    to: 'Até',
    days: 'Dias',
    amount: 'Juros',
    compensation: 'Indenização',
    total: 'Total {currency}',
    notCharged:
      'Estes valores são informados apenas para o seu conhecimento; não foram lançados na sua conta.',
  },
  instalment: {
    intro: 'Para facilitar, podemos oferecer o parcelamento do saldo nas seguintes parcelas:',
    part: 'Parcela',
    date: 'Data',
    amount: 'Valor',
    total: 'Total {currency}',
    confirm:
      'Se este plano for conveniente, pedimos que o confirme até {replyBy}. Cada parcela deve chegar até nós na data indicada; se alguma data ficar difícil, avise-nos com antecedência.',
    noPlan:
      'Se ajudar, estamos abertos a dividir o saldo em várias parcelas com datas definidas. Pedimos que proponha datas e valores até {replyBy}, e faremos o possível para chegar a um acordo.',
  },
  apology: {
    apology: 'Pedimos desculpas pelo transtorno causado.',
    resolution:
      'Já estamos analisando a questão com a nossa equipe e, assim que tivermos os detalhes, vamos resolvê-la da forma que for mais conveniente para você: reposição, nota de crédito ou ajuste de preço.',
    pausedSome:
      'Enquanto resolvemos a questão, suspendemos os nossos lembretes referentes a {invoices}. As demais faturas não são afetadas e continuam devidas nas datas indicadas.',
    pausedEvery:
      'Enquanto resolvemos a questão, suspendemos os nossos lembretes referentes a {invoices}.',
    pausedUnknown:
      'Enquanto resolvemos a questão, suspendemos os nossos lembretes referentes às faturas envolvidas.',
  },
};
