import {
  addDays,
  dateFromParts,
  daysInMonth,
  dayNumber,
  isCalendarDate,
  partsOf,
  type CalendarDate,
} from './calendarDate';
import type { CustomerReason } from './model';

/** Languages the local rules know. */
export type ReasonLanguage = 'en' | 'zh' | 'es' | 'fr' | 'de' | 'pt';

/**
 * What one inbound message says about why the customer has not paid (DESIGN.md 4.3). Never
 * `deliberate`: that comes from history, not from one message.
 */
export type DetectedReason = {
  readonly reason: CustomerReason;
  /** For `promise`: the date the customer said they would pay by. */
  readonly promisedFor?: CalendarDate;
  /** For `out-of-office`: the return date as the autoreply states it. */
  readonly returnDate?: CalendarDate;
  /** The phrase that matched, quoted from the text (trimmed, at most 120 characters); '' for none. */
  readonly evidence: string;
  readonly language?: ReasonLanguage;
};

type DetectableReason = Exclude<CustomerReason, 'none' | 'deliberate'>;

type Rule = {
  readonly reason: DetectableReason;
  readonly language: ReasonLanguage;
  readonly pattern: RegExp;
  /** False when the phrase carries its own negation ("have not received the invoice"). */
  readonly negatable: boolean;
  /** A weak phrase only wins when nothing stronger matched ("we cannot pay"). */
  readonly weak: boolean;
};

/** Most characters of the fresh part of a message analysed: the customer's words come first. */
export const MAX_ANALYSED_CHARS = 20_000;

const EVIDENCE_MAX = 120;

/** Most promise phrases of one message searched for a date. */
const MAX_PROMISES_DATED = 20;

const WORD = '\\p{L}\\p{N}';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function source(phrases: readonly string[]): string {
  // A space in a phrase stands for any run of white space (wrapped lines, double spaces).
  return phrases.map((p) => p.replace(/ /g, '\\s+')).join('|');
}

function rule(
  reason: DetectableReason,
  language: ReasonLanguage,
  phrases: readonly string[],
  options: { negatable?: boolean; weak?: boolean } = {},
): Rule {
  const body = source(phrases);
  // The word boundary before a phrase is checked in code: a leading lookbehind would stop the
  // regex engine from skipping ahead on the phrase's first characters (ten times slower).
  const pattern =
    language === 'zh' ? new RegExp(body, 'giu') : new RegExp(`(?:${body})(?![${WORD}])`, 'giu');
  return {
    reason,
    language,
    pattern,
    negatable: options.negatable ?? true,
    weak: options.weak ?? false,
  };
}

const ZH_PAY = '(?:付款|支付|汇款|付清|结清|转账|打款|回款|付给您|付给你|把款付|安排付款)';

