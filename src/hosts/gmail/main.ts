// The Apps Script composition root: the only file that reads Apps Script globals and the clock.
// gas-webpack-plugin turns each `global.name = …` below into a top-level function of Code.js.
import { calendarDateIn } from '../../core/calendarDate';
import type { Clock } from '../../core/ports/clock';
import type { AddOnEvent, GmailHost } from './appsScript';
import {
  onAction,
  onCompose,
  onHomepage,
  onMessage,
  onSheetsFileScopeGranted,
  onSheetsHomepage,
} from './handlers';

declare const global: Record<string, unknown>;

const clock: Clock = {
  now: () => new Date().getTime(),
  today: (timeZone) => calendarDateIn(new Date().getTime(), timeZone),
};

function host(): GmailHost {
  return {
    CardService,
    GmailApp,
    SpreadsheetApp,
    CacheService,
    PropertiesService,
    LockService,
    // Apps Script defines `Drive` only when the advanced service is enabled in the manifest.
    Drive: typeof Drive === 'undefined' ? undefined : Drive,
    clock,
  };
}

/** appsscript.json addOns.common.homepageTrigger. */
global.onHomepage = (event: AddOnEvent) => onHomepage(host(), event);
/** appsscript.json addOns.gmail.contextualTriggers[0]. */
global.onGmailMessage = (event: AddOnEvent) => onMessage(host(), event);
/** appsscript.json addOns.gmail.composeTrigger.selectActions[0]. */
global.onGmailCompose = (event: AddOnEvent) => onCompose(host(), event);
/** appsscript.json addOns.sheets.homepageTrigger: choose the open Sheet as the ledger. */
global.onSheetsHomepage = (event: AddOnEvent) => onSheetsHomepage(host(), event);
/** appsscript.json addOns.sheets.onFileScopeGrantedTrigger. */
global.onSheetsFileScopeGranted = (event: AddOnEvent) => onSheetsFileScopeGranted(host(), event);
/** Every card button (CardService actions name a top-level function). */
global.onDulyAction = (event: AddOnEvent) => onAction(host(), event);
