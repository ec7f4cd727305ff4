import { automaticKindOf, headerMapOf } from '../../../src/cli/gmail/automaticMail';

const kind = (headers: Record<string, string>) =>
  automaticKindOf(headerMapOf(Object.entries(headers).map(([name, value]) => ({ name, value }))));

describe('automaticKindOf', () => {
  it.each([
    [{ 'Auto-Submitted': 'auto-replied', Subject: 'Re: Invoice' }, 'auto-reply'],
    [{ 'auto-submitted': 'auto-generated' }, 'auto-reply'],
    [{ 'Auto-Submitted': 'no', Subject: 'Re: Invoice' }, undefined],
    [{ 'X-Autoreply': 'yes' }, 'auto-reply'],
    [{ 'X-Autorespond': 'Out of office' }, 'auto-reply'],
    [{ Precedence: 'auto_reply' }, 'auto-reply'],
    [{ Precedence: 'bulk' }, 'auto-reply'],
    [{ Subject: 'Automatic reply: Invoice 12' }, 'auto-reply'],
    [{ Subject: 'Out of Office: Invoice 12' }, 'auto-reply'],
    [{ Subject: 'Abwesenheitsnotiz: Rechnung' }, 'auto-reply'],
    [{ Subject: 'Réponse automatique : Facture' }, 'auto-reply'],
    [{ Subject: 'Respuesta automática: Factura' }, 'auto-reply'],
    [{ Subject: 'Resposta automática: Fatura' }, 'auto-reply'],
    [{ Subject: '自动回复: 发票' }, 'auto-reply'],
    [{ Subject: '自動返信: 請求書' }, 'auto-reply'],
    [{ Subject: 'Re: Out of office supplies invoice' }, undefined],
    [{ From: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' }, 'bounce'],
    [{ From: 'postmaster@buyer.es', Subject: 'Undeliverable: Invoice' }, 'bounce'],
    [{ 'X-Failed-Recipients': 'a@b.es' }, 'bounce'],
    [{ 'Content-Type': 'multipart/report; report-type=delivery-status; boundary=x' }, 'bounce'],
    [{ Subject: 'Undelivered Mail Returned to Sender' }, 'bounce'],
    [{ Subject: 'Unzustellbar: Rechnung' }, 'bounce'],
    [{ From: 'alice@buyer.es', Subject: 'Re: Invoice 12' }, undefined],
  ])('classifies %j as %s', (headers, expected) => {
    expect(kind(headers)).toBe(expected);
  });
});