/** The phrase tables. Order inside a reason does not matter: the earliest match in the text is quoted. */
const RULES: readonly Rule[] = [
  // Out of office: an autoreply is not a reply.
  rule('out-of-office', 'en', [
    'auto(?:matic)?(?:-| )?(?:reply|response)',
    'out of (?:the )?office',
    'away from (?:the |my )?(?:office|desk)',
    '(?:on|taking) (?:annual |sick |maternity |paternity |parental |public |bank |summer )?(?:leave|holidays?|vacation)',
    "(?:i am|i'm|i will be|i'll be) (?:currently )?(?:away|travell?ing|off work|out until)",
    'limited (?:access to (?:my )?)?e-?mail',
    "(?:i will|i'll) (?:be back|return) (?:in the office |to the office )?on",
    'back in the office on',
    '(?:our )?offices? (?:is|are|will be) closed',
  ]),
  rule('out-of-office', 'es', [
    'respuesta automática',
    'fuera de (?:la )?oficina',
    '(?:estoy|estaré|me encuentro) (?:de vacaciones|de viaje|de permiso|ausente|de baja)',
    'de vacaciones',
    'no estaré en la oficina',
    '(?:regresaré|volveré|me reincorporaré|estaré de vuelta|estaré de regreso)',
    'acceso limitado al correo',
    '(?:la oficina|nuestras oficinas) (?:está|están|estará|estarán) cerrad[ao]s?',
  ]),
  rule('out-of-office', 'zh', [
    '自动回复',
    '自動回覆',
    '不在办公室',
    '不在辦公室',
    '(?:正在|目前|现在|正)(?:休假|休年假|出差|外出|放假|请假)',
    '休假中',
    '出差中',
    '假期中',
    '放假期间',
    '(?:将|会)(?:于|在)[^。！？\\n]{0,15}?(?:返回|回来|回到办公室|返岗|上班)',
    '(?:暂时)?无法(?:及时)?回复(?:邮件|您的邮件)',
  ]),
  rule('out-of-office', 'fr', [
    'réponse automatique',
    'absente? du bureau',
    '(?:je suis|je serai) (?:absente?|en congés?|en vacances|en déplacement)',
    'en congés?',
    'de retour le',
  ]),
  rule('out-of-office', 'de', [
    'abwesenheitsnotiz',
    'automatische antwort',
    'nicht im büro',
    'im urlaub',
    'außer haus',
    'wieder im büro',
    '(?:bin|sind) (?:derzeit |zurzeit )?abwesend',
  ]),
  rule('out-of-office', 'pt', [
    'resposta automática',
    'fora do escritório',
    '(?:estou|estarei) (?:de férias|ausente|em licença|fora)',
    'de férias',
    'estarei de volta',
  ]),

  // Payment sent.
  rule('payment-sent', 'en', [
    "(?:we|i)(?: have|'ve)? (?:already |just |now |today |yesterday )?(?:paid|settled|remitted|transferred|wired)",
    "(?:we|i)(?: have|'ve)? (?:already |just |now )?(?:made|sent|effected|processed|released|executed|initiated|arranged|completed) (?:the |a |our |your |full )?(?:payment|transfer|remittance|wire|bank transfer)",
    '(?:payment|transfer|remittance|wire|funds|money|amount|balance|invoice|invoices)(?: has| have| was| were| is)(?: already| now)? (?:been )?(?:paid|sent|made|transferred|remitted|effected|processed|released|executed|completed|settled|wired|initiated)',
    '(?:payment|transfer|funds|money) (?:is|are) on (?:its|the|their) way',
    '(?:attached|enclosed|please find|here is|herewith|we attach|i attach)[^.!?\\n]{0,40}?(?:remittance|proof of payment|payment (?:confirmation|advice|receipt|slip|proof|copy)|bank (?:slip|receipt|confirmation)|swift(?: copy| confirmation)?|mt ?103|transfer (?:confirmation|slip|receipt|copy))',
    '(?:remittance(?: advice)?|payment confirmation|swift copy|mt ?103|proof of payment)[^.!?\\n]{0,20}? (?:is |are )?(?:attached|enclosed)',
    'mt ?103',
    '(?:did|have) you (?:receive|received|get|got) (?:our|the|my) (?:payment|transfer|funds|remittance)',
  ]),
  rule('payment-sent', 'es', [
    '(?:ya )?(?:hemos|he) (?:ya )?(?:pagado|abonado|transferido|liquidado|saldado)',
    '(?:ya )?(?:hemos|he) (?:ya )?(?:realizado|efectuado|hecho|enviado|emitido|ordenado) (?:el|la|los|las) (?:pagos?|transferencias?|abonos?)',
    'ya (?:pagamos|abonamos|transferimos|realizamos el pago|realizamos la transferencia)',
    '(?:pagamos|transferimos|realizamos el pago|realizamos la transferencia) ayer',
    '(?:el|la) (?:pago|transferencia|factura|importe|abono) (?:ya )?(?:fue|ha sido|está|ya está) (?:realizad|efectuad|enviad|emitid|pagad|abonad|liquidad|hech|transferid)[oa]',
    '(?:el|la) (?:pago|transferencia|abono) se (?:realizó|efectuó|envió|hizo|ha realizado|ha efectuado|ha enviado|ha hecho)',
    '(?:transferencia|pago) (?:realizad|efectuad|enviad)[oa]',
    '(?:adjunto|adjuntamos|les? envío|les? enviamos|les? remito|remitimos|encontrará adjunto)[^.!?\\n]{0,30}?(?:comprobante|justificante|resguardo|swift|mt ?103|copia de la transferencia)',
    '(?:comprobante|justificante) de (?:pago|transferencia)',
    '(?:han|ha) recibido (?:nuestro|el) (?:pago|transferencia)',
  ]),
  rule('payment-sent', 'zh', [
    `已(?:经)?(?:付款|支付|汇款|转账|打款|付清|结清|付过|汇出|转出|完成付款|完成支付|安排(?:了)?(?:付款|汇款))`,
    `已(?:经)?(?:于|在)[^。！？\\n]{0,12}?(?:付款|支付|汇款|转账|打款|汇出)`,
    '(?:款项?|货款|钱|费用)(?:已|已经)(?:付|汇|转|打|支付|汇出|转出)',
    '(?:付款|汇款|转账)(?:已|已经)(?:完成|发出)',
    '付款凭证|汇款凭证|转账凭证|汇款单|水单|银行回单|付款回单|电汇凭证',
    '收到(?:了)?(?:我们|我司|我方)的(?:付款|汇款|款项|货款)',
  ]),
  rule('payment-sent', 'fr', [
    'nous avons (?:déjà |bien )?(?:payé|réglé|viré|effectué (?:le|un) (?:paiement|virement|règlement)|procédé au (?:paiement|virement|règlement))',
    '(?:le|notre) (?:paiement|virement|règlement) a été (?:effectué|envoyé|émis|fait|réalisé|exécuté)',
    'virement (?:effectué|émis)',
    '(?:ci-joint|veuillez trouver)[^.!?\\n]{0,30}?(?:preuve|avis|justificatif|confirmation|copie) de (?:paiement|virement)',
  ]),
  rule('payment-sent', 'de', [
    'wir haben (?:die |ihre |diese )?(?:rechnung |rechnungen |zahlung |summe |betrag )?(?:bereits |schon |heute |gestern )?(?:bezahlt|gezahlt|überwiesen|beglichen|veranlasst|angewiesen)',
    '(?:zahlung|überweisung) (?:wurde|ist) (?:bereits |schon |heute |gestern )?(?:veranlasst|ausgeführt|erfolgt|getätigt|angewiesen|durchgeführt)',
    'zahlungsbestätigung|überweisungsbeleg|überweisungsbestätigung|zahlungsnachweis',
  ]),
  rule('payment-sent', 'pt', [
    'já (?:pagamos|transferimos|efetuamos o pagamento|realizamos o pagamento)',
    '(?:efetuamos|realizamos|fizemos) o pagamento',
    'o pagamento (?:já )?foi (?:efetuado|realizado|feito|enviado)',
    'transferência (?:efetuada|realizada|feita)',
    'comprovante de (?:pagamento|transferência)',
  ]),

  // Dispute: quality, damage, quantity, price, goods not delivered.
  rule('dispute', 'en', [
    'quality (?:problems?|issues?|complaints?|defects?|concerns?)',
    '(?:problems?|issues?) with (?:the )?(?:quality|goods|products|shipment|items)',
    '(?:poor|bad|low|inferior) quality',
    'damaged|defective|faulty',
    '(?:arrived|were|was|are|is) (?:broken|wet|crushed|in (?:bad|poor) condition)',
    'short(?:-| )(?:shipment|shipped|delivery|delivered|supply|supplied)',
    '(?:wrong|incorrect) (?:quantit(?:y|ies)|items?|goods|products?|models?|colou?rs?|sizes?|specifications?|parts?|materials?)',
    '(?:missing|short by) (?:\\d+ )?(?:items?|goods|pieces|pcs|units|cartons|boxes|parts|pallets|products)',
    '(?:items?|goods|pieces|pcs|units|cartons|boxes|parts|pallets|products) (?:are |were |is |was )?missing',
    '(?:file|filed|raise|raised|lodge|lodged|make|made|submit|submitted) (?:a |an |our )?(?:formal )?(?:complaint|claim)',
    'complaints?',
    '(?:we )?(?:dispute|contest|reject) (?:the |this |your )?(?:invoice|charges?|amount|prices?|bill)',
    'overcharged|overbilled|double(?:-| )?(?:charged|billed|invoiced)',
    '(?:price|amount|invoice amount|unit price) (?:is |was )?(?:wrong|incorrect)',
    'price discrepanc(?:y|ies)',
    '(?:issue|send|need|request)(?: us)? a credit (?:note|memo)',
  ]),
  rule(
    'dispute',
    'en',
    [
      'not (?:as|according to) (?:ordered|described|agreed|specified|the sample|the specification|the contract)',
      '(?:does|do|did) not (?:meet|match|conform to|comply with) (?:the |our )?(?:specifications?|specs|samples?|standards?|requirements|order)',
      "(?:do not|don't|cannot|can't) (?:agree|accept) (?:with )?(?:the |this |your )?(?:invoice|amount|prices?|charges?)",
      "(?:have|has|did)(?: not|n't| never)(?: yet)? (?:received|got|get|receive) (?:the |our |your |any )?(?:goods|shipment|delivery|container|order|products|items|parcel|cargo|merchandise)",
      "(?:goods|shipment|delivery|container|order|products|items|parcel|cargo) (?:has|have)(?: not|n't)(?: yet)? (?:arrived|been delivered)",
    ],
    { negatable: false },
  ),
  rule('dispute', 'es', [
    'problemas? de calidad',
    '(?:mala|baja|pésima) calidad',
    'calidad (?:deficiente|defectuosa|inaceptable)',
    'defectuos[oa]s?|dañad[oa]s?|averiad[oa]s?|rot[oa]s?|deteriorad[oa]s?',
    'en mal estado',
    '(?:faltan|falta|faltaban) (?:\\d+ )?(?:piezas|unidades|cajas|bultos|productos|artículos|palés|palets|cartones)',
    '(?:cantidad|cantidades|productos?|mercancía|artículos?|modelos?) (?:incorrect|equivocad|errón)[oa]s?',
    '(?:envío|pedido) incompleto|entrega incompleta',
    '(?:presentar|presentamos|hemos presentado|poner|ponemos|hemos puesto|abrir|abrimos) (?:una )?(?:reclamación|queja|reclamo)',
    'reclamación|reclamaciones|reclamo|queja',
    'disputa|litigio|nota de (?:crédito|abono)',
    '(?:precio|importe) (?:incorrecto|equivocado|erróneo)',
    'cobrado de más',
  ]),
  rule(
    'dispute',
    'es',
    [
      'no (?:cumple|cumplen) (?:con )?(?:las? )?(?:especificaciones?|muestras?|requisitos|normas?|calidad)',
      'no (?:estamos|estoy) de acuerdo con (?:la|el|los|las) (?:facturas?|importes?|precios?|cargos?)',
      'no (?:hemos|he) recibido (?:la|el|los|las) (?:mercancía|mercadería|pedido|envío|productos|material|contenedor|género)',
      '(?:la mercancía|el pedido|el envío|el contenedor) (?:todavía |aún )?no (?:ha llegado|llegó)',
    ],
    { negatable: false },
  ),
  rule('dispute', 'zh', [
    '质量问题|品质问题|质量有问题|质量不(?:合格|好|达标|行)|质量差|品质不良|不合格品?|次品|残次品|瑕疵|缺陷|质量投诉',
    '(?:货物|产品|箱子|包装|纸箱)?(?:损坏|破损|受损|损毁|有损坏)',
    '数量不(?:对|符|足|够)|短装|少发|少货|漏发|发错|错发|货不对板|与(?:样品|合同|订单)不符',
    '投诉|索赔|退货|争议|异议',
    '(?:金额|价格|单价)(?:不对|有误|错误|不符)',
  ]),
  rule(
    'dispute',
    'zh',
    [
      '(?:没有|没|未|尚未|还没(?:有)?)(?:收到|到)(?:货|货物|产品|集装箱)',
      '货(?:物)?(?:还)?(?:没|未)(?:有)?到',
    ],
    { negatable: false },
  ),
  rule('dispute', 'fr', [
    'problèmes? de qualité|mauvaise qualité',
    'défectueu(?:x|se|ses)|endommagée?s?|abîmée?s?|cassée?s?',
    'marchandises? manquantes?|quantité incorrecte|erreur de quantité',
    'réclamation|litige|nous contestons',
  ]),
  rule('dispute', 'fr', ['non conformes?'], { negatable: false }),
  rule('dispute', 'de', [
    'qualitätsprobleme?|qualitätsmängel|qualitätsmangel|mängel|mangelhaft',
    'beschädigt|defekt',
    'reklamation|beanstandung',
    'falsche (?:menge|ware|artikel)|fehlmenge|minderlieferung|fehlende (?:teile|ware|artikel)',
    'wir widersprechen',
  ]),
  rule('dispute', 'pt', [
    'problemas? de qualidade|má qualidade',
    'defeituos[oa]s?|danificad[oa]s?|avariad[oa]s?|quebrad[oa]s?',
    'quantidade (?:errada|incorreta)',
    'faltam (?:\\d+ )?(?:peças|unidades|caixas|produtos)',
    'reclamação',
  ]),
  rule('dispute', 'pt', ['não conformes?'], { negatable: false }),

  // Promise to pay; strong only with a date in the same sentence.
  rule('promise', 'en', [
    "(?:we|i)(?: will|'ll| shall| are going to| am going to| plan to| intend to| expect to| hope to| aim to| can| could| should be able to| will be able to|'ll be able to| promise to| commit to| are planning to) (?:make|arrange|effect|process|release|send|initiate|execute|schedule) (?:you |us )?(?:the |our |a |your |full |partial |the remaining |the outstanding |the full |the balance )?(?:payment|transfer|remittance|wire|balance)",
    "(?:we|i)(?: will|'ll| shall| are going to| am going to| plan to| intend to| expect to| hope to| aim to| can| could| should be able to| will be able to|'ll be able to| promise to| commit to| are planning to) (?:pay|settle|transfer|remit|wire|clear)",
    '(?:the |your |our )?(?:payment|transfer|remittance|invoices?|balance|amount) (?:will|should|shall|is expected to|is scheduled to|is planned to|is going to) (?:be )?(?:made|sent|released|processed|effected|paid|settled|transferred|remitted|executed|arrive|reach you|go out|follow)',
    '(?:payment|transfer) (?:is|has been) (?:scheduled|planned|set) for',
    "you (?:will|should|'ll) (?:receive|get|have|see) (?:the |our |your )?(?:payment|funds|transfer|money|remittance)",
    '(?:it|this|they) (?:will|shall) be paid',
  ]),
  rule('promise', 'es', [
    '(?:pagaremos|abonaremos|transferiremos|liquidaremos|saldaremos|ingresaremos)',
    '(?:realizaremos|efectuaremos|haremos|enviaremos|emitiremos|ordenaremos|procesaremos|tramitaremos) (?:el|la|los|las) (?:pagos?|transferencias?|abonos?|giros?)',
    '(?:el|la) (?:pago|transferencia|abono|giro) se (?:realizará|efectuará|hará|enviará|emitirá|ordenará|procesará|tramitará)',
    '(?:el|la) (?:pago|transferencia|abono) (?:será|va a ser|quedará) (?:realizad|efectuad|enviad|hech|emitid)[oa]',
    '(?:vamos a|podemos|podremos|esperamos|prevemos|tenemos previsto|planeamos|nos comprometemos a|intentaremos|procuraremos) (?:pagar|abonar|transferir|liquidar|saldar|(?:realizar|hacer|efectuar) (?:el|la) (?:pago|transferencia))',
    '(?:recibirán|recibirá|tendrán|tendrá) (?:el|su|nuestro|la) (?:pago|transferencia|dinero)',
  ]),
  rule('promise', 'zh', [
    `(?:将|会|将会|预计|计划|打算|准备|争取|保证|承诺|可以|能够?|尽快|安排在|定于|拟于|最迟|最晚)[^。！？\\n;]{0,16}?${ZH_PAY}`,
    `(?:前|之前|以前)${ZH_PAY}`,
    `(?:明天|后天|今天|下个?(?:周|星期|礼拜)[一二三四五六日天]?|(?:本|这)?(?:周|星期|礼拜)[一二三四五六日天]|月底|月末|\\d{1,2}\\s*[日号])(?:前|之前)?(?:会|将|就)?(?:安排)?${ZH_PAY}`,
  ]),
  rule('promise', 'fr', [
    'nous (?:allons|pourrons|pouvons|prévoyons de|comptons) (?:payer|régler|virer|effectuer le (?:paiement|virement)|procéder au (?:paiement|virement|règlement))',
    'nous (?:paierons|payerons|réglerons|virerons|effectuerons le (?:paiement|virement)|procéderons au (?:paiement|virement|règlement))',
    'le (?:paiement|virement|règlement) (?:sera|va être) (?:effectué|envoyé|fait|émis)',
  ]),
  rule('promise', 'de', [
    'wir werden [^!?\\n]{0,40}?(?:bezahlen|zahlen|überweisen|begleichen|veranlassen|anweisen)',
    '(?:zahlung|überweisung) (?:wird|erfolgt) (?:am|bis|spätestens)',
    'wir (?:zahlen|überweisen|begleichen) (?:am|bis|spätestens)',
  ]),
  rule('promise', 'pt', [
    '(?:pagaremos|transferiremos|vamos pagar|iremos pagar|(?:efetuaremos|faremos|realizaremos) o pagamento)',
    'o pagamento (?:será|vai ser) (?:efetuado|realizado|feito|enviado)',
  ]),

  // Cash flow.
  rule('cash-flow', 'en', [
    'cash(?:-| )?flow',
    '(?:tight|limited|low|poor) (?:liquidity|cash|cash position|funds|budget)',
    'liquidity (?:problems?|issues?|constraints?|shortage|crunch|squeeze)',
    'short (?:of|on) (?:cash|funds|money|liquidity)',
    'cash (?:shortage|crunch|constraints?|problems?|issues?)',
    '(?:financial|economic|financing) (?:difficult(?:y|ies)|problems?|issues?|constraints?|hardship)',
    '(?:pay|payment|payments|settle it) in (?:\\d+|two|three|four|several|monthly|weekly) (?:instal?l?ments|parts|tranches|portions)',
    'instal?l?ments?',
    '(?:payment|repayment|instal?l?ment) plan',
    'partial payments?',
    'pay (?:part|a part|half|a portion) (?:of|now)',
    '(?:more|additional|extra) time (?:to pay|for (?:the )?payment)',
    '(?:extend|extension of|extended) (?:the )?(?:payment )?(?:terms|deadline|due date|credit)',
    "waiting for (?:our |a |the )?(?:customers?|clients?)(?:'s|')? payments?",
    'waiting for (?:our |a |the )?(?:customers?|clients?) to pay',
    '(?:currency|foreign exchange|forex|fx) (?:control|restrictions?|shortage)',
  ]),
  rule(
    'cash-flow',
    'en',
    [
      "(?:our|the|a|major) (?:customers?|clients?|buyers?) (?:ha(?:s|ve) not|haven't|hasn't|did not|didn't) (?:yet )?paid",
    ],
    { negatable: false },
  ),
  rule(
    'cash-flow',
    'en',
    [
      "(?:cannot|can't|can not|are unable to|are not able to|won't be able to|will not be able to|are not in a position to) (?:pay|make (?:the )?payment|settle)",
    ],
    { negatable: false, weak: true },
  ),
  rule('cash-flow', 'es', [
    'problemas? de (?:liquidez|tesorería|caja|flujo de caja)',
    'flujo de caja',
    'falta de (?:liquidez|fondos|tesorería)',
    '(?:dificultades|problemas) (?:económic|financier)[oa]s',
    'liquidez (?:ajustada|limitada|escasa)',
    '(?:tesorería|caja) (?:ajustada|limitada|tensionada)',
    '(?:pagar|pago|pagos|abonar) (?:en|a|por) (?:plazos|cuotas|partes)',
    '(?:pagos?) (?:fraccionados?|aplazados?|parcial(?:es)?|escalonados?)',
    'fraccionar (?:el|los) pagos?',
    '(?:plan|calendario) de pagos',
    'más tiempo|prórroga|aplazamiento|aplazar el pago|ampliar el plazo|ampliación del plazo',
  ]),
  rule('cash-flow', 'es', ['(?:nuestros|los) clientes no nos (?:han pagado|pagan)'], {
    negatable: false,
  }),
  rule(
    'cash-flow',
    'es',
    [
      'no (?:podemos|podremos|estamos en condiciones de|nos es posible) (?:pagar|abonar|realizar el pago|hacer frente al pago)',
    ],
    { negatable: false, weak: true },
  ),
  rule('cash-flow', 'zh', [
    '资金(?:紧张|周转困难|周转不开|困难|问题|短缺|紧缺|不足|压力)',
    '现金流',
    '周转(?:困难|不开|不灵|不过来)',
    '手头(?:紧|比较紧)',
    '资金链',
    '分期(?:付款|支付|还款)?',
    '分(?:两|三|四|几|2|3|4)(?:期|批|次)(?:付款|支付|付清|付)',
    '部分付款|先付(?:一部分|部分|一半|\\d+%)',
    '延期付款|延长(?:付款)?(?:期限|账期)|宽限',
    '回款(?:慢|困难|问题|延迟)',
    '外汇管制|换汇困难',
  ]),
  rule('cash-flow', 'zh', ['客户(?:还)?(?:没有|未|没)(?:付款|回款|付钱)'], { negatable: false }),
  rule(
    'cash-flow',
    'zh',
    ['(?:暂时|目前)?(?:无法|没法|没有办法|不能)[^。！？，,\\n]{0,12}?(?:付款|支付|付清|汇款)'],
    { negatable: false, weak: true },
  ),
  rule('cash-flow', 'fr', [
    'problèmes? de trésorerie|trésorerie (?:tendue|difficile|serrée)',
    'difficultés (?:financières|de trésorerie)',
    'paiement échelonné|échelonner|en plusieurs (?:fois|versements)|paiement partiel',
    'délai (?:de paiement )?supplémentaire',
  ]),
  rule('cash-flow', 'de', [
    'liquiditätsengpass|liquiditätsprobleme?|finanzielle schwierigkeiten|zahlungsschwierigkeiten',
    'ratenzahlung|in raten|teilzahlung|zahlungsaufschub|stundung',
  ]),
  rule('cash-flow', 'pt', [
    'problemas? de (?:liquidez|fluxo de caixa|caixa)|fluxo de caixa|dificuldades financeiras',
    '(?:pagar|pagamento) (?:em|a) (?:parcelas|prestações)|parcelamento|parcelar|pagamento parcial|prorrogação',
  ]),

  // Waiting for approval.
  rule('approval', 'en', [
    '(?:waiting|wait|awaiting|pending|await) (?:for )?(?:the |an |our |internal |management |final |his |her |their )?(?:internal )?(?:approval|sign-?off|authori[sz]ation|signature)',
    '(?:in|under|going through|stuck in|through) (?:the |our |an )?(?:internal )?(?:approval|sign-?off|authori[sz]ation|validation|payment approval) (?:process|workflow|cycle|stage|chain|procedure)',
    '(?:needs?|requires?|must) (?:to )?(?:be )?(?:approved|signed off|authori[sz]ed|validated)',
    'pending approval|approval is pending|yet to be approved',
    '(?:sent|forwarded|passed|submitted|escalated)(?: it| this| the invoice| your invoice)?(?: on)? (?:to|for) (?:our )?(?:approval|finance|accounting|accounts payable|management|the manager|the director|the cfo)(?: department| team)?',
    '(?:manager|director|cfo|boss|ceo|controller)(?: is| has)? (?:to sign|needs to sign|has to approve|needs to approve|must approve|to approve)',
  ]),
  rule('approval', 'en', ['not (?:yet )?(?:been )?approved'], { negatable: false }),
  rule('approval', 'es', [
    'pendiente de (?:aprobación|autorización|firma|visto bueno|validación)',
    '(?:esperando|a la espera de|en espera de|aguardando) (?:la |el )?(?:aprobación|autorización|firma|visto bueno|validación)',
    'en (?:proceso|trámite|circuito|fase) de (?:aprobación|autorización|validación|firma)',
    '(?:debe|tiene que|necesita|deben|tienen que) ser (?:aprobad|autorizad|validad|firmad)[oa]s?',
    '(?:está|están) en (?:revisión|trámite|aprobación)',
    'aprobación interna',
    '(?:lo|la) (?:hemos )?(?:pasado|enviado|remitido|trasladado) a (?:contabilidad|administración|finanzas|tesorería|dirección|cuentas a pagar)',
  ]),
  rule('approval', 'es', ['(?:todavía|aún) no (?:está|ha sido) (?:aprobad|autorizad)[oa]'], {
    negatable: false,
  }),
  rule('approval', 'zh', [
    '等待(?:领导|老板|总经理|财务|上级|公司)?(?:的)?(?:审批|批准|签字|审核|批复)',
    '审批中|正在审批|审批流程|走(?:审批)?流程|待审批|待批|待审核|审核中|正在审核|报批|内部流程',
    '财务(?:审核|处理|审批)中',
  ]),
  rule(
    'approval',
    'zh',
    [
      '还(?:没|未)(?:有)?(?:批|审批|审核|批准)(?:下来)?',
      '(?:领导|老板|总经理)(?:还)?(?:没|未)(?:有)?签字',
    ],
    { negatable: false },
  ),
  rule('approval', 'fr', [
    "en attente (?:d'|de l'|de la |de )?(?:approbation|validation|autorisation|signature)",
    'en cours de (?:validation|approbation)|circuit de validation',
  ]),
  rule('approval', 'de', [
    '(?:wartet|warten) auf (?:die )?(?:freigabe|genehmigung|unterschrift)',
    'in der freigabe|freigabeprozess|zur freigabe|genehmigungsprozess',
  ]),
  rule('approval', 'de', ['noch nicht freigegeben'], { negatable: false }),
  rule('approval', 'pt', [
    'aguardando (?:a )?(?:aprovação|autorização|assinatura)',
    'pendente de (?:aprovação|autorização)|em (?:processo de )?aprovação',
  ]),

  // Invoice or documents not received, wrong, or to resend.
  rule(
    'not-received',
    'en',
    [
      "(?:have|has|did|do)(?: not|n't| never)(?: yet)? (?:received|receive|got|get|seen|see|find|found) (?:the |your |any |this |that |an |a |our )?(?:copy of (?:the |your )?)?(?:invoices?|bill|documents?|statement|paperwork|bill of lading|b/l|packing list|proforma|commercial invoice|original documents|credit note)",
      '(?:we|i) never (?:received|got) (?:the |your |any |this )?(?:invoices?|documents?|bill)',
      "(?:invoices?|documents?|bill) (?:was|were|has|have)(?: not|n't)(?: yet)? (?:been )?(?:received|delivered|arrived)",
      'no invoice (?:was |has been )?received',
      'no record of (?:the |this |your |that )?invoice',
      "(?:cannot|can't|could not|couldn't|unable to) (?:find|locate) (?:the |this |your |that |any )?(?:invoices?|documents?)",
    ],
    { negatable: false },
  ),
  rule('not-received', 'en', [
    '(?:please|kindly|could you|can you|would you|pls)(?: please| kindly)? (?:re-?send|re-?issue|send (?:it |them )?again|send (?:us |me )?(?:a |another |the )?(?:copy|copies|duplicate)|send (?:us |me )?(?:the |a |a new |a corrected |an updated |the correct )?(?:invoices?|documents?))',
    're-?send|re-?issue',
    '(?:wrong|incorrect|missing|invalid) (?:invoices?|documents?|address|billing address|company name|po number|po|purchase order number|vat number|tax (?:id|number)|consignee|bill to)',
    '(?:invoices?|documents?) (?:is|was|are|were|seems|seem) (?:wrong|incorrect|invalid|missing|incomplete)',
    '(?:invoices?|documents?) (?:is |was )?addressed to the wrong',
  ]),
  rule(
    'not-received',
    'es',
    [
      'no (?:hemos|he|han|ha) (?:recibido|visto|encontrado) (?:la |las |el |los |ninguna |ningún |su |sus |dicha )?(?:copia de la )?(?:facturas?|documentos?|documentación|conocimiento de embarque|albarán|proforma)',
      '(?:la )?factura no (?:nos )?(?:ha llegado|llegó)',
      'no nos ha llegado (?:la |ninguna )?(?:factura|documentación)',
      'no (?:encontramos|encuentro|localizamos|tenemos constancia de) (?:la |dicha |esta |su )?factura',
    ],
    { negatable: false },
  ),
  rule('not-received', 'es', [
    'reenviar(?:nos|me|la|nosla|mela)?|reenvíe(?:nos|me)?|reenvíen(?:nos|me)?|vuelvan? a enviar|envíen? de nuevo|enviar de nuevo|mandar de nuevo|volver a enviar',
    '(?:facturas?|documentos?|documentación) (?:incorrect|erróne|equivocad|incomplet)[oa]s?',
    '(?:datos|dirección|razón social|nif|cif|rfc|número de pedido|orden de compra) (?:incorrect|erróne|equivocad)[oa]s?',
    'falta (?:el|la) (?:número de pedido|orden de compra|nif|cif|rfc)',
  ]),
  rule(
    'not-received',
    'zh',
    [
      '(?:没有|没|未|尚未|还没(?:有)?|从未)(?:收到|看到|拿到|找到)(?:贵司|你们|你方|您)?(?:的)?(?:任何)?(?:[A-Za-z0-9\\-/]{1,20}号?的?)?(?:发票|账单|单据|文件|提单|装箱单|对账单|正本|invoice)',
      '找不到(?:这张|该|这份|你们的|贵司的)?(?:发票|账单|单据)',
      '发票(?:还)?(?:没|未)(?:有)?(?:收到|到)',
    ],
    { negatable: false },
  ),
  rule('not-received', 'zh', [
    '发票(?:丢失|遗失|有误|错误|不对|开错|抬头(?:错|不对|有误))',
    '(?:请|麻烦)(?:您|你)?(?:重新|再)(?:发|寄|开|提供|发送)(?:一下|一份|一次)?',
    '重新开(?:具)?(?:一张)?发票|补发(?:发票|单据)?',
    '单据(?:有误|不全|错误|不对)|开错(?:了)?发票|(?:抬头|税号)(?:有误|错误|不对)',
  ]),
  rule(
    'not-received',
    'fr',
    [
      "n'avons (?:pas|jamais) (?:encore )?reçu (?:la |les |votre |vos |aucune )?(?:factures?|documents?)",
    ],
    { negatable: false },
  ),
  rule('not-received', 'fr', [
    'pourriez-vous (?:nous )?(?:renvoyer|réexpédier|envoyer à nouveau)',
    'merci de (?:nous )?renvoyer',
    'facture (?:erronée|incorrecte|incomplète)',
  ]),
  rule(
    'not-received',
    'de',
    [
      '(?:die |ihre |keine )?rechnung (?:noch )?nicht erhalten',
      'keine rechnung erhalten',
      'rechnung (?:ist )?(?:noch )?nicht angekommen',
    ],
    { negatable: false },
  ),
  rule('not-received', 'de', [
    '(?:erneut|nochmals|noch einmal) (?:senden|schicken|zusenden)',
    'fehlerhafte rechnung|falsche rechnung|rechnung (?:ist )?(?:falsch|fehlerhaft)',
  ]),
  rule(
    'not-received',
    'pt',
    [
      'não (?:recebemos|recebi) (?:a |as |o |os |nenhuma )?(?:faturas?|nota fiscal|documentos?|boleto)',
    ],
    { negatable: false },
  ),
  rule('not-received', 'pt', [
    'reenviar|reenvie|reenviem|enviar novamente|envie novamente',
    'fatura (?:errada|incorreta|incompleta)',
  ]),
];

