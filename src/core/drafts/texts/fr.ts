import type { LetterTexts } from './letterTexts';

/** French letters (France conventions, "vous"). */
export const FR: LetterTexts = {
  locale: 'fr-FR',
  lowercaseAfterGreeting: false,
  listSeparator: ', ',
  days: { one: '{n} jour', other: '{n} jours' },
  times: { one: 'une fois', other: '{n} fois' },
  subject: {
    none: 'Relevé de compte : {invoices}',
    upcoming: 'Échéance à venir : {invoices}',
    due: 'Rappel de paiement : {invoices}',
    'follow-up': 'Paiement en retard : {invoices}',
    escalation: 'Paiement en retard, votre réponse est attendue : {invoices}',
    stakes: 'Urgent, compte en retard : {invoices}',
    final: 'Dernier avis : {invoices}',
  },
  subjectMore: '{invoices} et {count} autres',
  paymentSubject: 'Coordonnées de paiement : {invoices}',
  greeting: { contact: 'Bonjour {name},', company: 'Madame, Monsieur,' },
  opening: {
    upcoming:
      'J’espère que vous allez bien. À l’approche de l’échéance, voici un petit mot au sujet des factures ci-dessous, afin que tout soit prêt de votre côté pour le paiement.',
    byTone: {
      warm: {
        first:
          'J’espère que vous allez bien. Nous vous rappelons cordialement que le règlement des factures ci-dessous arrive à échéance.',
        again:
          'J’espère que vous allez bien. Pour faire suite à mon message du {firstReminder}, nous vous rappelons cordialement que le règlement des factures ci-dessous arrive à échéance.',
      },
      neutral: {
        first: 'Selon nos registres, les factures ci-dessous sont échues et restent impayées.',
        again:
          'Nous attirons à nouveau votre attention sur les factures suivantes, au sujet desquelles nous vous avons écrit une première fois le {firstReminder}. Selon nos registres, elles restent impayées.',
      },
      firm: {
        first:
          'Les factures ci-dessous sont échues et nous n’avons reçu ni le règlement ni aucune nouvelle à ce sujet.',
        again:
          'Nous attirons à nouveau votre attention sur les factures suivantes. Malgré nos relances depuis le {firstReminder}, le solde reste impayé.',
      },
      urgent: {
        first:
          'Les factures ci-dessous présentent un retard important et ce dossier requiert votre attention immédiate.',
        again:
          'Nous vous avons écrit {reminders} depuis le {firstReminder} au sujet des factures ci-dessous, et le solde reste impayé. Ce dossier requiert désormais votre attention immédiate.',
      },
      formal: {
        first:
          'La présente constitue notre dernier avis concernant les factures ci-dessous, qui restent impayées bien au-delà de leur échéance.',
        again:
          'La présente constitue notre dernier avis concernant les factures ci-dessous. Nous vous avons écrit {reminders} depuis le {firstReminder}, et le solde reste impayé.',
      },
    },
    reason: {
      none: '',
      'not-received': 'Merci de nous avoir signalé que nos factures ne vous sont pas parvenues.',
      approval:
        'Merci de nous avoir indiqué que les factures sont en cours de validation chez vous.',
      'cash-flow':
        'Merci de nous avoir exposé franchement votre situation de trésorerie ; nous y sommes sensibles.',
      dispute: 'Merci pour votre message concernant le problème constaté sur notre livraison.',
      'payment-sent': 'Merci de nous avoir informés que le paiement a été effectué.',
      promise: 'Merci pour votre message et pour nous avoir indiqué la date du paiement.',
      'out-of-office':
        'Je vous souhaite un bon retour ; j’espère que tout s’est bien passé pendant votre absence.',
      deliberate:
        'Plusieurs de nos relances sont restées sans réponse, et les dates de paiement qui nous avaient été indiquées sont dépassées.',
    },
    promiseBroken:
      'Vous nous aviez indiqué que le paiement serait effectué au plus tard le {promisedDate}. Cette date est passée et nous n’avons pas reçu le paiement.',
  },
  inquiry: {
    upcoming:
      'Pourriez-vous nous confirmer que les factures vous sont bien parvenues et que leur paiement est prévu à l’échéance ? S’il manque quoi que ce soit, par exemple une copie, un numéro de commande ou un bon de livraison, dites-le-moi et je vous l’enverrai aussitôt.',
    byTone: {
      warm: 'Pourriez-vous m’indiquer quand nous pouvons attendre le paiement ? Si quelque chose le retarde, ou s’il vous faut la copie d’un document, je reste à votre disposition.',
      neutral:
        'Merci de nous indiquer pourquoi le solde n’a pas été réglé, ainsi que la date à laquelle nous pouvons attendre le paiement.',
      firm: 'Merci de nous indiquer pourquoi le solde n’a pas été réglé, et de procéder au paiement de {total} au plus tard le {replyBy}. Si le paiement est déjà en cours, merci de nous en adresser le justificatif.',
      urgent:
        'Nous vous prions de procéder au paiement de {total} au plus tard le {replyBy}, ou de nous appeler d’ici là pour convenir des modalités de règlement du solde.',
      formal:
        'Nous vous demandons de régler l’intégralité du solde, soit {total}, au plus tard le {replyBy}.',
    },
    reason: {
      'not-received':
        'Vous trouverez de nouveau les factures en pièce jointe. Pourriez-vous nous confirmer qu’elles vous sont bien parvenues et nous indiquer la date de paiement prévue ?',
      approval:
        'Pourriez-vous nous indiquer où en est la validation des factures, et à quelle date le paiement est prévu une fois celles-ci approuvées ? Si la personne chargée de la validation a besoin d’un document de notre part, je le lui enverrai volontiers.',
      'cash-flow':
        'Pourriez-vous nous indiquer le montant que vous pouvez régler dès maintenant, et à quelles dates vous prévoyez de solder le reste ?',
      dispute:
        'Pourriez-vous nous transmettre les détails, par exemple les quantités concernées, des photos ou les numéros de lot, afin que nous puissions régler la question rapidement ?',
      'payment-sent':
        'Pourriez-vous nous adresser une copie de l’avis de virement (le SWIFT MT103 ou la confirmation de votre banque) ? Elle nous permettra de retrouver le paiement auprès de notre banque, et nous suspendons nos relances d’ici sa réception.',
      promise:
        'Nous prenons note que le paiement sera effectué au plus tard le {promisedDate} et nous y serons attentifs ; nous ne vous relancerons pas avant cette date.',
      'out-of-office':
        'Maintenant que vous êtes de retour, pourriez-vous nous indiquer la date de paiement prévue pour les factures ci-dessous ?',
    },
    promiseBroken:
      'Merci de nous indiquer ce qui s’est passé et de nous confirmer, au plus tard le {replyBy}, la date à laquelle le paiement sera effectué.',
    deliberate: {
      intro: 'Afin de régler ce dossier, nous vous demandons de suivre les étapes suivantes :',
      steps: [
        'Au plus tard le {replyBy}, confirmez-nous par écrit la date à laquelle le solde échu de {total} sera réglé.',
        'Effectuez le paiement à cette date, en indiquant les numéros de facture en référence.',
        'Si une partie du solde est contestée, indiquez-nous quelle facture et pour quelle raison, afin que le reste puisse être réglé sans délai.',
      ],
      next: 'Si nous n’avons reçu ni le paiement ni votre réponse au plus tard le {replyBy}, nous passerons le dossier à l’étape suivante de notre procédure de recouvrement.',
    },
  },
  opportunity: {
    warm: 'S’il vous est plus simple de régler en deux fois ou à une date un peu plus tardive, dites-le-moi ; nous trouverons certainement un arrangement.',
    neutral:
      'Si le paiement de la totalité en une seule fois vous pose difficulté, dites-le-nous : nous pouvons convenir d’une nouvelle date, accepter un paiement partiel dès maintenant et le reste selon un échéancier daté, ou organiser un bref appel pour en parler.',
    firm: 'Si le paiement de la totalité en une seule fois vous pose difficulté, nous sommes ouverts à une solution : une nouvelle date de paiement, un paiement partiel dès maintenant et le reste selon un échéancier daté, ou un appel pour convenir de la suite. Merci de nous répondre au plus tard le {replyBy} afin que nous puissions la mettre en place.',
    urgent:
      'Il est encore temps de régler cette situation ensemble. Si vous ne pouvez pas payer la totalité maintenant, appelez-nous ou répondez-nous au plus tard le {replyBy} avec une proposition, par exemple un paiement partiel et des échéances datées, ou une date de paiement ferme, et nous l’examinerons sérieusement.',
    formal:
      'Si vous souhaitez proposer un échéancier de paiement, nous restons disposés à l’examiner, à condition de recevoir votre proposition au plus tard le {replyBy}.',
  },
  stakes: {
    warm: 'Un compte à jour nous permet de traiter vos commandes sans la moindre interruption.',
    neutral:
      'Un compte à jour nous permet de continuer à vous accorder nos conditions de crédit et nos délais de livraison habituels.',
    firm: 'Tant que ces factures restent impayées, notre service crédit pourrait devoir suspendre les nouvelles commandes et les expéditions prévues jusqu’à la régularisation du compte. Nous préférerions de loin l’éviter, et un paiement ou une date de paiement ferme de votre part y suffit.',
    urgent:
      'Nous sommes certains que vous n’avez pas l’intention de laisser nos avis d’impayés sans suite au détriment de votre crédit. Le solde étant désormais échu depuis {maxDays}, votre compte fait l’objet d’un examen en vue d’un blocage de crédit : jusqu’à son règlement, les nouvelles commandes pourraient devoir être payées d’avance et vos conditions de crédit pourraient vous être retirées.',
    formal:
      'Si, au plus tard le {replyBy}, le solde n’est pas réglé et aucun arrangement n’a été convenu, nous suspendrons toutes les livraisons à venir et confierons le dossier à une procédure de recouvrement formelle, pouvant inclure une société de recouvrement ou une action en justice. Nous préférerions de loin régler cette question directement avec vous.',
  },
  closing: {
    warm: 'Merci beaucoup pour votre aide ; n’hésitez pas à me contacter pour toute question.',
    neutral:
      'Merci par avance pour votre réponse. Nous comptons sur votre coopération pour un règlement rapide.',
    firm: 'Nous comptons sur votre coopération pour un règlement rapide et attendons votre réponse au plus tard le {replyBy}.',
    urgent:
      'Nous vous remercions d’accorder à ce dossier votre attention immédiate. Nous comptons sur votre coopération pour un règlement rapide.',
    formal:
      'Nous préférerions de loin clore ce dossier directement avec vous et attendons votre paiement ou votre réponse au plus tard le {replyBy}.',
  },
  signOff: {
    warm: 'Bien cordialement,',
    neutral: 'Cordialement,',
    firm: 'Cordialement,',
    urgent: 'Avec nos salutations distinguées,',
    formal: 'Avec nos salutations distinguées,',
  },
  invoiceTable: {
    upcomingTitle: 'Factures arrivant à échéance',
    dueTitle: 'Factures arrivées à échéance',
    overdueTitle: 'Factures échues impayées',
    number: 'Facture',
    po: 'Commande',
    issueDate: 'Date d’émission',
    dueDate: 'Échéance',
    daysOverdue: 'Jours de retard',
    dueIn: 'Échéance dans (jours)',
    amountDue: 'Montant dû',
    total: 'Total {currency}',
    none: '—',
  },
  payment: {
    title: 'Coordonnées de paiement ({currency})',
    intro: 'Merci de virer {amount} sur le compte ci-dessous au plus tard le {deadline}.',
    holder: 'Titulaire du compte',
    bank: 'Banque',
    bankAddress: 'Adresse de la banque',
    iban: 'IBAN',
    accountNumber: 'Numéro de compte',
    swift: 'SWIFT/BIC',
    intermediary: 'Banque intermédiaire',
    reference: 'Référence à indiquer',
    charges: 'Frais bancaires',
    chargesWords: {
      OUR: 'Tous les frais à votre charge (OUR), afin que nous recevions le montant intégral',
      SHA: 'Frais partagés (SHA) : vous payez les frais de votre banque, nous payons ceux de la nôtre',
      BEN: 'Tous les frais à notre charge en tant que bénéficiaire (BEN)',
    },
  },
  interest: {
    method:
      'Conformément à nos conditions générales de vente, les sommes échues portent intérêt simple au taux de {rate} par {period} à compter de {start}, calculé sur la base {dayCount}.',
    perMonth: 'mois',
    perYear: 'an',
    dayCount: {
      'actual/365': 'exact/365 (jours réels écoulés, année de 365 jours)',
      'actual/360': 'exact/360 (jours réels écoulés, année de 360 jours)',
      '30/360': '30/360 (mois de 30 jours, année de 360 jours)',
    },
    fromDueDate: 'la date d’échéance',
    afterGrace: 'la fin d’un délai de grâce de {days} après l’échéance',
    statutory: {
      eu: 'Le tableau indique également l’indemnité forfaitaire pour frais de recouvrement prévue par la directive 2011/7/UE concernant la lutte contre le retard de paiement.',
      uk: 'Le tableau indique également l’indemnité forfaitaire prévue par la loi britannique Late Payment of Commercial Debts (Interest) Act 1998.',
    },
    statutoryMethod: {
      eu: 'Conformément à la directive 2011/7/UE concernant la lutte contre le retard de paiement, les sommes échues portent intérêt simple au taux annuel de {rate}, soit le taux de référence de la BCE de {reference} majoré de {margin} points de pourcentage, à compter de {start}, calculé sur la base {dayCount}.',
      uk: 'Conformément à la loi britannique Late Payment of Commercial Debts (Interest) Act 1998, les sommes échues portent intérêt simple au taux annuel de {rate}, soit le taux directeur de la Banque d’Angleterre de {reference} majoré de {margin} points de pourcentage, à compter de {start}, calculé sur la base {dayCount}.',
    },
    compensationOmitted: {
      eu: 'L’indemnité forfaitaire pour frais de recouvrement prévue par la directive est fixée en {currency} ; elle n’est pas indiquée pour les factures en d’autres devises.',
      uk: 'L’indemnité forfaitaire prévue par cette loi est fixée en {currency} ; elle n’est pas indiquée pour les factures en d’autres devises.',
    },
    invoice: 'Facture',
    principal: 'Montant dû',
    from: 'Du',
    to: 'Au',
    days: 'Jours',
    amount: 'Intérêts',
    compensation: 'Indemnité',
    total: 'Total {currency}',
    notCharged:
      'Ces montants vous sont communiqués à titre indicatif ; ils n’ont pas été portés au débit de votre compte.',
  },
  instalment: {
    intro:
      'Pour vous faciliter les choses, nous pouvons vous proposer d’étaler le solde selon l’échéancier suivant :',
    part: 'Échéance',
    date: 'Date',
    amount: 'Montant',
    total: 'Total {currency}',
    confirm:
      'Si cet échéancier vous convient, merci de nous le confirmer au plus tard le {replyBy}. Chaque échéance doit nous parvenir à la date indiquée ; prévenez-nous suffisamment tôt si une date devient difficile.',
    noPlan:
      'Si cela peut vous aider, nous sommes ouverts à un étalement du solde en plusieurs échéances datées. Merci de nous proposer des dates et des montants au plus tard le {replyBy} ; nous ferons de notre mieux pour trouver un accord.',
  },
  apology: {
    apology: 'Nous vous prions de bien vouloir nous excuser pour la gêne occasionnée.',
    resolution:
      'Nous examinons la question avec notre équipe et, dès que nous aurons les détails, nous y remédierons de la manière qui vous convient le mieux : remplacement, avoir ou ajustement de prix.',
    pausedSome:
      'Le temps de régler ce point, nous avons suspendu nos relances pour {invoices}. Les autres factures ne sont pas concernées et restent dues aux dates indiquées.',
    pausedEvery: 'Le temps de régler ce point, nous avons suspendu nos relances pour {invoices}.',
    pausedUnknown:
      'Le temps de régler ce point, nous avons suspendu nos relances pour les factures concernées.',
  },
};
