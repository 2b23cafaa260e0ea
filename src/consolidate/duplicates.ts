/**
 * Duplicates among consolidation inputs: finding them (the same unit, or the same file content) and,
 * under preferLatest, deciding which copy of a unit is summed. Issue 3, 重复; tryout of --prefer-latest.
 *
 * Deciding, per set of inputs linked by any duplicate relation:
 * 1. Validity first: a valid filled-in report beats an invalid one, and any filled-in report beats a
 *    blank one (every figure blank), whatever their times. (Under includeInvalid an invalid filled-in
 *    copy can be kept too, when the unit has no valid one.)
 * 2. Among the copies left, the latest modification time wins. Two sheets of one workbook share its
 *    time, files may carry the same time (copied with their dates kept), and sheets of an open workbook
 *    have none: when the latest is shared or unknown, the tied copies must have the same figures (then
 *    the first added is kept); otherwise "latest" cannot be decided and the run stops with the list.
 * 3. When no copy can be summed (all invalid, or all blank), none is preferred: each keeps its own
 *    status and reason, and the unit is reported as not summed.
 */
import type { DuplicateGroup, SourceFacts, UndecidedDuplicate } from './types';

/** How a copy and the copy kept instead of it are related, for the reason printed. */
export type DuplicateRelation =
  /** The same bytes and the same sheet: one file sent twice. */
  | 'same-content'
  /** Two sheets of one workbook (a clerk's draft copy "年报统计表 (2)"). */
  | 'same-file'
  /** Different files or sheets naming the same unit. */
  | 'same-unit';

/** Why the kept copy was preferred. */
export type PreferredBecause =
  /** It passes validation; this copy has errors. */
  | 'valid'
  /** It is filled in; this copy is blank. */
  | 'filled'
  /** It was modified later. */
  | 'latest'
  /** Same figures as this copy: either would give the same sums. */
  | 'identical';

/** A copy left out under preferLatest, with the copy kept instead and why. */
export interface Supersession {
  /** `SourceFacts.index` of the copy kept. */
  readonly by: number;
  readonly relation: DuplicateRelation;
  readonly because: PreferredBecause;
}

/** What `resolveDuplicates` decides. */
export interface DuplicateResolution {
  /** The groups, each with `kept` set when its set of copies was decided. */
  readonly groups: DuplicateGroup[];
  /** Left-out copy (index) → what was kept instead. */
  readonly superseded: Readonly<Record<number, Supersession>>;
  /** Sets of copies that "latest" cannot order: the run stops with them. */
  readonly undecided: readonly UndecidedDuplicate[];
}

/** Groups of inputs that are the same unit or the same file, among `readable` (unreadable inputs are left out by the caller). */
export function findDuplicates(readable: readonly SourceFacts[]): DuplicateGroup[] {
  const byContent: Record<string, number[]> = {};
  const byUnit: Record<string, number[]> = {};
  for (const f of readable) {
    if (f.sha256) {
      const key = `${f.sha256}\n${f.sheet || ''}`;
      (byContent[key] = byContent[key] || []).push(f.index);
    }
    if (f.unitKey) (byUnit[f.unitKey] = byUnit[f.unitKey] || []).push(f.index);
  }
  const groups: DuplicateGroup[] = [];
  const contentSets: string[] = [];
  for (const key of Object.keys(byContent)) {
    const sources = byContent[key];
    if (sources.length < 2) continue;
    contentSets.push(sources.join(','));
    groups.push({ kind: 'content', key: key.split('\n')[0], sources });
  }
  for (const key of Object.keys(byUnit)) {
    const sources = byUnit[key];
    // A copy of the same file is one problem, not two: report it as content only.
    if (sources.length < 2 || contentSets.indexOf(sources.join(',')) >= 0) continue;
    groups.push({ kind: 'unit', key, sources });
  }
  return groups;
}

/**
 * How two different inputs are related (see DuplicateRelation). One workbook: the same SHA-256 when both
 * are known (a task pane's dropped files carry names without folders, so equal names prove nothing),
 * else the same file path.
 */
export function duplicateRelation(a: SourceFacts, b: SourceFacts): DuplicateRelation {
  const hashed = !!a.sha256 && !!b.sha256;
  const sameWorkbook = hashed ? a.sha256 === b.sha256 : a.file !== undefined && a.file === b.file;
  if (!sameWorkbook) return 'same-unit';
  if ((a.sheet || '') !== (b.sheet || '')) return 'same-file';
  return hashed ? 'same-content' : 'same-unit';
}