const NEGATION = new RegExp(
  `(?<![${WORD}])(?:not|no|never|without|nor|none|neither|cannot|unable|sin|nunca|ni|ningún|ninguna|ninguno|tampoco|jamás|pas|ne|aucun|aucune|sans|jamais|nicht|kein|keine|keinen|keiner|keinem|keines|ohne|nie|niemals|não|nao|sem|nenhum|nenhuma|nem)(?![${WORD}])|n't|(?<![${WORD}])n'|没有|没|无|不是|并非|并无|未|不存在`,
  'iu',
);

// A payment announced under a condition has not been sent yet ("once we have paid").
const CONDITION = new RegExp(
  `(?<![${WORD}])(?:once|when|after|as soon as|if|until|before|unless|will|cuando|una vez|en cuanto|si|hasta que|antes de|lorsque|quand|dès que|sobald|wenn|falls|nachdem|quando|assim que)(?![${WORD}])|如果|一旦|等到|之后`,
  'iu',
);

const PROMISE_NEGATION = /不能|不会|无法|没法|没办法|暂不|暂时不|不可能|未能/u;

// A human writing about a past absence is replying ("sorry, I was on holiday").
const PAST_ABSENCE = new RegExp(
  `(?<![${WORD}])(?:was|were|been|returned|back from|estuve|estaba|he estado|estuvimos|étais|war|waren|estive|estava)(?![${WORD}])|刚|之前`,
  'iu',
);
const PAST_ABSENCE_AFTER = /^[^。！？\n]{0,4}(?:回来|结束|归来)/u;

