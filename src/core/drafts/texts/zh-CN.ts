import type { LetterTexts } from './letterTexts';

/** Simplified Chinese letters (mainland business conventions: 贵司, 此致敬礼). */
export const ZH_CN: LetterTexts = {
  locale: 'zh-CN',
  lowercaseAfterGreeting: false,
  listSeparator: '、',
  days: { one: '{n}天', other: '{n}天' },
  times: { one: '{n}次', other: '{n}次' },
  subject: {
    none: '账户对账：{invoices}',
    upcoming: '即将到期付款提醒：{invoices}',
    due: '付款提醒：{invoices}',
    'follow-up': '逾期付款：{invoices}',
    escalation: '逾期付款，请尽快回复：{invoices}',
    stakes: '紧急：账户逾期，{invoices}',
    final: '最后通知：{invoices}',
  },
  subjectMore: '{invoices}等（另有{count}张）',
  paymentSubject: '付款信息：{invoices}',
  greeting: { contact: '尊敬的{name}：', company: '尊敬的{name}财务部：' },
  opening: {
    upcoming: '您好！在付款到期日之前，特此就以下发票与您确认，以便贵司提前做好付款安排。',
    byTone: {
      warm: {
        first: '您好！温馨提醒：以下发票现已到付款期。',
        again: '您好！继我方于{firstReminder}发出的邮件，温馨提醒：以下发票现已到付款期。',
      },
      neutral: {
        first: '根据我方记录，以下发票已逾期，目前仍未付款。',
        again:
          '我们再次提请您注意以下发票。我方已于{firstReminder}首次就此致函，根据我方记录，款项目前仍未支付。',
      },
      firm: {
        first: '以下发票已逾期，我方至今既未收到付款，也未收到任何说明。',
        again: '我们再次提请您注意以下发票。尽管我方自{firstReminder}起已多次提醒，余额仍未结清。',
      },
      urgent: {
        first: '以下发票已严重逾期，此事需要您立即处理。',
        again:
          '自{firstReminder}以来，我方已就以下发票致函{reminders}，余额仍未结清。此事现需要您立即处理。',
      },
      formal: {
        first: '本函为我方就以下发票发出的最后通知。上述发票已远超付款期限，至今仍未支付。',
        again:
          '本函为我方就以下发票发出的最后通知。自{firstReminder}以来，我方已致函{reminders}，余额仍未结清。',
      },
    },
    reason: {
      none: '',
      'not-received': '感谢您告知我方发票未能送达。',
      approval: '感谢您告知上述发票正在贵司的审批流程中。',
      'cash-flow': '感谢您坦诚告知贵司目前的资金周转情况，我们对此表示理解。',
      dispute: '感谢您来函告知我方所交货物存在的问题。',
      'payment-sent': '感谢您告知款项已经汇出。',
      promise: '感谢您的回复，并告知我方付款时间。',
      'out-of-office': '欢迎您回来，希望您外出期间一切顺利。',
      deliberate: '我方此前的多次提醒均未获回复，贵司此前告知的付款日期也已过去。',
    },
    promiseBroken: '贵司曾告知将于{promisedDate}前付款。该日期现已过去，我方仍未收到款项。',
  },
  inquiry: {
    upcoming:
      '烦请确认贵司已收到上述发票，并已安排在到期日付款。如缺少任何文件，例如发票副本、采购订单号或送货单，请告知，我方将立即补发。',
    byTone: {
      warm: '烦请告知预计付款时间。如有任何原因导致付款延迟，或需要任何文件副本，请随时与我联系。',
      neutral: '请告知余额尚未结清的原因，以及预计付款日期。',
      firm: '请告知余额尚未结清的原因，并于{replyBy}前安排支付{total}。如款项已在途中，请将汇款详情发送给我方。',
      urgent: '请于{replyBy}前安排支付{total}，或在此之前致电我方，商定余额的结清方式。',
      formal: '我方要求贵司于{replyBy}前付清全部余额{total}。',
    },
    reason: {
      'not-received': '现随函再次附上相关发票。烦请确认已经收到，并告知付款安排的日期。',
      approval:
        '烦请告知上述发票目前的审批进度，以及审批通过后计划的付款日期。如审批人需要我方提供任何文件，我们将尽快提供。',
      'cash-flow': '烦请告知贵司目前可以支付的金额，以及预计结清余款的日期。',
      dispute: '烦请提供相关详情，例如涉及的数量、照片或批号，以便我们尽快解决。',
      'payment-sent':
        '烦请提供汇款凭证副本（SWIFT MT103 或银行转账确认单），以便我方向银行查询该笔款项。在收到凭证之前，我方将暂停发送催款提醒。',
      promise:
        '我方已记录贵司将于{promisedDate}前付款，届时将留意款项到账；在此日期之前，我方不会再发送提醒。',
      'out-of-office': '您现已返回，烦请告知以下发票的付款安排。',
    },
    promiseBroken: '请告知具体情况，并于{replyBy}前确认付款日期。',
    deliberate: {
      intro: '为解决此事，请贵司按以下步骤办理：',
      steps: [
        '于{replyBy}前，以书面形式向我方确认支付逾期余额{total}的日期。',
        '在该日期付款，并在汇款附言中注明发票号码。',
        '如对余额中任何部分有异议，请告知涉及的发票及原因，以便其余款项不受影响、尽快支付。',
      ],
      next: '如我方在{replyBy}前既未收到付款，也未收到贵司答复，我方将按照收款程序进入下一步。',
    },
  },
  opportunity: {
    warm: '如分两次付款或稍晚付款更为方便，请告诉我，我们一定可以找到合适的安排。',
    neutral:
      '如一次性付清全部款项有困难，请告知我方：我们可以商定新的付款日期，接受先支付部分款项、余款按约定日期支付，或安排一次简短的电话沟通。',
    firm: '如一次性付清全部款项有困难，我方愿意商讨解决方案：新的付款日期、先付部分款项并按约定日期支付余款，或通过电话商定后续安排。请于{replyBy}前回复，以便我们落实。',
    urgent:
      '现在仍有时间共同解决此事。如贵司目前无法付清全部款项，请于{replyBy}前致电或回复我方并提出方案，例如先付部分款项、余款按约定日期分期支付，或确定的付款日期，我方将认真考虑。',
    formal: '如贵司希望提出付款安排，我方仍愿意商讨，但须于{replyBy}前收到贵司的方案。',
  },
  stakes: {
    warm: '保持账户及时结清，有助于我们确保贵司的订单顺利执行、不受影响。',
    neutral: '账户保持及时结清，我方才能继续为贵司提供现行的信用条款和交货安排。',
    firm: '在上述发票结清之前，我方信用管理部门可能需要暂停新订单和已排期的发货，直至账户恢复正常。我们非常希望避免这种情况，只需贵司付款或确认明确的付款日期即可。',
    urgent:
      '相信贵司并无意忽视逾期通知而影响自身的信用状况。目前余额已逾期{maxDays}，贵司账户正在接受信用冻结审查：在款项结清之前，新订单可能需要预付货款，贵司的信用账期也可能被取消。',
    formal:
      '如在{replyBy}前余额仍未支付，且双方未就付款安排达成一致，我方将暂停后续所有发货，并将此事转交正式追收程序，可能包括委托催收机构或采取法律程序。我们更希望与贵司直接解决此事。',
  },
  closing: {
    warm: '非常感谢您的协助，如有任何疑问，请随时与我联系。',
    neutral: '先行感谢您的回复。我们期待贵司配合，尽快安排付款。',
    firm: '我们期待贵司配合，尽快安排付款，并盼于{replyBy}前收到您的回复。',
    urgent: '请立即处理此事。我们期待贵司配合，尽快安排付款。',
    formal: '我们更希望与贵司直接了结此事，并等待贵司于{replyBy}前付款或回复。',
  },
  signOff: {
    warm: '顺祝商祺！',
    neutral: '顺祝商祺！',
    firm: '此致\n敬礼！',
    urgent: '此致\n敬礼！',
    formal: '此致\n敬礼！',
  },
  invoiceTable: {
    upcomingTitle: '即将到期的发票',
    dueTitle: '已到期的发票',
    overdueTitle: '逾期发票',
    number: '发票号',
    po: '采购订单号',
    issueDate: '开票日期',
    dueDate: '到期日',
    daysOverdue: '逾期天数',
    dueIn: '距到期（天）',
    amountDue: '应付金额',
    total: '合计 {currency}',
    none: '—',
  },
  payment: {
    title: '付款信息（{currency}）',
    intro: '请于{deadline}前将{amount}汇至以下账户。',
    holder: '收款人',
    bank: '收款银行',
    bankAddress: '银行地址',
    iban: 'IBAN',
    accountNumber: '账号',
    swift: 'SWIFT/BIC',
    intermediary: '中转行',
    reference: '汇款附言（请注明）',
    charges: '银行费用',
    chargesWords: {
      OUR: '全部费用由贵司承担（OUR），以确保我方足额收款',
      SHA: '费用分担（SHA）：贵司承担汇出行费用，我方承担收款行费用',
      BEN: '全部费用由我方作为收款人承担（BEN）',
    },
  },
  interest: {
    method: '根据我方销售条款，逾期款项自{start}起按{period}{rate}计收单利，按{dayCount}计算。',
    perMonth: '每月',
    perYear: '每年',
    dayCount: {
      'actual/365': '实际天数/365（按实际经过天数，一年按365天）',
      'actual/360': '实际天数/360（按实际经过天数，一年按360天）',
      '30/360': '30/360（每月按30天，一年按360天）',
    },
    fromDueDate: '到期日',
    afterGrace: '到期日后{days}宽限期届满',
    statutory: {
      eu: '表中同时列出了欧盟《打击商业交易中延迟付款的第2011/7/EU号指令》规定的固定追收费用补偿。',
      uk: '表中同时列出了英国《1998年商业债务逾期付款（利息）法》规定的固定补偿。',
    },
    statutoryMethod: {
      eu: '根据欧盟《打击商业交易中延迟付款的第2011/7/EU号指令》，逾期款项自{start}起按年利率{rate}（欧洲央行参考利率{reference}加{margin}个百分点）计收单利，按{dayCount}计算。',
      uk: '根据英国《1998年商业债务逾期付款（利息）法》，逾期款项自{start}起按年利率{rate}（英格兰银行基准利率{reference}加{margin}个百分点）计收单利，按{dayCount}计算。',
    },
    compensationOmitted: {
      eu: '该指令规定的固定追收费用补偿以{currency}计，此处未为其他币种的发票列出。',
      uk: '该法规定的固定补偿以{currency}计，此处未为其他币种的发票列出。',
    },
    invoice: '发票号',
    principal: '应付金额',
    from: '起算日',
    to: '截至日',
    days: '天数',
    amount: '利息',
    compensation: '补偿金',
    total: '合计 {currency}',
    notCharged: '以上金额仅供参考，尚未计入贵司账户。',
  },
  instalment: {
    intro: '为减轻贵司的付款压力，我方可提供以下分期付款安排：',
    part: '期数',
    date: '日期',
    amount: '金额',
    total: '合计 {currency}',
    confirm:
      '如贵司同意此方案，请于{replyBy}前确认。每期款项应于所列日期前到账；如某一日期有困难，请提前告知。',
    noPlan:
      '如有需要，我方愿意将余额分为若干期按约定日期支付。请于{replyBy}前提出具体的日期和金额，我们会尽力达成一致。',
  },
  apology: {
    apology: '对于给贵司带来的不便，我们深表歉意。',
    resolution:
      '我们正在与团队一起调查此事。了解详情后，我们将按照贵司最方便的方式妥善解决：补发货物、开具贷项通知单或调整价格。',
    pausedSome:
      '在问题解决之前，我方已暂停对{invoices}的催款提醒。其他发票不受影响，仍按所列日期到期。',
    pausedEvery: '在问题解决之前，我方已暂停对{invoices}的催款提醒。',
    pausedUnknown: '在问题解决之前，我方已暂停对相关发票的催款提醒。',
  },
};