/** 2: valid and filled in; 1: filled in, with errors; 0: blank. The higher is preferred. */
function rank(f: SourceFacts): number {
  return f.blank ? 0 : f.errors > 0 ? 1 : 2;
}

/**
 * preferLatest: decides each set of linked inputs (see the module's comment).
 * @param candidate the facts of every input of the groups, by `index` (1-based)
 * @param includeInvalid whether inputs with errors are summed (then they can be kept, after valid ones)
 * @param sameFigures whether two inputs (indices) have exactly the same figures
 */
export function resolveDuplicates(
  groups: readonly DuplicateGroup[],
  candidate: (index: number) => SourceFacts,
  includeInvalid: boolean,
  sameFigures: (a: number, b: number) => boolean,
): DuplicateResolution {
  const parent: Record<number, number> = {};
  const find = (x: number): number => {
    while (parent[x] !== undefined && parent[x] !== x) x = parent[x];
    return x;
  };
  for (const g of groups) for (const s of g.sources) if (parent[s] === undefined) parent[s] = s;
  for (const g of groups) for (let i = 1; i < g.sources.length; i++) parent[find(g.sources[i])] = find(g.sources[0]);
  const components: Record<number, number[]> = {};
  for (const key of Object.keys(parent)) {
    const s = Number(key);
    (components[find(s)] = components[find(s)] || []).push(s);
  }

  const superseded: Record<number, Supersession> = {};
  const undecided: UndecidedDuplicate[] = [];
  const winnerOf: Record<number, number> = {};
  const lowest = includeInvalid ? 1 : 2;
  for (const root of Object.keys(components)) {
    const members = components[Number(root)].slice().sort((a, b) => a - b);
    const decision = decide(members, candidate, lowest, sameFigures);
    if ('undecided' in decision) {
      undecided.push(decision.undecided);
      continue;
    }
    if (decision.winner === undefined) continue;
    const w = decision.winner;
    winnerOf[Number(root)] = w;
    const kept = candidate(w);
    for (const s of members) {
      if (s === w) continue;
      const loser = candidate(s);
      let because: PreferredBecause;
      if (rank(loser) < rank(kept)) because = loser.blank ? 'filled' : 'valid';
      else because = decision.tied.indexOf(s) >= 0 ? 'identical' : 'latest';
      superseded[s] = { by: w, relation: duplicateRelation(loser, kept), because };
    }
  }
  const decided = groups.map((g) => {
    const w = winnerOf[find(g.sources[0])];
    return w !== undefined && g.sources.indexOf(w) >= 0 ? { ...g, kept: w } : { kind: g.kind, key: g.key, sources: g.sources };
  });
  return { groups: decided, superseded, undecided };
}

/**
 * The copy kept of one set of linked inputs (with the copies it tied with on time, all of the same
 * figures), none (no copy can be summed: rank below `lowest`), or the copies "latest" cannot order.
 */
function decide(
  members: readonly number[],
  candidate: (index: number) => SourceFacts,
  lowest: number,
  sameFigures: (a: number, b: number) => boolean,
): { winner?: number; tied: readonly number[] } | { undecided: UndecidedDuplicate } {
  const best = Math.max.apply(
    null,
    members.map((s) => rank(candidate(s))),
  );
  if (best < lowest) return { tied: [] };
  const able = members.filter((s) => rank(candidate(s)) === best);
  if (able.length === 1) return { winner: able[0], tied: [] };
  const times = able.map((s) => candidate(s).modified);
  const known = times.every((t) => t !== undefined);
  let tied = able;
  if (known) {
    const latest = Math.max.apply(null, times as number[]);
    tied = able.filter((s) => candidate(s).modified === latest);
  }
  if (tied.length === 1) return { winner: tied[0], tied: [] };
  if (tied.every((s) => sameFigures(s, tied[0]))) return { winner: tied[0], tied };
  const facts = tied.map((s) => candidate(s));
  const oneFile = facts.every((f, i) => i === 0 || duplicateRelation(f, facts[0]) === 'same-file');
  return { undecided: { sources: tied, why: oneFile ? 'same-file' : known ? 'same-time' : 'unknown-time' } };
}