// "The quality issue has been resolved" no longer holds payment back ("until it is resolved" does).
const RESOLVED_AFTER = new RegExp(
  `^([^.!?。！？;\\n]{0,60}?)(?:(?<![${WORD}])(?:resolved|solved|fixed|sorted out|settled|closed|clarified|resuelt[oa]s?|solucionad[oa]s?|aclarad[oa]s?|arreglad[oa]s?|résolue?s?|gelöst|erledigt|geklärt|resolvid[oa]s?)(?![${WORD}])|已(?:经)?解决|解决了|处理好|处理完)`,
  'iu',
);

const CLAUSE_END =
  /[.!?;:,。！？；，、\n]|(?<![\p{L}\p{N}])(?:but|however|pero|sin embargo|mais|aber|mas)(?![\p{L}\p{N}])|但是|但|不过|可是/giu;

/** The part of the text before `index` in the same clause, at most 48 characters. */
function clauseBefore(text: string, index: number): string {
  const slice = text.slice(Math.max(0, index - 48), index);
  let cut = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(slice); m !== null; m = CLAUSE_END.exec(slice)) {
    cut = m.index + m[0].length;
  }
  return slice.slice(cut);
}

// Reply headers of common clients in the six languages: what follows is quoted history.
const REPLY_HEADER = new RegExp(
  [
    "^-{2,} ?(?:original message|mensaje original|message d'origine|ursprüngliche nachricht|mensagem original|原始邮件|原始郵件) ?-{2,}",
    '^_{10,}\\s*$',
    '^(?:from|de|von|发件人|寄件者|寄件人)\\s*:[^\\n]*\\n(?:[^\\n]*\\n){0,3}?(?:sent|date|enviado|fecha|envoyé|gesendet|datum|enviada|data|发送时间|日期|寄件日期)\\s*:',
    '^(?:on|el|le|am|em)\\s(?:[^\\n]{0,200}\\n)?[^\\n]{0,200}(?:wrote|escribió|a écrit|schrieb|escreveu)\\s?:',
    '^[^\\n]{0,120}写道\\s*:',
  ].join('|'),
  'imu',
);

