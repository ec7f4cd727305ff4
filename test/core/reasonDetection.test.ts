import fc from 'fast-check';
import { calendarDate } from '../../src/core/calendarDate';
import type { CustomerReason } from '../../src/core/model';
import { detectReason, MAX_ANALYSED_CHARS } from '../../src/core/reasonDetection';

// A Wednesday.
const RECEIVED = calendarDate('2026-07-01');

type Row = [language: string, text: string, reason: CustomerReason, date?: string];

const MESSAGES: Row[] = [
  // not-received
  [
    'en',
    'Hi Anna, we have not received invoice INV-1043 yet. Could you send it again?',
    'not-received',
  ],
  [
    'en',
    "Sorry, we can't find your invoice in our system. Please resend it to ap@buyer.com.",
    'not-received',
  ],
  [
    'en',
    'The invoice shows the wrong company name, please issue a corrected invoice.',
    'not-received',
  ],
  ['en', 'We never received the documents for this shipment.', 'not-received'],
  ['zh', '您好，我们还没有收到INV-1043的发票，请重新发一下。', 'not-received'],
  ['zh', '发票抬头有误，麻烦重新开具发票。', 'not-received'],
  ['zh', '我们找不到这张发票，能否再发一次？', 'not-received'],
  [
    'es',
    'Buenos días, no hemos recibido la factura INV-1043. ¿Podrían reenviarla?',
    'not-received',
  ],
  [
    'es',
    'La factura tiene datos incorrectos, por favor envíen de nuevo la factura corregida.',
    'not-received',
  ],
  ['es', 'No encontramos su factura en nuestro sistema.', 'not-received'],
  ['fr', "Nous n'avons pas reçu la facture.", 'not-received'],
  ['de', 'Wir haben die Rechnung noch nicht erhalten.', 'not-received'],
  ['pt', 'Não recebemos a fatura, podem reenviar?', 'not-received'],
  // approval
  ['en', 'The invoice is waiting for approval from our finance director.', 'approval'],
  [
    'en',
    'Your invoice is currently in our approval process; I will update you once it is signed off.',
    'approval',
  ],
  ['en', 'I have forwarded it to our accounts payable team.', 'approval'],
  ['en', 'The payment has not been approved yet.', 'approval'],
  ['zh', '发票已提交，目前正在走审批流程。', 'approval'],
  ['zh', '付款申请还在等待领导审批，请耐心等待。', 'approval'],
  ['zh', '财务还没批下来，批下来后马上安排付款。', 'approval'],
  ['es', 'La factura está pendiente de aprobación por parte de dirección.', 'approval'],
  ['es', 'Estamos a la espera de la autorización del director financiero.', 'approval'],
  ['es', 'Su factura está en proceso de aprobación interna.', 'approval'],
  ['fr', 'La facture est en attente de validation.', 'approval'],
  ['de', 'Die Rechnung wartet auf Freigabe.', 'approval'],
  ['pt', 'A fatura está aguardando aprovação.', 'approval'],
  // cash-flow
  [
    'en',
    'We are facing cash flow problems this month and would like to pay in two instalments.',
    'cash-flow',
  ],
  ['en', 'Our customers have not paid us yet. Can we make a partial payment?', 'cash-flow'],
  ['en', 'Could we have more time to pay? Business has been slow.', 'cash-flow'],
  ['zh', '最近资金紧张，能否分两期付款？', 'cash-flow'],
  ['zh', '我们的客户还没有回款，现金流比较困难，希望延长账期。', 'cash-flow'],
  ['zh', '公司资金周转困难，本月只能先付一部分。', 'cash-flow'],
  ['es', 'Tenemos problemas de liquidez este mes. ¿Podemos pagar en plazos?', 'cash-flow'],
  ['es', 'Debido a dificultades económicas, solicitamos un aplazamiento del pago.', 'cash-flow'],
  ['es', 'Nuestro flujo de caja está ajustado; ¿sería posible un pago parcial?', 'cash-flow'],
  ['fr', 'Nous avons des difficultés de trésorerie.', 'cash-flow'],
  ['de', 'Wir haben Liquiditätsprobleme und bitten um Ratenzahlung.', 'cash-flow'],
  ['pt', 'Estamos com problemas de fluxo de caixa.', 'cash-flow'],
  // dispute
  ['en', '20 cartons arrived damaged, we cannot pay until this is resolved.', 'dispute'],
  [
    'en',
    'There is a quality problem with the last shipment: the colour does not match the sample.',
    'dispute',
  ],
  [
    'en',
    'We received 480 pcs instead of 500, a short shipment. We dispute the invoice amount.',
    'dispute',
  ],
  ['en', 'We have not received the goods yet.', 'dispute'],
  ['zh', '这批货有质量问题，很多产品有瑕疵。', 'dispute'],
  ['zh', '收到的货物有破损，数量也不对，我们要求索赔。', 'dispute'],
  ['zh', '我们还没有收到货，请先确认物流情况。', 'dispute'],
  ['es', 'La mercancía llegó dañada y faltan 20 cajas.', 'dispute'],
  ['es', 'Hemos detectado un problema de calidad en el último pedido.', 'dispute'],
  ['es', 'Hemos presentado una reclamación porque los productos son defectuosos.', 'dispute'],
  ['fr', 'La marchandise est arrivée endommagée.', 'dispute'],
  ['de', 'Die Ware ist beschädigt angekommen.', 'dispute'],
  ['pt', 'Os produtos chegaram danificados.', 'dispute'],
  // payment-sent
  [
    'en',
    'We paid invoice INV-1043 yesterday, please find the remittance advice attached.',
    'payment-sent',
  ],
  ['en', 'Payment was made on 28 June via SWIFT. MT103 attached.', 'payment-sent'],
  ['en', 'The transfer has been sent today, you should see the funds in 2-3 days.', 'payment-sent'],
  ['en', 'Have you received our payment? It left our bank last week.', 'payment-sent'],
  ['zh', '我们已经于6月28日付款，请查收。', 'payment-sent'],
  ['zh', '款项已汇出，附件是银行水单。', 'payment-sent'],
  ['zh', '货款已经付了，请查收。', 'payment-sent'],
  ['es', 'Ya hemos realizado la transferencia, adjunto el comprobante de pago.', 'payment-sent'],
  ['es', 'El pago fue realizado el 28 de junio.', 'payment-sent'],
  ['es', 'Les informamos que ya hemos pagado la factura INV-1043.', 'payment-sent'],
  ['fr', 'Nous avons déjà effectué le virement.', 'payment-sent'],
  ['de', 'Wir haben die Rechnung bereits bezahlt.', 'payment-sent'],
  ['pt', 'Já efetuamos o pagamento.', 'payment-sent'],
  // promise
  ['en', 'We will pay the invoice on 15 July.', 'promise', '2026-07-15'],
  ['en', 'Payment will be made by the end of this month.', 'promise', '2026-07-31'],
  ['en', 'We are short of cash, but we will pay next Monday.', 'promise', '2026-07-06'],
  ['en', "We'll settle it this Friday.", 'promise', '2026-07-03'],
  ['zh', '我们将于7月15日付款。', 'promise', '2026-07-15'],
  ['zh', '由于资金紧张，我们会在月底前付清全部货款。', 'promise', '2026-07-31'],
  ['zh', '预计下周五安排付款。', 'promise', '2026-07-10'],
  ['zh', '我们保证2026年7月20日之前支付。', 'promise', '2026-07-20'],
  ['zh', '我们明天付款。', 'promise', '2026-07-02'],
  ['es', 'Pagaremos el 15 de julio.', 'promise', '2026-07-15'],
  ['es', 'Realizaremos la transferencia el próximo lunes.', 'promise', '2026-07-06'],
  ['es', 'El pago se realizará a finales de mes.', 'promise', '2026-07-31'],
  [
    'es',
    'Tenemos problemas de liquidez, pero podemos pagar el 20/07/2026.',
    'promise',
    '2026-07-20',
  ],
  ['fr', 'Nous paierons le 15 juillet.', 'promise', '2026-07-15'],
  ['de', 'Wir werden am 15. Juli zahlen.', 'promise', '2026-07-15'],
  ['pt', 'Vamos pagar no dia 15 de julho.', 'promise', '2026-07-15'],
  // out-of-office
  [
    'en',
    'Automatic reply: I am out of the office until 15 July with limited access to email.',
    'out-of-office',
    '2026-07-15',
  ],
  [
    'en',
    'Thank you for your email. I am on annual leave and will be back on Monday, 20 July.',
    'out-of-office',
    '2026-07-20',
  ],
  [
    'en',
    "I'm currently away from the office, returning on July 13. For urgent matters call Tom.",
    'out-of-office',
    '2026-07-13',
  ],
  [
    'zh',
    '【自动回复】您好，我目前正在休假，将于2026年7月20日返回办公室。',
    'out-of-office',
    '2026-07-20',
  ],
  ['zh', '自动回复：本人出差中，7月10日回来后回复您的邮件。', 'out-of-office', '2026-07-10'],
  ['zh', '您好，我现在不在办公室，7月8日后回复。', 'out-of-office', '2026-07-08'],
  [
    'es',
    'Respuesta automática: Estoy fuera de la oficina hasta el 20 de julio.',
    'out-of-office',
    '2026-07-20',
  ],
  ['es', 'Estoy de vacaciones y regresaré el lunes 13 de julio.', 'out-of-office', '2026-07-13'],
  [
    'es',
    'Me encuentro fuera de la oficina sin acceso al correo. Volveré el 10/07/2026.',
    'out-of-office',
    '2026-07-10',
  ],
  [
    'fr',
    "Réponse automatique : je suis absent jusqu'au 20 juillet.",
    'out-of-office',
    '2026-07-20',
  ],
  ['de', 'Ich bin bis 20. Juli im Urlaub.', 'out-of-office', '2026-07-20'],
  ['pt', 'Estou de férias até 20 de julho.', 'out-of-office', '2026-07-20'],
];

