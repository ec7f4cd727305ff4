/// <reference types="google-apps-script" />
import type { Clock } from '../../core/ports/clock';

/**
 * The Apps Script services the add-on uses, passed in by main.ts (the globals) or by tests (the
 * recording fakes of test/fakes/appsScript), so no other file reads a global.
 */
export type AppsScriptServices = {
  readonly CardService: GoogleAppsScript.Card_Service.CardService;
  readonly GmailApp: GoogleAppsScript.Gmail.GmailApp;
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly CacheService: GoogleAppsScript.Cache.CacheService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  /**
   * The advanced Drive service (API v3), enabled in appsscript.json; absent when a project was
   * deployed without it. Only `Files.get` of the ledger's version is used (drive.file allows it).
   */
  readonly Drive: GoogleAppsScript.Drive | undefined;
};

/** Everything a trigger or action handler needs: the services and the clock. */
export type GmailHost = AppsScriptServices & { readonly clock: Clock };

/** A Workspace add-on event, with the compose trigger's legacy `draftMetadata` when Gmail sends it. */
export type AddOnEvent = GoogleAppsScript.Addons.EventObject & {
  readonly draftMetadata?: {
    readonly toRecipients?: string[];
    readonly ccRecipients?: string[];
    readonly subject?: string;
  };
};

export type Card = GoogleAppsScript.Card_Service.Card;
export type CardServiceApi = GoogleAppsScript.Card_Service.CardService;