/**
 * The customer's own words: NFKC (full-width digits and punctuation), straight apostrophes,
 * no `>` quoted lines and nothing after the first reply header, at most MAX_ANALYSED_CHARS.
 */
function freshText(text: string): string {
  const normal = text
    .slice(0, MAX_ANALYSED_CHARS * 2)
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u00b4`]/g, "'");
  const header = REPLY_HEADER.exec(normal);
  const head = header ? normal.slice(0, header.index) : normal;
  return head.replace(/^[ \t]*>.*$/gm, '').slice(0, MAX_ANALYSED_CHARS);
}

type Hit = {
  readonly rule: Rule;
  readonly index: number;
  readonly end: number;
  readonly text: string;
};

function isResolvedAfter(after: string): boolean {
  const m = RESOLVED_AFTER.exec(after);
  return m !== null && !CONDITION.test(m[1] ?? '') && !NEGATION.test(m[1] ?? '');
}

function isNegated(text: string, hit: Hit): boolean {
  if (!hit.rule.negatable) return false;
  const before = clauseBefore(text, hit.index);
  const span = before + hit.text;
  switch (hit.rule.reason) {
    case 'out-of-office':
      return (
        PAST_ABSENCE.test(before) ||
        NEGATION.test(before) ||
        PAST_ABSENCE_AFTER.test(text.slice(hit.end, hit.end + 8))
      );
    case 'payment-sent':
      return NEGATION.test(span) || CONDITION.test(before);
    case 'promise':
      return NEGATION.test(before) || PROMISE_NEGATION.test(span);
    case 'dispute':
      return NEGATION.test(span) || isResolvedAfter(text.slice(hit.end, hit.end + 80));
    default:
      return NEGATION.test(span);
  }
}

function hitsIn(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const r of RULES) {
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m !== null; m = r.pattern.exec(text)) {
      if (m[0] === '') {
        r.pattern.lastIndex++;
        continue;
      }
      if (r.language !== 'zh' && m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1] ?? '')) {
        r.pattern.lastIndex = m.index + 1;
        continue;
      }
      const hit = { rule: r, index: m.index, end: m.index + m[0].length, text: m[0] };
      if (!isNegated(text, hit)) hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

// ---- Dates in text ----

type FoundDate = {
  readonly index: number;
  readonly end: number;
  readonly date: CalendarDate;
  /** A numeric date whose day and month could be swapped (05/07/2026). */
  readonly ambiguous: boolean;
  readonly weekday: boolean;
};

/** Month names and abbreviations in the six languages; the index is the month number − 1. */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'janvier', 'januar', 'jänner', 'janeiro'],
  ['february', 'feb', 'febrero', 'février', 'fevrier', 'februar', 'fevereiro'],
  ['march', 'mar', 'marzo', 'mars', 'märz', 'maerz', 'março', 'marco'],
  ['april', 'apr', 'abril', 'avril'],
  ['may', 'mayo', 'mai', 'maio'],
  ['june', 'jun', 'junio', 'juin', 'juni', 'junho'],
  ['july', 'jul', 'julio', 'juillet', 'juli', 'julho'],
  ['august', 'aug', 'agosto', 'août', 'aout'],
  ['september', 'sept', 'sep', 'septiembre', 'setiembre', 'septembre', 'setembro'],
  ['october', 'oct', 'octubre', 'octobre', 'oktober', 'outubro'],
  ['november', 'nov', 'noviembre', 'novembre', 'novembro'],
  ['december', 'dec', 'diciembre', 'décembre', 'decembre', 'dezember', 'dezembro'],
];

/** Weekday names; the index is the ISO weekday − 1 (Monday first). */
const WEEKDAY_WORDS: readonly (readonly string[])[] = [
  ['monday', 'lunes', 'lundi', 'montag', 'segunda-feira'],
  ['tuesday', 'martes', 'mardi', 'dienstag', 'terça-feira', 'terca-feira'],
  ['wednesday', 'miércoles', 'miercoles', 'mercredi', 'mittwoch', 'quarta-feira'],
  ['thursday', 'jueves', 'jeudi', 'donnerstag', 'quinta-feira'],
  ['friday', 'viernes', 'vendredi', 'freitag', 'sexta-feira'],
  ['saturday', 'sábado', 'sabado', 'samedi', 'samstag', 'sonnabend'],
  ['sunday', 'domingo', 'dimanche', 'sonntag'],
];

function numbered(table: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  return new Map(table.flatMap((words, i) => words.map((w): [string, number] => [w, i + 1])));
}

const MONTHS = numbered(MONTH_WORDS);
const WEEKDAYS = numbered(WEEKDAY_WORDS);
const ZH_WEEKDAYS = new Map(
  [...'一二三四五六日'].map((c, i): [string, number] => [c, i + 1]).concat([['天', 7]]),
);

const byLength = (names: readonly string[]) =>
  [...names].sort((a, b) => b.length - a.length).join('|');
const MONTH_NAMES = byLength([...MONTHS.keys()]);
const WEEKDAY_NAMES = byLength([...WEEKDAYS.keys()]);
const NEXT_WORDS =
  /^(?:next|el próximo|próximo|próxima|prochain|nächsten|nächster|na próxima|no próximo)$/i;

const B = `(?<![${WORD}])`;
const E = `(?![${WORD}])`;

const DATE_PATTERNS = {
  iso: /(?<![\p{L}\p{N}\-/.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\p{N}\-/]|\.\d)/gu,
  numeric: /(?<![\p{L}\p{N}\-/.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}\-/]|\.\d)/gu,
  numericNoYear: /(?<![\p{L}\p{N}\-/.])(\d{1,2})\/(\d{1,2})(?![\p{N}/]|\.\d)/gu,
  zh: /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})(?!\d)\s*[日号號]?/gu,
  zhDay: /(?<![月\d])(本月|这个?月|下个?月)?(\d{1,2})\s*[号號日](?!\s*(?:内|以内|之内|\d))/gu,
  dayMonth: new RegExp(
    `${B}(\\d{1,2})(?:st|nd|rd|th|er|o|°|\\.)?\\s*(?:de\\s+|of\\s+)?(${MONTH_NAMES})${E}(?:\\.?,?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d))?`,
    'giu',
  ),
  monthDay: new RegExp(
    `${B}(${MONTH_NAMES})${E}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}]|\\s*[:h]\\d)${E}(?:,?\\s*(\\d{4})(?!\\d))?`,
    'giu',
  ),
  endOfNamedMonth: new RegExp(
    `${B}(?:end|finales|fin|final|ende|fim) (?:of|de|del|du|des|do) (${MONTH_NAMES})${E}`.replace(
      / /g,
      '\\s+',
    ),
    'giu',
  ),
  zhEndOfMonth: /(\d{1,2})\s*月(?:底|末)|(下个?月|本月|这个?月|月)(?:底|末)/gu,
  endOfMonth: new RegExp(
    `${B}(?:(?:the )?end of (?:(this|the|next) )?month|month(?:-| )end|(?:a )?(?:finales|fin|final) de(?:l)? (?:(este|próximo) )?mes(?: (que viene|próximo))?|fin (?:du|de ce|de) mois(?: (prochain))?|(?:ende|zum ende) (?:des|dieses|(nächsten)) monats|monatsende|(?:final|fim) (?:do|deste|(do próximo)) mês)${E}`.replace(
      / /g,
      '\\s+',
    ),
    'giu',
  ),
  week: new RegExp(
    `${B}(?:(next|coming) week|the week after|(this) week|end of (?:the |this )?week|(?:la )?(?:(próxima|siguiente) semana|semana (que viene|próxima))|(esta) semana|(?:la )?semaine (prochaine)|(cette) semaine|(nächste|nächsten|kommende|kommenden) woche|(diese|dieser) woche|(?:na )?(próxima) semana|semana (que vem))${E}`.replace(
      / /g,
      '\\s+',
    ),
    'giu',
  ),
  zhWeek: /(下个?(?:周|星期|礼拜)|(?:本|这个?)(?:周|星期|礼拜))(?![一二三四五六日天1-7末])/gu,
  inDays: new RegExp(
    `${B}(?:(?:in|within) (\\d{1,3}) (business |working )?days|(?:en|dentro de) (?:los próximos )?(\\d{1,3}) días( hábiles)?|(?:dans|sous) (\\d{1,3}) jours|(?:in|innerhalb von) (\\d{1,3}) tagen|(?:em|dentro de) (\\d{1,3}) dias( úteis)?)${E}`.replace(
      / /g,
      '\\s+',
    ),
    'giu',
  ),
  zhInDays: /(\d{1,3})\s*(?:个)?(工作日|天)(?:内|之内|以内)/gu,
  relative: new RegExp(
    `${B}(day after tomorrow|pasado mañana|après-demain|übermorgen|depois de amanhã|tomorrow|mañana|demain|morgen|amanhã|today|hoy|aujourd'hui|heute|hoje)${E}`,
    'giu',
  ),
  zhRelative: /(后天|明天|明日|今天|今日)/gu,
  weekday: new RegExp(
    `${B}(?:(this|next|coming|el próximo|próximo|próxima|el|este|esta|ce|prochain|nächsten|nächster|kommenden|diesen|am|on|by|na próxima|no próximo) )?(${WEEKDAY_NAMES})(?: (que viene|próximo|prochain))?${E}(?:,? (?:the )?(\\d{1,2})(?:st|nd|rd|th|er)?(?!\\p{N})(?!\\.? (?:de |of )?(?:${MONTH_NAMES})${E}))?`.replace(
      / /g,
      '\\s+',
    ),
    'giu',
  ),
  zhWeekday:
    /(下个?(?:周|星期|礼拜)|(?:本|这个?)(?:周|星期|礼拜)|周|星期|礼拜)([一二三四五六日天1-7])/gu,
};

