import type { LetterTexts } from './letterTexts';

/**
 * German letters ("Sie"). `days` is in the dative ("seit 31 Tagen", "von 10 Tagen"), the only case
 * the texts use it in; the paragraph after the greeting starts in lower case.
 */
export const DE: LetterTexts = {
  locale: 'de-DE',
  lowercaseAfterGreeting: true,
  listSeparator: ', ',
  days: { one: '{n} Tag', other: '{n} Tagen' },
  times: { one: 'einmal', other: '{n}-mal' },
  subject: {
    none: 'Kontoauszug: {invoices}',
    upcoming: 'Bald fällige Zahlung: {invoices}',
    due: 'Zahlungserinnerung: {invoices}',
    'follow-up': 'Überfällige Zahlung: {invoices}',
    escalation: 'Überfällige Zahlung, bitte um Rückmeldung: {invoices}',
    stakes: 'Dringend, überfälliges Konto: {invoices}',
    final: 'Letzte Mahnung: {invoices}',
  },
  subjectMore: '{invoices} und {count} weitere',
  paymentSubject: 'Zahlungsinformationen: {invoices}',
  greeting: { contact: 'Guten Tag {name},', company: 'Sehr geehrte Damen und Herren,' },
  opening: {
    upcoming:
      'Ich hoffe, es geht Ihnen gut. Vor dem Fälligkeitstermin möchten wir Sie kurz auf die unten aufgeführten Rechnungen hinweisen, damit für die Zahlung auf Ihrer Seite alles bereit ist.',
    byTone: {
      warm: {
        first:
          'Ich hoffe, es geht Ihnen gut. Wir möchten Sie freundlich daran erinnern, dass die Zahlung der unten aufgeführten Rechnungen jetzt fällig ist.',
        again:
          'Ich hoffe, es geht Ihnen gut. Im Anschluss an meine Nachricht vom {firstReminder} möchten wir Sie freundlich daran erinnern, dass die Zahlung der unten aufgeführten Rechnungen jetzt fällig ist.',
      },
      neutral: {
        first:
          'Laut unseren Unterlagen sind die unten aufgeführten Rechnungen überfällig und noch nicht bezahlt.',
        again:
          'Wir möchten Sie erneut auf die folgenden Rechnungen aufmerksam machen, zu denen wir Ihnen erstmals am {firstReminder} geschrieben haben. Laut unseren Unterlagen sind sie noch nicht bezahlt.',
      },
      firm: {
        first:
          'Die unten aufgeführten Rechnungen sind überfällig, und wir haben weder die Zahlung noch eine Nachricht dazu erhalten.',
        again:
          'Wir machen Sie erneut auf die folgenden Rechnungen aufmerksam. Trotz unserer Erinnerungen seit dem {firstReminder} ist der Saldo weiterhin offen.',
      },
      urgent: {
        first:
          'Die unten aufgeführten Rechnungen sind erheblich überfällig, und die Angelegenheit erfordert Ihre sofortige Aufmerksamkeit.',
        again:
          'Wir haben Ihnen seit dem {firstReminder} bereits {reminders} zu den unten aufgeführten Rechnungen geschrieben, und der Saldo ist weiterhin offen. Die Angelegenheit erfordert nun Ihre sofortige Aufmerksamkeit.',
      },
      formal: {
        first:
          'Dieses Schreiben ist unsere letzte Mahnung zu den unten aufgeführten Rechnungen, die weit über ihre Fälligkeit hinaus unbezahlt sind.',
        again:
          'Dieses Schreiben ist unsere letzte Mahnung zu den unten aufgeführten Rechnungen. Wir haben Ihnen seit dem {firstReminder} bereits {reminders} geschrieben, und der Saldo ist weiterhin offen.',
      },
    },
    reason: {
      none: '',
      'not-received':
        'Vielen Dank für Ihren Hinweis, dass unsere Rechnungen Sie nicht erreicht haben.',
      approval:
        'Vielen Dank für Ihre Mitteilung, dass sich die Rechnungen bei Ihnen im Freigabeprozess befinden.',
      'cash-flow':
        'Vielen Dank, dass Sie uns Ihre Liquiditätslage offen geschildert haben; das wissen wir zu schätzen.',
      dispute:
        'Vielen Dank für Ihre Nachricht zu dem Problem, das Sie bei unserer Lieferung festgestellt haben.',
      'payment-sent': 'Vielen Dank für Ihre Mitteilung, dass die Zahlung veranlasst wurde.',
      promise:
        'Vielen Dank für Ihre Nachricht und dafür, dass Sie uns den Zahlungstermin mitgeteilt haben.',
      'out-of-office':
        'Schön, dass Sie wieder da sind; ich hoffe, Ihre Abwesenheit ist gut verlaufen.',
      deliberate:
        'Mehrere unserer Erinnerungen sind unbeantwortet geblieben, und die uns genannten Zahlungstermine sind verstrichen.',
    },
    promiseBroken:
      'Wie Sie uns mitgeteilt hatten, sollte die Zahlung bis zum {promisedDate} erfolgen. Dieser Termin ist verstrichen, und die Zahlung ist bei uns nicht eingegangen.',
  },
  inquiry: {
    upcoming:
      'Könnten Sie uns bestätigen, dass die Rechnungen bei Ihnen eingegangen und zum Fälligkeitstermin zur Zahlung vorgesehen sind? Falls etwas fehlt, etwa eine Kopie, eine Bestellnummer oder ein Lieferschein, geben Sie mir bitte Bescheid; ich sende es Ihnen umgehend zu.',
    byTone: {
      warm: 'Könnten Sie mir mitteilen, wann wir mit der Zahlung rechnen können? Falls etwas die Zahlung aufhält oder Sie eine Kopie eines Dokuments benötigen, helfe ich gern.',
      neutral:
        'Bitte teilen Sie uns mit, warum der Saldo noch nicht ausgeglichen wurde und zu welchem Termin wir mit der Zahlung rechnen können.',
      firm: 'Bitte teilen Sie uns mit, warum der Saldo noch nicht ausgeglichen wurde, und veranlassen Sie die Zahlung von {total} bis zum {replyBy}. Sollte die Zahlung bereits unterwegs sein, senden Sie uns bitte den Zahlungsnachweis.',
      urgent:
        'Bitte veranlassen Sie die Zahlung von {total} bis zum {replyBy}, oder rufen Sie uns vorher an, um zu vereinbaren, wie der Saldo ausgeglichen wird.',
      formal:
        'Wir fordern Sie auf, den gesamten offenen Betrag von {total} bis zum {replyBy} zu begleichen.',
    },
    reason: {
      'not-received':
        'Anbei senden wir Ihnen die Rechnungen erneut. Könnten Sie uns bestätigen, dass sie Ihnen nun vorliegen, und uns mitteilen, wann die Zahlung vorgesehen ist?',
      approval:
        'Könnten Sie uns mitteilen, wie weit die Freigabe der Rechnungen fortgeschritten ist und zu welchem Termin die Zahlung nach der Freigabe vorgesehen ist? Falls die freigebende Stelle Unterlagen von uns benötigt, sende ich sie gern zu.',
      'cash-flow':
        'Könnten Sie uns mitteilen, welchen Betrag Sie jetzt zahlen können und bis zu welchen Terminen Sie den Rest voraussichtlich begleichen?',
      dispute:
        'Könnten Sie uns die Einzelheiten senden, etwa die betroffenen Mengen, Fotos oder Chargennummern, damit wir die Sache schnell klären können?',
      'payment-sent':
        'Könnten Sie uns eine Kopie des Zahlungsbelegs senden (die SWIFT-Nachricht MT103 oder die Überweisungsbestätigung Ihrer Bank)? So können wir die Zahlung bei unserer Bank nachverfolgen; bis dahin senden wir keine weiteren Erinnerungen.',
      promise:
        'Wir haben notiert, dass die Zahlung bis zum {promisedDate} erfolgt, und achten auf den Eingang; vor diesem Termin senden wir keine weiteren Erinnerungen.',
      'out-of-office':
        'Da Sie nun wieder im Haus sind: Könnten Sie uns mitteilen, wann die Zahlung der unten aufgeführten Rechnungen vorgesehen ist?',
    },
    promiseBroken:
      'Bitte teilen Sie uns mit, was geschehen ist, und bestätigen Sie uns bis zum {replyBy} den Termin, zu dem die Zahlung erfolgen wird.',
    deliberate: {
      intro: 'Um die Angelegenheit zu klären, bitten wir Sie um die folgenden Schritte:',
      steps: [
        'Bestätigen Sie uns bis zum {replyBy} schriftlich den Termin, zu dem der überfällige Saldo von {total} bezahlt wird.',
        'Leisten Sie die Zahlung zu diesem Termin und geben Sie die Rechnungsnummern als Verwendungszweck an.',
        'Falls ein Teil des Saldos strittig ist, nennen Sie uns die betreffende Rechnung und den Grund, damit der Rest ohne Verzögerung bezahlt werden kann.',
      ],
      next: 'Liegen uns bis zum {replyBy} weder die Zahlung noch Ihre Antwort vor, leiten wir den nächsten Schritt unseres Mahnverfahrens ein.',
    },
  },
  opportunity: {
    warm: 'Falls es Ihnen hilft, in zwei Teilbeträgen oder etwas später zu zahlen, sagen Sie mir einfach Bescheid; wir finden sicher eine Lösung.',
    neutral:
      'Falls Ihnen die Zahlung des gesamten Betrags auf einmal schwerfällt, teilen Sie es uns bitte mit: Wir können einen neuen Termin vereinbaren, jetzt eine Teilzahlung und den Rest nach einem festen Zeitplan annehmen oder ein kurzes Telefonat vereinbaren.',
    firm: 'Falls Ihnen die Zahlung des gesamten Betrags auf einmal schwerfällt, sind wir offen für eine Lösung: einen neuen Zahlungstermin, eine Teilzahlung jetzt und den Rest nach einem festen Zeitplan oder ein Telefonat, um die nächsten Schritte abzustimmen. Bitte antworten Sie uns bis zum {replyBy}, damit wir dies einrichten können.',
    urgent:
      'Noch können wir die Angelegenheit gemeinsam lösen. Wenn Sie den gesamten Betrag jetzt nicht zahlen können, rufen Sie uns an oder antworten Sie uns bis zum {replyBy} mit einem Vorschlag, etwa einer Teilzahlung mit festen Raten oder einem verbindlichen Zahlungstermin; wir werden ihn ernsthaft prüfen.',
    formal:
      'Sollten Sie eine Zahlungsvereinbarung vorschlagen wollen, sind wir weiterhin zu Gesprächen bereit, sofern uns Ihr Vorschlag bis zum {replyBy} vorliegt.',
  },
  stakes: {
    warm: 'Ein ausgeglichenes Konto hilft uns, Ihre Bestellungen ohne Unterbrechung abzuwickeln.',
    neutral:
      'Ein ausgeglichenes Konto ermöglicht es uns, Ihnen weiterhin unsere üblichen Zahlungsziele und Lieferzeiten anzubieten.',
    firm: 'Solange diese Rechnungen offen sind, muss unsere Kreditabteilung möglicherweise neue Aufträge und geplante Lieferungen zurückhalten, bis das Konto ausgeglichen ist. Das möchten wir gern vermeiden, und dafür genügt eine Zahlung oder ein verbindlicher Zahlungstermin von Ihnen.',
    urgent:
      'Ich bin sicher, dass es nicht Ihre Absicht ist, Zahlungserinnerungen zulasten Ihrer Kreditwürdigkeit zu übergehen. Da der Saldo inzwischen seit {maxDays} überfällig ist, prüfen wir eine Kreditsperre für Ihr Konto: Bis zum Ausgleich müssen neue Aufträge möglicherweise im Voraus bezahlt werden, und Ihre Zahlungsziele können entfallen.',
    formal:
      'Ist der Saldo bis zum {replyBy} nicht bezahlt und keine Vereinbarung getroffen, werden wir alle weiteren Lieferungen zurückhalten und die Angelegenheit einem förmlichen Beitreibungsverfahren übergeben, das ein Inkassounternehmen oder gerichtliche Schritte umfassen kann. Wir würden die Sache jedoch lieber direkt mit Ihnen klären.',
  },
  closing: {
    warm: 'Vielen Dank für Ihre Unterstützung; bei Fragen stehe ich Ihnen jederzeit gern zur Verfügung.',
    neutral:
      'Vielen Dank im Voraus für Ihre Antwort. Wir zählen auf Ihre Mitwirkung bei einer zeitnahen Zahlung.',
    firm: 'Wir zählen auf Ihre Mitwirkung bei einer zeitnahen Zahlung und erwarten Ihre Antwort bis zum {replyBy}.',
    urgent:
      'Bitte widmen Sie dieser Angelegenheit Ihre sofortige Aufmerksamkeit. Wir zählen auf Ihre Mitwirkung bei einer zeitnahen Zahlung.',
    formal:
      'Wir würden diese Angelegenheit lieber direkt mit Ihnen abschließen und erwarten Ihre Zahlung oder Ihre Antwort bis zum {replyBy}.',
  },
  signOff: {
    warm: 'Viele Grüße',
    neutral: 'Freundliche Grüße',
    firm: 'Freundliche Grüße',
    urgent: 'Mit freundlichen Grüßen',
    formal: 'Mit freundlichen Grüßen',
  },
  invoiceTable: {
    upcomingTitle: 'Bald fällige Rechnungen',
    dueTitle: 'Jetzt fällige Rechnungen',
    overdueTitle: 'Überfällige Rechnungen',
    number: 'Rechnung',
    po: 'Bestellnr.',
    issueDate: 'Rechnungsdatum',
    dueDate: 'Fällig am',
    daysOverdue: 'Tage überfällig',
    dueIn: 'Fällig in (Tagen)',
    amountDue: 'Offener Betrag',
    total: 'Summe {currency}',
    none: '—',
  },
  payment: {
    title: 'Zahlungsinformationen ({currency})',
    intro: 'Bitte überweisen Sie {amount} bis zum {deadline} auf das folgende Konto.',
    holder: 'Kontoinhaber',
    bank: 'Bank',
    bankAddress: 'Anschrift der Bank',
    iban: 'IBAN',
    accountNumber: 'Kontonummer',
    swift: 'SWIFT/BIC',
    intermediary: 'Zwischenbank',
    reference: 'Verwendungszweck',
    charges: 'Bankgebühren',
    chargesWords: {
      OUR: 'Alle Gebühren trägt der Auftraggeber (OUR), damit der volle Betrag bei uns eingeht',
      SHA: 'Geteilte Gebühren (SHA): Sie tragen die Gebühren Ihrer Bank, wir die unserer Bank',
      BEN: 'Alle Gebühren tragen wir als Begünstigte (BEN)',
    },
  },
  interest: {
    method:
      'Gemäß unseren Verkaufsbedingungen werden überfällige Beträge ab {start} mit {rate} pro {period} einfach verzinst, berechnet nach der Methode {dayCount}.',
    perMonth: 'Monat',
    perYear: 'Jahr',
    dayCount: {
      'actual/365': 'act/365 (tatsächliche Tage, Jahr zu 365 Tagen)',
      'actual/360': 'act/360 (tatsächliche Tage, Jahr zu 360 Tagen)',
      '30/360': '30/360 (Monate zu 30 Tagen, Jahr zu 360 Tagen)',
    },
    fromDueDate: 'dem Fälligkeitstag',
    afterGrace: 'dem Ende einer Karenzzeit von {days} nach Fälligkeit',
    statutory: {
      eu: 'Die Tabelle enthält außerdem die Pauschale für Beitreibungskosten nach der EU-Richtlinie 2011/7/EU zur Bekämpfung von Zahlungsverzug.',
      uk: 'Die Tabelle enthält außerdem die Pauschalentschädigung nach dem britischen Late Payment of Commercial Debts (Interest) Act 1998.',
    },
    statutoryMethod: {
      eu: 'Gemäß der EU-Richtlinie 2011/7/EU zur Bekämpfung von Zahlungsverzug werden überfällige Beträge ab {start} mit {rate} pro Jahr einfach verzinst (Referenzzinssatz der EZB von {reference} zuzüglich {margin} Prozentpunkten), berechnet nach der Methode {dayCount}.',
      uk: 'Gemäß dem britischen Late Payment of Commercial Debts (Interest) Act 1998 werden überfällige Beträge ab {start} mit {rate} pro Jahr einfach verzinst (Leitzins der Bank of England von {reference} zuzüglich {margin} Prozentpunkten), berechnet nach der Methode {dayCount}.',
    },
    compensationOmitted: {
      eu: 'Die Pauschale für Beitreibungskosten nach der Richtlinie ist in {currency} festgelegt; für Rechnungen in anderen Währungen wird sie nicht ausgewiesen.',
      uk: 'Die Pauschalentschädigung nach diesem Gesetz ist in {currency} festgelegt; für Rechnungen in anderen Währungen wird sie nicht ausgewiesen.',
    },
    invoice: 'Rechnung',
    principal: 'Offener Betrag',
    from: 'Von',
    to: 'Bis',
    days: 'Tage',
    amount: 'Zinsen',
    compensation: 'Pauschale',
    total: 'Summe {currency}',
    notCharged: 'Diese Beträge dienen Ihrer Information; sie wurden Ihrem Konto nicht belastet.',
  },
  instalment: {
    intro:
      'Um Ihnen entgegenzukommen, können wir anbieten, den Saldo in den folgenden Raten zu begleichen:',
    part: 'Rate',
    date: 'Datum',
    amount: 'Betrag',
    total: 'Summe {currency}',
    confirm:
      'Wenn dieser Plan für Sie passt, bestätigen Sie ihn bitte bis zum {replyBy}. Jede Rate sollte bis zum angegebenen Datum bei uns eingehen; sollte ein Termin schwierig werden, geben Sie uns bitte rechtzeitig Bescheid.',
    noPlan:
      'Wenn es Ihnen hilft, sind wir bereit, den Saldo in mehrere Raten mit festen Terminen aufzuteilen. Bitte schlagen Sie uns bis zum {replyBy} Termine und Beträge vor; wir bemühen uns um eine Einigung.',
  },
  apology: {
    apology: 'Bitte entschuldigen Sie die Unannehmlichkeiten, die Ihnen dadurch entstanden sind.',
    resolution:
      'Wir prüfen die Sache bereits mit unserem Team und werden sie, sobald uns die Einzelheiten vorliegen, so lösen, wie es für Sie am besten passt: mit einer Ersatzlieferung, einer Gutschrift oder einer Preisanpassung.',
    pausedSome:
      'Bis zur Klärung haben wir unsere Erinnerungen für {invoices} ausgesetzt. Die übrigen Rechnungen sind davon nicht betroffen und bleiben zu den angegebenen Terminen fällig.',
    pausedEvery: 'Bis zur Klärung haben wir unsere Erinnerungen für {invoices} ausgesetzt.',
    pausedUnknown:
      'Bis zur Klärung haben wir unsere Erinnerungen für die betroffenen Rechnungen ausgesetzt.',
  },
};
