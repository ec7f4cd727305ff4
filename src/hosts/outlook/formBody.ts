import type { Draft } from '../../core/drafts/types';
import type { DraftDelivery } from '../../core/ports/mailHost';

/**
 * The most a reply or new-message form takes as its HTML body: office.js checks
 * `htmlBody.length` (UTF-16 code units) against 32 * 1024, inclusive, and throws beyond it
 * (outlook-web-16.01.js, `maxBodyLength`).
 */
export const FORM_BODY_LIMIT = 32 * 1024;

/** A form body that fits, or the reason none does. */
export type FormBody =
  | { readonly fits: true; readonly html: string; readonly delivery: DraftDelivery }
  | { readonly fits: false; readonly message: string };

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The draft's plain text as the smallest HTML that keeps its lines and the columns of its
 * invoice table: one escaped `pre` block.
 */
export function textAsHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
  return `<pre style="white-space:pre-wrap;font-family:inherit">${escaped}</pre>`;
}

const thousands = (n: number): string => n.toLocaleString('en-US');

/**
 * The body for a form limited to `limit` UTF-16 code units: the draft's HTML when it fits, else
 * its text version wrapped minimally (with a notice), else a refusal that says what to do.
 */
export function formBody(draft: Draft, limit: number = FORM_BODY_LIMIT): FormBody {
  if (draft.html.length <= limit) {
    return { fits: true, html: draft.html, delivery: { form: 'html' } };
  }
  const shorter = textAsHtml(draft.text);
  if (shorter.length <= limit) {
    return {
      fits: true,
      html: shorter,
      delivery: {
        form: 'shortened',
        notice:
          `The draft is longer than Outlook allows in a new form (${thousands(draft.html.length)} ` +
          `of ${thousands(limit)} characters), so it opens as plain text without formatting.`,
      },
    };
  }
  return {
    fits: false,
    message:
      `The draft is too long for an Outlook form even as plain text (${thousands(shorter.length)} ` +
      `of ${thousands(limit)} characters). Open a reply yourself and use Insert draft there, ` +
      `or include fewer invoices.`,
  };
}
