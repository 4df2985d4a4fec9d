/**
 * The Category 7 rule pack of a Buddhist-era year, as core's `packFor` chooses it (no choice is made here).
 * An absent year or one before the first pack gives `undefined`: the rule then runs with core's default.
 */
import { packFor, pmqa40Cat7, type RulePack } from '@khanaen/core';

export type Category7Constants = (typeof pmqa40Cat7)['constants'];
export type Category7Pack = RulePack<Category7Constants>;

export function category7Pack(year: number | null | undefined): Category7Pack | undefined {
  if (typeof year !== 'number' || !Number.isInteger(year)) return undefined;
  return packFor(pmqa40Cat7.family, year) as Category7Pack | undefined;
}

/** The constants a Category 7 display reads (groups, slots, points): the year's pack, else the default. */
export const category7Constants = (pack: Category7Pack | undefined): Category7Constants =>
  (pack ?? pmqa40Cat7).constants;
