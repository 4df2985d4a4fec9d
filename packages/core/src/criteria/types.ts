/**
 * Types of the PMQA 4.0 criteria data (seed `001_831dbe8b77b6d016.txt`,
 * "เกณฑ์การประเมินสถานะของหน่วยงานภาครัฐในการเป็นระบบราชการ 4.0 (ฉบับปรับปรุง พ.ศ. 2565)").
 *
 * Thai text (`th`) is verbatim from the seed (markdown/HTML markup removed, runs of spaces collapsed,
 * multi-line slide cells joined). English (`en`) is Khanaen's own wording, not an official translation.
 * `line` values are 1-based line numbers in the seed file.
 */

/** The three PMQA 4.0 development levels (seed 001:89-93). */
export type CriteriaLevel = 'basic' | 'advance' | 'significance';

import type { Bilingual } from '../result.js';

export type { Bilingual };

/** Bilingual text with the seed line(s) it comes from. */
export interface SourcedText extends Bilingual {
  /** First line in the seed. */
  readonly line: number;
}

/**
 * One numbered evidence prompt of the self-assessment checklist (e.g. `1.1.1`).
 * Prompts ask for evidence and notes; they are not yes/no questions.
 */
export interface CriteriaPrompt {
  /** e.g. `"1.1.1"` */
  readonly id: string;
  /** Prompt text, verbatim, WITHOUT the trailing printed level tag. */
  readonly th: string;
  readonly en: string;
  /**
   * The level tag printed on the prompt line, as printed: `"(Basic)"`, `"(Advance)"`, `"(Sig)"`, `"(A/D)"`,
   * or `null` when the line carries no tag.
   */
  readonly tag: string | null;
  /** The level the printed tag denotes (`(A/D)` and `(Basic)` → `basic`; `(Sig)` → `significance`); `null` when untagged. */
  readonly level: CriteriaLevel | null;
  /** Sub-points printed under the prompt (e.g. "ด้านเศรษฐกิจ เช่น....."), verbatim, with English. May be empty. */
  readonly details: readonly Bilingual[];
  readonly line: number;
}

/** One process item (1.1–6.4) with its three level descriptors. */
export interface CriteriaItem {
  /** e.g. `"1.1"` */
  readonly id: string;
  readonly title: SourcedText;
  /** The short level descriptor of the overview table for each level. */
  readonly levels: Readonly<Record<CriteriaLevel, SourcedText>>;
  /** The longer guidance (แนวทาง) for each level, one or more paragraphs. May be empty arrays where the seed has none. */
  readonly guidance: Readonly<Record<CriteriaLevel, readonly SourcedText[]>>;
  /** The numbered evidence prompts, in document order. */
  readonly prompts: readonly CriteriaPrompt[];
}

/** A KPI group of a Category 7 sub-item. `mandatory` = printed with `*` (seed 001:1109-1121). */
export interface Category7Group extends Bilingual {
  /** Khanaen's stable id of the group (e.g. `core-mission`), used by rule C7S and in CSV files. */
  readonly id: string;
  readonly mandatory: boolean;
  readonly line: number;
}

/** A Category 7 sub-item (7.1–7.6): groups of KPIs instead of prompts. */
export interface Category7SubItem {
  /** `"7.1"` … `"7.6"` */
  readonly id: string;
  readonly title: SourcedText;
  readonly groups: readonly Category7Group[];
}

/** A process category (1–6). */
export interface ProcessCategory {
  readonly id: 1 | 2 | 3 | 4 | 5 | 6;
  readonly title: SourcedText;
  /** เจตนารมณ์ (intent); `null` where the seed prints none (categories 2–6). */
  readonly intent: SourcedText | null;
  readonly items: readonly CriteriaItem[];
}

/** Category 7 (results). */
export interface ResultsCategory {
  readonly id: 7;
  readonly title: SourcedText;
  readonly intent: SourcedText;
  /** Level descriptors of Category 7 (seed 001:1129-1139). */
  readonly levels: Readonly<Record<CriteriaLevel, SourcedText>>;
  readonly items: readonly Category7SubItem[];
}

/** The whole criteria document. */
export interface Criteria {
  readonly id: 'pmqa40-criteria@2565';
  readonly source: string;
  readonly title: Bilingual;
  /** Level names as printed in the document (e.g. "Basic (A&D)") with English. */
  readonly levelNames: Readonly<Record<CriteriaLevel, SourcedText>>;
  readonly categories: readonly [
    ProcessCategory,
    ProcessCategory,
    ProcessCategory,
    ProcessCategory,
    ProcessCategory,
    ProcessCategory,
    ResultsCategory,
  ];
}
