import type { LetterTexts } from './letterTexts';

/** Spanish letters (Spain conventions, formal "usted"). */
export const ES: LetterTexts = {
  locale: 'es-ES',
  lowercaseAfterGreeting: false,
  listSeparator: ', ',
  days: { one: '{n} día', other: '{n} días' },
  times: { one: 'una vez', other: '{n} veces' },
  subject: {
    none: 'Estado de cuenta: {invoices}',
    upcoming: 'Próximo vencimiento: {invoices}',
    due: 'Recordatorio de pago: {invoices}',
    'follow-up': 'Pago vencido: {invoices}',
    escalation: 'Pago vencido, necesitamos su respuesta: {invoices}',
    stakes: 'Urgente, cuenta vencida: {invoices}',
    final: 'Último aviso: {invoices}',
  },
  subjectMore: '{invoices} y {count} más',
  paymentSubject: 'Datos de pago: {invoices}',
  greeting: {
    contact: 'Estimado/a {name}:',
    company: 'Estimado equipo de cuentas a pagar de {name}:',
  },
  opening: {
    upcoming:
      'Espero que se encuentre bien. Antes de la fecha de vencimiento, le escribo brevemente sobre las facturas que figuran a continuación, para que todo esté listo para el pago.',
    byTone: {
      warm: {
        first:
          'Espero que se encuentre bien. Le escribo para recordarle amablemente que ha llegado la fecha de pago de las facturas siguientes.',
        again:
          'Espero que se encuentre bien. En seguimiento a mi mensaje del {firstReminder}, le recuerdo amablemente que ha llegado la fecha de pago de las facturas siguientes.',
      },
      neutral: {
        first:
          'Según nuestros registros, las facturas siguientes están vencidas y siguen pendientes de pago.',
        again:
          'Nuevamente llamamos su atención sobre las facturas siguientes, acerca de las cuales le escribimos por primera vez el {firstReminder}. Según nuestros registros, siguen pendientes de pago.',
      },
      firm: {
        first:
          'Las facturas siguientes están vencidas y no hemos recibido ni el pago ni noticias al respecto.',
        again:
          'Nuevamente llamamos su atención sobre las facturas siguientes. A pesar de nuestros recordatorios desde el {firstReminder}, el saldo sigue pendiente.',
      },
      urgent: {
        first:
          'Las facturas siguientes acumulan un retraso importante y el asunto requiere su atención inmediata.',
        again:
          'Le hemos escrito {reminders} desde el {firstReminder} acerca de las facturas siguientes y el saldo sigue pendiente. El asunto requiere ahora su atención inmediata.',
      },
      formal: {
        first:
          'La presente constituye nuestro último aviso en relación con las facturas siguientes, que siguen impagadas mucho después de su vencimiento.',
        again:
          'La presente constituye nuestro último aviso en relación con las facturas siguientes. Le hemos escrito {reminders} desde el {firstReminder} y el saldo sigue pendiente.',
      },
    },
    reason: {
      none: '',
      'not-received': 'Gracias por informarnos de que nuestras facturas no le llegaron.',
      approval:
        'Gracias por informarnos de que las facturas se encuentran en su proceso de aprobación.',
      'cash-flow': 'Le agradecemos que nos haya explicado con franqueza su situación de tesorería.',
      dispute: 'Gracias por su mensaje sobre el problema que ha detectado en nuestra entrega.',
      'payment-sent': 'Gracias por informarnos de que el pago ya se ha enviado.',
      promise: 'Gracias por su mensaje y por indicarnos cuándo se realizará el pago.',
      'out-of-office': 'Bienvenido/a de nuevo; espero que todo haya ido bien durante su ausencia.',
      deliberate:
        'Varios de nuestros recordatorios no han recibido respuesta y las fechas de pago que se nos indicaron ya han pasado.',
    },
    promiseBroken:
      'Nos indicó que el pago se realizaría a más tardar el {promisedDate}. Esa fecha ya ha pasado y no hemos recibido el pago.',
  },
  inquiry: {
    upcoming:
      '¿Podría confirmarnos que ha recibido las facturas y que su pago está previsto para la fecha de vencimiento? Si falta algo, como una copia, un número de pedido o un albarán, indíquemelo y se lo enviaré de inmediato.',
    byTone: {
      warm: '¿Podría indicarme cuándo podemos esperar el pago? Si algo lo está retrasando o necesita copia de algún documento, con gusto le ayudo.',
      neutral:
        'Le rogamos que nos indique por qué no se ha liquidado el saldo y en qué fecha podemos esperar el pago.',
      firm: 'Le rogamos que nos indique por qué no se ha liquidado el saldo y que disponga el pago de {total} a más tardar el {replyBy}. Si el pago ya está en camino, le agradeceríamos que nos enviara el justificante.',
      urgent:
        'Le rogamos que realice el pago de {total} a más tardar el {replyBy}, o que nos llame antes de esa fecha para acordar cómo se liquidará el saldo.',
      formal:
        'Solicitamos formalmente el pago íntegro del saldo de {total} a más tardar el {replyBy}.',
    },
    reason: {
      'not-received':
        'Le adjuntamos de nuevo las facturas en este mensaje. ¿Podría confirmarnos que ya las ha recibido e indicarnos cuándo está previsto el pago?',
      approval:
        '¿Podría indicarnos en qué punto del proceso de aprobación se encuentran las facturas y en qué fecha está previsto el pago una vez aprobadas? Si la persona que las aprueba necesita algún documento nuestro, se lo enviaré con gusto.',
      'cash-flow':
        '¿Podría indicarnos qué importe puede pagar ahora y en qué fechas prevé liquidar el resto?',
      dispute:
        '¿Podría enviarnos los detalles, como las cantidades afectadas, fotografías o números de lote, para que podamos resolverlo cuanto antes?',
      'payment-sent':
        '¿Podría enviarnos una copia del justificante de la transferencia (el SWIFT MT103 o la confirmación de su banco)? Nos permite localizar el pago con nuestro banco, y no le enviaremos más recordatorios hasta recibirlo.',
      promise:
        'Tomamos nota de que el pago se realizará a más tardar el {promisedDate} y estaremos atentos a su recepción; no le enviaremos más recordatorios antes de esa fecha.',
      'out-of-office':
        'Ahora que ha regresado, ¿podría indicarnos cuándo está previsto el pago de las facturas siguientes?',
    },
    promiseBroken:
      'Le rogamos que nos indique qué ha ocurrido y que nos confirme, a más tardar el {replyBy}, la fecha en que se realizará el pago.',
    deliberate: {
      intro: 'Para resolver este asunto, le pedimos que siga estos pasos:',
      steps: [
        'A más tardar el {replyBy}, confírmenos por escrito la fecha en que se pagará el saldo vencido de {total}.',
        'Realice el pago en esa fecha, indicando los números de factura como referencia.',
        'Si alguna parte del saldo está en disputa, indíquenos qué factura y por qué, para que el resto pueda pagarse sin demora.',
      ],
      next: 'Si a más tardar el {replyBy} no hemos recibido ni el pago ni su respuesta, pasaremos la cuenta a la siguiente fase de nuestro procedimiento de cobro.',
    },
  },
  opportunity: {
    warm: 'Si le resulta más cómodo pagar en dos partes o en una fecha algo posterior, no dude en decírmelo; seguro que encontramos una solución.',
    neutral:
      'Si le resulta difícil pagar el importe completo de una vez, díganoslo: podemos acordar una nueva fecha, aceptar ahora un pago parcial con el resto según un calendario fijado, o concertar una breve llamada para hablarlo.',
    firm: 'Si le resulta difícil pagar el importe completo de una vez, estamos abiertos a una solución: una nueva fecha de pago, un pago parcial ahora con el resto según un calendario fijado, o una llamada para acordar los siguientes pasos. Le rogamos que nos responda a más tardar el {replyBy} para poder organizarlo.',
    urgent:
      'Todavía estamos a tiempo de resolverlo juntos. Si no puede pagar ahora el importe completo, llámenos o respóndanos a más tardar el {replyBy} con una propuesta, como un pago parcial con plazos fechados o una fecha de pago firme, y la estudiaremos con seriedad.',
    formal:
      'Si desea proponer un acuerdo de pago, seguimos dispuestos a estudiarlo, siempre que recibamos su propuesta a más tardar el {replyBy}.',
  },
  stakes: {
    warm: 'Mantener la cuenta al día nos ayuda a que sus pedidos sigan su curso sin ninguna interrupción.',
    neutral:
      'Una cuenta al día nos permite seguir ofreciéndole nuestras condiciones de crédito y plazos de entrega habituales.',
    firm: 'Mientras estas facturas sigan pendientes, nuestro departamento de crédito podría tener que retener los nuevos pedidos y los envíos programados hasta que la cuenta se ponga al día. Preferimos evitarlo, y para ello basta con un pago o una fecha de pago firme por su parte.',
    urgent:
      'Confío en que no sea su intención desatender los avisos de pago vencido a costa de su solvencia crediticia. Con el saldo vencido desde hace {maxDays}, su cuenta está en revisión para un bloqueo de crédito: hasta que se liquide, es posible que los nuevos pedidos deban pagarse por adelantado y que se retiren sus condiciones de crédito.',
    formal:
      'Si a más tardar el {replyBy} el saldo no se ha pagado ni se ha acordado una solución, retendremos todas las entregas posteriores y remitiremos el asunto a un procedimiento formal de cobro, que puede incluir una agencia de recobro o acciones judiciales. Preferiríamos con mucho resolverlo directamente con usted.',
  },
  closing: {
    warm: 'Muchas gracias por su ayuda; no dude en escribirme si tiene cualquier pregunta.',
    neutral:
      'Le agradecemos de antemano su respuesta. Contamos con su colaboración para efectuar el pago con prontitud.',
    firm: 'Contamos con su colaboración para efectuar el pago con prontitud y quedamos a la espera de su respuesta a más tardar el {replyBy}.',
    urgent:
      'Le rogamos que atienda este asunto de inmediato. Contamos con su colaboración para efectuar el pago con prontitud.',
    formal:
      'Preferiríamos cerrar este asunto directamente con usted y quedamos a la espera de su pago o de su respuesta a más tardar el {replyBy}.',
  },
  signOff: {
    warm: 'Un cordial saludo,',
    neutral: 'Un cordial saludo,',
    firm: 'Atentamente,',
    urgent: 'Atentamente,',
    formal: 'Atentamente,',
  },
  invoiceTable: {
    upcomingTitle: 'Facturas con vencimiento próximo',
    dueTitle: 'Facturas que vencen ahora',
    overdueTitle: 'Facturas vencidas',
    number: 'Factura',
    po: 'Pedido',
    issueDate: 'Fecha de emisión',
    dueDate: 'Vencimiento',
    daysOverdue: 'Días de retraso',
    dueIn: 'Vence en (días)',
    amountDue: 'Importe pendiente',
    total: 'Total {currency}',
    none: '—',
  },
  payment: {
    title: 'Datos de pago ({currency})',
    intro: 'Le rogamos que transfiera {amount} a la cuenta siguiente a más tardar el {deadline}.',
    holder: 'Titular de la cuenta',
    bank: 'Banco',
    bankAddress: 'Dirección del banco',
    iban: 'IBAN',
    accountNumber: 'Número de cuenta',
    swift: 'SWIFT/BIC',
    intermediary: 'Banco intermediario',
    reference: 'Referencia que debe indicar',
    charges: 'Gastos bancarios',
    chargesWords: {
      OUR: 'Todos los gastos a su cargo (OUR), para que recibamos el importe íntegro',
      SHA: 'Compartidos (SHA): usted paga los gastos de su banco y nosotros los del nuestro',
      BEN: 'Todos los gastos a nuestro cargo como beneficiarios (BEN)',
    },
  },
  interest: {
    method:
      'Conforme a nuestras condiciones de venta, los importes vencidos devengan un interés simple del {rate} {period} desde {start}, calculado según la base {dayCount}.',
    perMonth: 'mensual',
    perYear: 'anual',
    dayCount: {
      'actual/365': 'real/365 (días naturales transcurridos, año de 365 días)',
      'actual/360': 'real/360 (días naturales transcurridos, año de 360 días)',
      '30/360': '30/360 (meses de 30 días, año de 360 días)',
    },
    fromDueDate: 'la fecha de vencimiento',
    afterGrace: 'el final de un período de gracia de {days} tras el vencimiento',
    statutory: {
      eu: 'La tabla muestra también la compensación fija por costes de cobro prevista en la Directiva 2011/7/UE, por la que se establecen medidas de lucha contra la morosidad.',
      uk: 'La tabla muestra también la compensación fija prevista en la ley británica Late Payment of Commercial Debts (Interest) Act 1998.',
    },
    statutoryMethod: {
      eu: 'Conforme a la Directiva 2011/7/UE, por la que se establecen medidas de lucha contra la morosidad, los importes vencidos devengan un interés simple del {rate} anual (el tipo de referencia del BCE, del {reference}, más {margin} puntos porcentuales) desde {start}, calculado según la base {dayCount}.',
      uk: 'Conforme a la ley británica Late Payment of Commercial Debts (Interest) Act 1998, los importes vencidos devengan un interés simple del {rate} anual (el tipo oficial del Banco de Inglaterra, del {reference}, más {margin} puntos porcentuales) desde {start}, calculado según la base {dayCount}.',
    },
    compensationOmitted: {
      eu: 'La compensación fija por costes de cobro de la Directiva está fijada en {currency}; no se indica para las facturas en otras monedas.',
      uk: 'La compensación fija de esta ley está fijada en {currency}; no se indica para las facturas en otras monedas.',
    },
    invoice: 'Factura',
    principal: 'Importe pendiente',
    from: 'Desde',
    to: 'Hasta',
    days: 'Días',
    amount: 'Intereses',
    compensation: 'Compensación',
    total: 'Total {currency}',
    notCharged: 'Estos importes se indican a título informativo; no se han cargado en su cuenta.',
  },
  instalment: {
    intro:
      'Para facilitarle las cosas, podemos ofrecerle repartir el saldo en los plazos siguientes:',
    part: 'Plazo',
    date: 'Fecha',
    amount: 'Importe',
    total: 'Total {currency}',
    confirm:
      'Si este plan le conviene, le rogamos que nos lo confirme a más tardar el {replyBy}. Cada plazo debe recibirse en la fecha indicada; si alguna fecha le resulta difícil, avísenos con antelación.',
    noPlan:
      'Si le ayuda, estamos dispuestos a repartir el saldo en varios plazos con fechas determinadas. Le rogamos que nos proponga fechas e importes a más tardar el {replyBy} y haremos lo posible por llegar a un acuerdo.',
  },
  apology: {
    apology: 'Le pedimos disculpas por las molestias que esto le ha causado.',
    resolution:
      'Ya lo estamos revisando con nuestro equipo y, en cuanto tengamos los detalles, lo solucionaremos de la forma que mejor le convenga: una reposición, una nota de abono o un ajuste de precio.',
    pausedSome:
      'Mientras lo resolvemos, hemos suspendido nuestros recordatorios para {invoices}. Las demás facturas no se ven afectadas y siguen venciendo en las fechas indicadas.',
    pausedEvery: 'Mientras lo resolvemos, hemos suspendido nuestros recordatorios para {invoices}.',
    pausedUnknown:
      'Mientras lo resolvemos, hemos suspendido nuestros recordatorios para las facturas afectadas.',
  },
};