describe('detectReason', () => {
  it.each(MESSAGES)('reads a %s message: %s', (...row: Row) => {
    const [language, text, reason, date] = row;
    const result = detectReason(text, RECEIVED);
    expect(result.reason).toBe(reason);
    expect(result.language).toBe(language);
    expect(result.evidence).not.toBe('');
    expect(text.replace(/\s+/g, ' ')).toContain(result.evidence);
    expect(result.promisedFor).toBe(reason === 'promise' ? date : undefined);
    expect(result.returnDate).toBe(reason === 'out-of-office' ? date : undefined);
  });

  it('quotes the phrase that matched', () => {
    expect(detectReason('Hello. We have not received the invoice. Thanks', RECEIVED)).toEqual({
      reason: 'not-received',
      evidence: 'have not received the invoice',
      language: 'en',
    });
  });

  it('quotes a promise with its date', () => {
    expect(detectReason('Dear Sir, we will pay on 15 July. Regards', RECEIVED).evidence).toBe(
      'we will pay on 15 July',
    );
  });

  it('returns none with empty evidence when nothing matches', () => {
    expect(detectReason('Thanks for the update, have a nice weekend!', RECEIVED)).toEqual({
      reason: 'none',
      evidence: '',
    });
    expect(detectReason('', RECEIVED)).toEqual({ reason: 'none', evidence: '' });
  });

  it.each([
    [
      'Our office will be closed from 1 to 7 October for the National Day holiday. We will be back on 8 October.',
      '2026-10-08',
    ],
    ['国庆节放假期间（10月1日至10月7日）我司暂停办公，10月8日恢复上班。', '2026-10-08'],
    ['I am on leave until 10 July.', '2026-07-10'],
  ])('prefers the day of return to the last day away: %s', (text, expected) => {
    expect(detectReason(text, RECEIVED)).toMatchObject({
      reason: 'out-of-office',
      returnDate: expected,
    });
  });

  it('gives an autoreply without a date no return date', () => {
    const result = detectReason('Auto-reply: out of office', RECEIVED);
    expect(result.reason).toBe('out-of-office');
    expect(result).not.toHaveProperty('returnDate');
  });

  it('keeps a promise without a date as a promise without promisedFor when nothing else matched', () => {
    const result = detectReason('We will pay as soon as possible.', RECEIVED);
    expect(result.reason).toBe('promise');
    expect(result).not.toHaveProperty('promisedFor');
  });

  describe('dates', () => {
    it.each([
      ['15 July', '2026-07-15'],
      ['15th July', '2026-07-15'],
      ['July 15', '2026-07-15'],
      ['July 15th, 2026', '2026-07-15'],
      ['Jul. 15', '2026-07-15'],
      ['15/07/2026', '2026-07-15'],
      ['07/15/2026', '2026-07-15'],
      ['15.07.2026', '2026-07-15'],
      ['15/07', '2026-07-15'],
      ['2026-07-15', '2026-07-15'],
      ['2026/07/15', '2026-07-15'],
      ['05/07/2026', '2026-07-05'],
      ['05/07', '2026-07-05'],
      ['30 June', '2027-06-30'],
      ['1 January', '2027-01-01'],
      ['29 February', '2028-02-29'],
      ['next Monday', '2026-07-06'],
      ['next Friday', '2026-07-10'],
      ['this Friday', '2026-07-03'],
      ['Wednesday', '2026-07-01'],
      ['Tuesday', '2026-07-07'],
      ['tomorrow', '2026-07-02'],
      ['the day after tomorrow', '2026-07-03'],
      ['today', '2026-07-01'],
      ['the end of this month', '2026-07-31'],
      ['the end of next month', '2026-08-31'],
      ['month-end', '2026-07-31'],
      ['the end of August', '2026-08-31'],
      ['next week', '2026-07-10'],
      ['the end of the week', '2026-07-03'],
      ['in 10 days', '2026-07-11'],
      ['within 5 business days', '2026-07-08'],
    ])('reads "we will pay on %s" as %s', (phrase, expected) => {
      expect(detectReason(`We will pay on ${phrase}.`, RECEIVED).promisedFor).toBe(expected);
    });

    it.each([
      ['我们将于7月15日付款', '2026-07-15'],
      ['我们将于2026年7月15日付款', '2026-07-15'],
      ['我们将于２０２６年７月１５日付款', '2026-07-15'],
      ['我们会在15号前付款', '2026-07-15'],
      ['我们会在下月10号付款', '2026-08-10'],
      ['我们会在下周一付款', '2026-07-06'],
      ['我们会在周五付款', '2026-07-03'],
      ['我们会在月底付款', '2026-07-31'],
      ['我们会在下个月底付款', '2026-08-31'],
      ['我们会在8月底付款', '2026-08-31'],
      ['我们会在5个工作日内付款', '2026-07-08'],
      ['后天付款', '2026-07-03'],
      ['pagaremos el 15 de julio de 2026', '2026-07-15'],
      ['pagaremos el viernes', '2026-07-03'],
      ['pagaremos mañana', '2026-07-02'],
      ['pagaremos la próxima semana', '2026-07-10'],
      ['pagaremos dentro de 10 días', '2026-07-11'],
      ['pagaremos a fin de mes', '2026-07-31'],
    ])('reads "%s" as %s', (text, expected) => {
      expect(detectReason(text, RECEIVED).promisedFor).toBe(expected);
    });

    it.each([
      ['pagaremos el viernes 10', '2026-07-10'],
      ['we will pay on Friday the 10th', '2026-07-10'],
      ['we will pay on Monday, 20 July', '2026-07-20'],
    ])('reads a weekday with its day of month in "%s"', (text, expected) => {
      expect(detectReason(text, RECEIVED).promisedFor).toBe(expected);
    });

    it('resolves a date without a year across the new year', () => {
      const december = calendarDate('2026-12-20');
      expect(detectReason('We will pay on 15 January.', december).promisedFor).toBe('2027-01-15');
      expect(detectReason('We will pay by the end of next month.', december).promisedFor).toBe(
        '2027-01-31',
      );
      // 20 December 2026 is a Sunday: "next Monday" is the Monday of the next Monday-to-Sunday week.
      expect(detectReason('我们将于下周一付款', december).promisedFor).toBe('2026-12-21');
      expect(detectReason('We will pay next Friday.', december).promisedFor).toBe('2026-12-25');
    });

    it('prefers an unambiguous date to an ambiguous numeric one in the same sentence', () => {
      const text = 'We will pay on 03/08/2026 or by 2026-08-10 at the latest.';
      expect(detectReason(text, RECEIVED).promisedFor).toBe('2026-08-10');
    });

    it('reads an ambiguous numeric date month-first when the same text writes month-first', () => {
      const text = 'Your invoice dated 06/25/2026 is noted; we will pay on 07/08/2026.';
      expect(detectReason(text, RECEIVED).promisedFor).toBe('2026-07-08');
    });

    it('takes the only reading of an ambiguous date that is not in the past', () => {
      // Day-first would be 7 June 2026, already past; month-first is 6 July 2026.
      expect(detectReason('We will pay on 07/06/2026.', RECEIVED).promisedFor).toBe('2026-07-06');
    });

    it('does not read a fraction or a range as a date', () => {
      expect(detectReason('We will pay 1/2 of the amount.', RECEIVED)).not.toHaveProperty(
        'promisedFor',
      );
      expect(detectReason('We will pay in 3-4 weeks.', RECEIVED)).not.toHaveProperty('promisedFor');
    });

    it('skips past dates for a promise', () => {
      const text = 'For the invoice dated 2026-06-01 we will pay on 2026-07-20.';
      expect(detectReason(text, RECEIVED).promisedFor).toBe('2026-07-20');
    });

    it('does not read "esta mañana" or "guten Morgen" as tomorrow', () => {
      expect(detectReason('Esta mañana pagaremos.', RECEIVED)).not.toHaveProperty('promisedFor');
      expect(detectReason('Guten Morgen, wir werden zahlen.', RECEIVED)).not.toHaveProperty(
        'promisedFor',
      );
    });
  });

  describe('priority', () => {
    it.each<[string, string, CustomerReason]>([
      [
        'an autoreply over a promise',
        'Automatic reply: I am on leave until 20 July. We will pay on 15 July.',
        'out-of-office',
      ],
      [
        'a payment sent over a dispute',
        'We paid the undisputed part; the remaining cartons are damaged.',
        'payment-sent',
      ],
      [
        'a dispute over a promise',
        'Some goods were damaged; we will pay the rest on 15 July.',
        'dispute',
      ],
      [
        'a dated promise over cash flow',
        'We are short of cash, we will pay on 15 July.',
        'promise',
      ],
      [
        'cash flow over a promise without a date',
        'We have cash flow problems but will pay soon.',
        'cash-flow',
      ],
      [
        'cash flow over approval',
        'Cash flow is tight and the payment is pending approval.',
        'cash-flow',
      ],
      [
        'approval over not received',
        'The corrected invoice is pending approval. Please resend the packing list.',
        'approval',
      ],
      [
        'not received over a bare "cannot pay"',
        'We cannot pay because we have not received the invoice.',
        'not-received',
      ],
      ['a bare "cannot pay" when alone', 'Sorry, we cannot pay at the moment.', 'cash-flow'],
      ['a zh promise over cash flow', '虽然资金紧张，我们将于7月15日付款。', 'promise'],
      [
        'an es dispute over a promise',
        'La mercancía llegó dañada; pagaremos el resto el 15 de julio.',
        'dispute',
      ],
    ])('ranks %s', (_name, text, reason) => {
      expect(detectReason(text, RECEIVED).reason).toBe(reason);
    });

    it('keeps the date of a promise made inside a cash-flow message', () => {
      const result = detectReason(
        'Tenemos problemas de liquidez; pagaremos el 15 de julio.',
        RECEIVED,
      );
      expect(result).toMatchObject({
        reason: 'promise',
        promisedFor: '2026-07-15',
        language: 'es',
      });
    });
  });

  describe('negations', () => {
    it.each<[string, CustomerReason]>([
      ['We have not paid yet.', 'none'],
      ["Payment hasn't been sent yet.", 'none'],
      ['We have not received the invoice.', 'not-received'],
      ['There is no problem with the quality.', 'none'],
      ['No quality issues on our side, we will pay on 15 July.', 'promise'],
      ['The goods are not damaged, we will pay on 15 July.', 'promise'],
      ['The quality issue has been resolved; we will pay on 15 July.', 'promise'],
      ['The quality issue has not been resolved yet.', 'dispute'],
      ['Once we have paid, we will send you the remittance.', 'promise'],
      ['Sorry, I was on holiday last week. We will pay on 10 July.', 'promise'],
      ['No need to resend the invoice, we found it.', 'none'],
      ['We have no cash flow problems.', 'none'],
      ['没有质量问题，我们将于7月15日付款。', 'promise'],
      ['我们还没有付款。', 'none'],
      ['货物没有破损。', 'none'],
      ['我刚休假回来，我们将于7月15日付款。', 'promise'],
      ['No hay problemas de calidad.', 'none'],
      ['Todavía no hemos pagado.', 'none'],
      ['No podemos pagar el 15 de julio.', 'cash-flow'],
      ['我们无法在7月15日付款。', 'cash-flow'],
    ])('reads "%s" as %s', (text, reason) => {
      expect(detectReason(text, RECEIVED).reason).toBe(reason);
    });
  });

  describe('quoted history', () => {
    it('ignores what follows an "On … wrote:" line', () => {
      const text =
        'Thanks, noted.\n\nOn Wed, 1 Jul 2026 at 10:00, Seller <s@x.com> wrote:\n> If you have already paid, please disregard.\n> Payment has been made';
      expect(detectReason(text, RECEIVED).reason).toBe('none');
    });

    it('ignores what follows an Outlook header block', () => {
      const text =
        'Thanks.\n\nFrom: Seller <s@x.com>\nSent: Wednesday, July 1, 2026 10:00\nTo: Buyer\nSubject: Invoice\n\nPlease let us know if the goods arrived damaged.';
      expect(detectReason(text, RECEIVED).reason).toBe('none');
    });

    it('ignores what follows a Chinese header block', () => {
      const text =
        '收到，谢谢。\n\n发件人: Seller\n发送时间: 2026年7月1日\n收件人: Buyer\n\n如已付款，请忽略。我们已收到您的付款。';
      expect(detectReason(text, RECEIVED).reason).toBe('none');
    });

    it('ignores lines quoted with ">" but reads a bottom-posted answer', () => {
      const text = '> Has the payment been made?\n> Regards\n\nNot yet, we will pay on 15 July.';
      expect(detectReason(text, RECEIVED)).toMatchObject({
        reason: 'promise',
        promisedFor: '2026-07-15',
      });
    });

    it('reads a forwarded bank confirmation', () => {
      const text =
        'FYI\n\n---------- Forwarded message ---------\nFrom: Bank\nYour transfer has been executed.';
      expect(detectReason(text, RECEIVED).reason).toBe('payment-sent');
    });
  });

  it('reads the subject line prepended to the body', () => {
    expect(
      detectReason('Automatic reply: Invoice INV-1043\nThank you for your message.', RECEIVED)
        .reason,
    ).toBe('out-of-office');
  });

  it('stays bounded on a 100 KB body and reads the customer words at its top', () => {
    const filler = 'Lorem ipsum 4500012 dolor, sit amet; 我们会尽快处理。 Gracias por su mensaje. ';
    const body = `We will pay on 15 July.\n${filler.repeat(Math.ceil(100_000 / filler.length))}`;
    expect(body.length).toBeGreaterThan(MAX_ANALYSED_CHARS);
    expect(detectReason(body, RECEIVED)).toMatchObject({
      reason: 'promise',
      promisedFor: '2026-07-15',
    });
  });

  it('never answers deliberate, never throws, and keeps evidence short and quoted', () => {
    const phrases = [
      'we will pay on 15 July',
      'out of the office until 20 July',
      'we have paid',
      'quality problem',
      '资金紧张',
      '我们将于7月15日付款',
      'pendiente de aprobación',
      'no hemos recibido la factura',
      ' not ',
      ', ',
      '\n> ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...phrases), fc.string({ maxLength: 40 })), {
          maxLength: 12,
        }),
        (parts) => {
          const text = parts.join(' ');
          const result = detectReason(text, RECEIVED);
          expect(result.reason).not.toBe('deliberate');
          expect(result.evidence.length).toBeLessThanOrEqual(120);
          expect(result.evidence === '').toBe(result.reason === 'none');
          expect((result.promisedFor ?? RECEIVED) >= RECEIVED).toBe(true);
        },
      ),
    );
  });
});
