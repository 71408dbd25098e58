/** One thing wrong with one content file, in words a writer can act on. */
export interface ContentProblem {
  /** Path relative to the repository root, e.g. `content/timeline/2025-05-12-pi-denied.md`. */
  file: string;
  /** Frontmatter field (`date`, `sources.1`) or `body`. */
  field: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** What is wrong. */
  message: string;
  /** How to fix it, where there is a likely fix. */
  fix?: string;
}

/** Thrown by the site build when content is invalid, so nothing half-built is ever published. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[], fileCount: number) {
    super(`Invalid content: ${problems.length} problem(s)\n${formatProblems(problems, fileCount)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Groups problems by file, as `npm run check:content` prints them. */
export function formatProblems(problems: readonly ContentProblem[], fileCount: number): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`✖ ${file}`);
    for (const problem of list) {
      const where = problem.line ? `${problem.field} (line ${problem.line})` : problem.field;
      lines.push(`    ${where.padEnd(12)} ${problem.message}`);
      if (problem.fix) lines.push(`    ${''.padEnd(12)} → ${problem.fix}`);
    }
  }
  lines.push(`${byFile.size} of ${fileCount} files invalid.`);
  return lines.join('\n');
}

/** The closest candidate by edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