function isoWeekday(date: CalendarDate): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

function onOrAfter(today: CalendarDate, weekday: number): CalendarDate {
  return addDays(today, (weekday - isoWeekday(today) + 7) % 7);
}

function inNextWeek(today: CalendarDate, weekday: number): CalendarDate {
  return addDays(today, 8 - isoWeekday(today) + weekday - 1);
}

function endOfMonth(today: CalendarDate, monthsAhead: number): CalendarDate {
  const { year, month } = partsOf(today);
  const total = year * 12 + (month - 1) + monthsAhead;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dateFromParts(y, m, daysInMonth(y, m));
}

/** "Friday 10th": the first 10th on or after `today` that is a Friday, within a year. */
function weekdayOnDay(today: CalendarDate, weekday: number, day: number): CalendarDate | undefined {
  const { year, month } = partsOf(today);
  for (let i = 0; i < 13; i++) {
    const y = year + Math.floor((month - 1 + i) / 12);
    const date = validDate(y, ((month - 1 + i) % 12) + 1, day);
    if (date !== undefined && date >= today && isoWeekday(date) === weekday) return date;
  }
  return undefined;
}

function addBusinessDays(today: CalendarDate, days: number): CalendarDate {
  let date = today;
  for (let left = days; left > 0;) {
    date = addDays(date, 1);
    if (isoWeekday(date) <= 5) left--;
  }
  return date;
}

