import type { BankAccount } from '../../core/model';
import type { PolicyField } from './settingsDraft';

/**
 * Names a field of the settings form: problems, "touched" marks and element ids use it, so the
 * summary of problems can move the focus to the field it names.
 */
export type FieldId = string;

/** A field of the bank account with `key`. */
export const accountFieldId = (key: string, field: keyof BankAccount): FieldId =>
  `account-${key}-${field}`;

/** A field of the default policy (`segment` undefined) or of the policy at `segment` index. */
export const policyFieldId = (segment: number | undefined, field: PolicyField): FieldId =>
  segment === undefined ? `policy-${field}` : `segment-${segment}-${field}`;

/** The element id of the control of `field` (ids hold no spaces or quotes). */
export const domIdOf = (field: FieldId): string =>
  `duly-settings-${field.replace(/[^A-Za-z0-9_-]/g, '_')}`;