function validDate(year: number, month: number, day: number): CalendarDate | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(text) ? text : undefined;
}

/** The first date on or after `today` with this month and day (29 February waits for a leap year). */
function nextOccurrence(today: CalendarDate, month: number, day: number): CalendarDate | undefined {
  const { year } = partsOf(today);
  for (let y = year; y <= year + 8; y++) {
    const date = validDate(y, month, day);
    if (date !== undefined && date >= today) return date;
  }
  return undefined;
}

function withYear(year: string | undefined, today: CalendarDate, month: number, day: number) {
  if (year === undefined) return nextOccurrence(today, month, day);
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  return validDate(y, month, day);
}

type NumericOrder = 'dmy' | 'mdy' | undefined;

/** The order the text's first unambiguous numeric date shows (31/12 day-first, 12/31 month-first). */
function numericOrder(text: string): NumericOrder {
  const pattern = DATE_PATTERNS.numeric;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) return 'dmy';
    if (b > 12 && a <= 12) return 'mdy';
  }
  return undefined;
}

/**
 * Every date expression of the text, resolved against `today`, in text order without overlaps.
 * Numeric d/m vs m/d: a part above 12 decides; when both readings are possible the date is
 * marked ambiguous and read, in order: the order another unambiguous numeric date of the same
 * text shows; the only reading on or after `today`; day-first (the usage of most trading
 * partners). No-year numeric dates need "/" and a two-digit part, so fractions like 1/2 are not dates.
 */
function findDates(text: string, today: CalendarDate, order: NumericOrder): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (
    m: RegExpExecArray,
    date: CalendarDate | undefined,
    extra: Partial<FoundDate> = {},
  ) => {
    if (date === undefined) return;
    found.push({
      index: m.index,
      end: m.index + m[0].length,
      date,
      ambiguous: false,
      weekday: false,
      ...extra,
    });
  };
  const each = (pattern: RegExp, visit: (m: RegExpExecArray) => void) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) visit(m);
  };

  each(DATE_PATTERNS.iso, (m) => add(m, validDate(Number(m[1]), Number(m[3]), Number(m[4]))));

  type Numeric = { m: RegExpExecArray; a: number; b: number; year: string | undefined };
  const numeric: Numeric[] = [];
  each(DATE_PATTERNS.numeric, (m) =>
    numeric.push({ m, a: Number(m[1]), b: Number(m[3]), year: m[4] }),
  );
  each(DATE_PATTERNS.numericNoYear, (m) => {
    if ((m[1] ?? '').length === 2 || (m[2] ?? '').length === 2) {
      numeric.push({ m, a: Number(m[1]), b: Number(m[2]), year: undefined });
    }
  });
  for (const { m, a, b, year } of numeric) {
    if (a > 12 || b > 12 || a === b) {
      add(m, a > 12 ? withYear(year, today, b, a) : withYear(year, today, a, b));
      continue;
    }
    const dayFirst = withYear(year, today, b, a);
    const monthFirst = withYear(year, today, a, b);
    let date = order === 'mdy' ? monthFirst : dayFirst;
    if (order === undefined && dayFirst !== undefined && monthFirst !== undefined) {
      if (dayFirst < today && monthFirst >= today) date = monthFirst;
    }
    add(m, date, { ambiguous: true });
  }

  each(DATE_PATTERNS.zh, (m) => add(m, withYear(m[1], today, Number(m[2]), Number(m[3]))));
  each(DATE_PATTERNS.zhDay, (m) => {
    const day = Number(m[2]);
    const { year, month } = partsOf(today);
    if (m[1]?.startsWith('下')) {
      const next = month === 12 ? { y: year + 1, mo: 1 } : { y: year, mo: month + 1 };
      add(m, validDate(next.y, next.mo, day));
    } else {
      const thisMonth = validDate(year, month, day);
      add(m, thisMonth !== undefined && thisMonth >= today ? thisMonth : undefined);
    }
  });
  each(DATE_PATTERNS.dayMonth, (m) => {
    const month = MONTHS.get((m[2] ?? '').toLowerCase());
    if (month !== undefined) add(m, withYear(m[3], today, month, Number(m[1])));
  });
  each(DATE_PATTERNS.monthDay, (m) => {
    const month = MONTHS.get((m[1] ?? '').toLowerCase());
    if (month !== undefined) add(m, withYear(m[3], today, month, Number(m[2])));
  });
  each(DATE_PATTERNS.endOfNamedMonth, (m) => {
    const month = MONTHS.get((m[1] ?? '').toLowerCase());
    if (month === undefined) return;
    const { year } = partsOf(today);
    const last = validDate(year, month, daysInMonth(year, month));
    add(
      m,
      last !== undefined && last >= today
        ? last
        : validDate(year + 1, month, daysInMonth(year + 1, month)),
    );
  });
  each(DATE_PATTERNS.zhEndOfMonth, (m) => {
    if (m[1] !== undefined) {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return;
      const { year } = partsOf(today);
      const last = dateFromParts(year, month, daysInMonth(year, month));
      add(m, last >= today ? last : dateFromParts(year + 1, month, daysInMonth(year + 1, month)));
    } else {
      add(m, endOfMonth(today, m[2]?.startsWith('下') ? 1 : 0));
    }
  });
  each(DATE_PATTERNS.endOfMonth, (m) => {
    const next = m
      .slice(1)
      .some(
        (g) =>
          g !== undefined && /^(?:next|próximo|que viene|prochain|nächsten|do próximo)$/i.test(g),
      );
    add(m, endOfMonth(today, next ? 1 : 0));
  });
  each(DATE_PATTERNS.week, (m) => {
    const groups = m.slice(1).filter((g): g is string => g !== undefined);
    const isThis =
      groups.some((g) => /^(?:this|esta|cette|diese|dieser)$/i.test(g)) || /^end/i.test(m[0]);
    add(m, isThis ? onOrAfter(today, 5) : inNextWeek(today, 5));
  });
  each(DATE_PATTERNS.zhWeek, (m) =>
    add(m, m[1]?.startsWith('下') ? inNextWeek(today, 5) : onOrAfter(today, 5)),
  );
  each(DATE_PATTERNS.inDays, (m) => {
    const n = Number(m[1] ?? m[3] ?? m[5] ?? m[6] ?? m[7]);
    const business = m[2] !== undefined || m[4] !== undefined || m[8] !== undefined;
    add(m, business ? addBusinessDays(today, n) : addDays(today, n));
  });
  each(DATE_PATTERNS.zhInDays, (m) => {
    const n = Number(m[1]);
    add(m, m[2] === '工作日' ? addBusinessDays(today, n) : addDays(today, n));
  });
  each(DATE_PATTERNS.relative, (m) => {
    const word = (m[1] ?? '').toLowerCase();
    const before = text.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
    // "esta mañana" is this morning; "guten Morgen" good morning.
    if (word === 'mañana' && /(?:la|esta|cada)\s+$/.test(before)) return;
    if (word === 'morgen' && /(?:guten|heute|am|jeden)\s+$/.test(before)) return;
    const offset = /after|pasado|après|über|depois/.test(word)
      ? 2
      : /today|hoy|aujourd|heute|hoje/.test(word)
        ? 0
        : 1;
    add(m, addDays(today, offset));
  });
  each(DATE_PATTERNS.zhRelative, (m) => {
    const offset = m[1] === '后天' ? 2 : m[1]?.startsWith('今') ? 0 : 1;
    add(m, addDays(today, offset));
  });
  each(DATE_PATTERNS.weekday, (m) => {
    const weekday = WEEKDAYS.get((m[2] ?? '').toLowerCase());
    if (weekday === undefined) return;
    const next = NEXT_WORDS.test((m[1] ?? '').replace(/\s+/g, ' ')) || m[3] !== undefined;
    if (m[4] !== undefined) {
      add(m, weekdayOnDay(today, weekday, Number(m[4])));
      return;
    }
    add(m, next ? inNextWeek(today, weekday) : onOrAfter(today, weekday), { weekday: true });
  });
  each(DATE_PATTERNS.zhWeekday, (m) => {
    const weekday =
      ZH_WEEKDAYS.get(m[2] ?? '') ?? (/^[1-7]$/.test(m[2] ?? '') ? Number(m[2]) : undefined);
    if (weekday === undefined) return;
    const next = m[1]?.startsWith('下') ?? false;
    add(m, next ? inNextWeek(today, weekday) : onOrAfter(today, weekday), { weekday: true });
  });

  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && date.index < last.end) continue;
    kept.push(date);
  }
  // "Monday, 20 July" or "20 July (Monday)": the explicit date says it; drop the weekday.
  return kept.filter((date, i) => {
    if (!date.weekday) return true;
    const near = (other: FoundDate | undefined, gap: string) =>
      other !== undefined && !other.weekday && /^[\s,()（）]{0,3}$/.test(gap);
    const next = kept[i + 1];
    const previous = kept[i - 1];
    return !(
      near(next, next ? text.slice(date.end, next.index) : '') ||
      near(previous, previous ? text.slice(previous.end, date.index) : '')
    );
  });
}

// A period ends a sentence after a word of four letters or more: "Jul.", "No." and "Co." do not.
const SENTENCE_END = /[!?;。！？；]|\n\s*\n|(?<=\p{L}{4})\.(?=\s|$)/gu;

/** Bounds of the sentence around [index, end), looking at most `reach` characters each way. */
function sentenceAround(text: string, index: number, end: number, reach = 120): [number, number] {
  const from = Math.max(0, index - reach);
  const nearby = text.slice(from, end + reach);
  let start = 0;
  let stop = nearby.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(nearby); m !== null; m = SENTENCE_END.exec(nearby)) {
    if (m.index < index - from) start = m.index + m[0].length;
    else if (m.index >= end - from) {
      stop = m.index;
      break;
    }
  }
  return [from + start, from + stop];
}

function preferred(dates: readonly FoundDate[]): FoundDate[] {
  const clear = dates.filter((d) => !d.ambiguous);
  return clear.length > 0 ? clear : [...dates];
}

/** The dates of `text[from, to)`, with indices in `text`: only the text around a cue is searched. */
function datesIn(
  text: string,
  from: number,
  to: number,
  today: CalendarDate,
  order: NumericOrder,
): FoundDate[] {
  const start = Math.max(0, from);
  return findDates(text.slice(start, to), today, order).map((d) => ({
    ...d,
    index: d.index + start,
    end: d.end + start,
  }));
}

/** The promised date: in the cue's sentence, the first one from the cue on, else the last before. */
function promiseDate(
  text: string,
  hit: Hit,
  today: CalendarDate,
  order: NumericOrder,
): FoundDate | undefined {
  const [start, stop] = sentenceAround(text, hit.index, hit.end);
  // A date may run past the sentence end the search found ("15 Jul. 2026").
  const inSentence = preferred(
    datesIn(text, start, stop + 20, today, order).filter((d) => d.index < stop && d.date >= today),
  );
  return (
    inSentence.find((d) => d.end > hit.index) ?? inSentence.filter((d) => d.end <= hit.index).pop()
  );
}

const CUE_TAIL = `(?:\\s+(?:the|el|le|dem|am|o|dia|on|em|zum|a))?(?:[\\s,]+\\p{L}+,?)?\\s*$`;

/** Words that name the day of return ("back on", "regresaré el", "将于…返回"). */
const RETURN_CUE = new RegExp(
  `(?:(?<!\\p{L})(?:back|return|returning|regreso|de vuelta|vuelta|volveré|regresaré|reincorporaré|retour|de retour|wieder|volta|estarei de volta)|将于|将在)${CUE_TAIL}`,
  'iu',
);
/** Words that name the last day away ("until", "hasta el", "至"). */
const UNTIL_CUE = new RegExp(
  `(?:(?<!\\p{L})(?:until|till|til|through|thru|to|hasta|al|jusqu'(?:au|à)?|au|bis|até)|至|到)${CUE_TAIL}`,
  'iu',
);
const RETURN_CUE_AFTER = /^\s*(?:之后|以后|后)?(?:返回|回来|回到|返岗|上班|恢复|回复|处理)/u;

/**
 * The return date of an autoreply: the first date named as the day of return ("back on",
 * "regresaré el", "7月8日恢复上班"), else the first after "until" / "hasta" / "至" (kept as
 * stated), else the first date after the autoreply phrase.
 */
function returnDate(
  text: string,
  first: Hit,
  today: CalendarDate,
  order: NumericOrder,
): FoundDate | undefined {
  const future = datesIn(text, first.index - 400, first.end + 1200, today, order).filter(
    (d) => d.date >= today,
  );
  const back = future.filter(
    (d) =>
      RETURN_CUE.test(clauseBeforeDate(text, d.index)) ||
      RETURN_CUE_AFTER.test(text.slice(d.end, d.end + 8)),
  );
  const until = future.filter((d) => UNTIL_CUE.test(clauseBeforeDate(text, d.index)));
  return (
    preferred(back)[0] ??
    preferred(until)[0] ??
    preferred(future.filter((d) => d.index >= first.index))[0]
  );
}

function clauseBeforeDate(text: string, index: number): string {
  return (
    text
      .slice(Math.max(0, index - 30), index)
      .split(/[.!?;。！？；\n]/)
      .pop() ?? ''
  );
}

function quote(text: string, from: number, to: number): string {
  const phrase = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return phrase.length <= EVIDENCE_MAX ? phrase : phrase.slice(0, EVIDENCE_MAX).trimEnd();
}

/**
 * Ranks of the reasons when several match, strongest first. An autoreply is not a reply; a
 * payment said to be sent and a dispute change the path most; a dated promise outranks the
 * excuse around it ("we are short of cash, we will pay on 15 July" is a promise). Weak phrases
 * ("we cannot pay") and promises without a date only count when nothing else matched.
 */
const PRIORITY: readonly DetectableReason[] = [
  'out-of-office',
  'payment-sent',
  'dispute',
  'promise',
  'cash-flow',
  'approval',
  'not-received',
];

/**
 * The customer's reason in one inbound message, by local rules in en, zh, es, fr, de and pt.
 * Only the customer's own words count: quoted lines (`>`) and everything after a reply header are
 * left out, and at most MAX_ANALYSED_CHARS of them are read, so the cost is linear and bounded.
 * Dates are resolved against `receivedOn`; a date without a year is its next occurrence on or
 * after it; "next <weekday>" is that day in the following Monday-to-Sunday week, a bare or
 * "this" weekday the first one on or after `receivedOn`, "next week" its Friday, "end of the
 * month" the month's last day; a numeric date like 05/07/2026 is read day-first unless another
 * date of the text writes month-first or only the month-first reading is still ahead, and an
 * unambiguous date near the cue is preferred to it. When several reasons match, the order is
 * out-of-office, payment-sent, dispute, dated promise, cash-flow, approval, not-received, then
 * weak phrases and promises without a date. Returns reason `none` with evidence '' when nothing
 * matches.
 */
export function detectReason(text: string, receivedOn: CalendarDate): DetectedReason {
  const fresh = freshText(text);
  const hits = hitsIn(fresh);
  if (hits.length === 0) return { reason: 'none', evidence: '' };
  let textOrder: { value: NumericOrder } | undefined;
  const order = () => (textOrder ??= { value: numericOrder(fresh) }).value;
  const strong = hits.filter((h) => !h.rule.weak);
  for (const reason of PRIORITY) {
    const ofReason = strong.filter((h) => h.rule.reason === reason);
    const first = ofReason[0];
    if (first === undefined) continue;
    if (reason === 'promise') {
      // A real message makes a few promises; a pasted log of thousands must stay cheap.
      for (const hit of ofReason.slice(0, MAX_PROMISES_DATED)) {
        const date = promiseDate(fresh, hit, receivedOn, order());
        if (date === undefined) continue;
        return {
          reason,
          promisedFor: date.date,
          evidence: quote(fresh, Math.min(hit.index, date.index), Math.max(hit.end, date.end)),
          language: hit.rule.language,
        };
      }
      continue;
    }
    if (reason === 'out-of-office') {
      const back = returnDate(fresh, first, receivedOn, order());
      return {
        reason,
        ...(back ? { returnDate: back.date } : {}),
        evidence: quote(fresh, first.index, first.end),
        language: first.rule.language,
      };
    }
    return {
      reason,
      evidence: quote(fresh, first.index, first.end),
      language: first.rule.language,
    };
  }
  const weak = hits.find((h) => h.rule.weak) ?? hits.find((h) => h.rule.reason === 'promise');
  if (weak === undefined) return { reason: 'none', evidence: '' };
  return {
    reason: weak.rule.reason,
    evidence: quote(fresh, weak.index, weak.end),
    language: weak.rule.language,
  };
}
