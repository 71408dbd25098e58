/**
 * Synthetic content for the scale benchmark: the real content/ (so every page, statute and list
 * the site builds still exists) plus, per unit of scale, 1,000 timeline events, 500 glossary terms
 * and 200 sources. Every synthetic file is valid under lib/content/schema.ts and cross-referenced
 * the way real content is: events cite sources, use glossary terms and link to glossary anchors;
 * terms cite sources, name related terms and a statute subsection, and link to timeline anchors.
 * Each synthetic event and term also gets its Spanish counterpart in es/, with the same anchors and
 * references, as the content check requires of real content.
 * Deterministic: the same scale gives the same files.
 *   usage: tsx scripts/scale/generate.ts <scale> <out-dir>
 */
import fs from 'node:fs';
import path from 'node:path';
import { THREADS } from '../../lib/content/schema';

export const PER_SCALE = { events: 1000, terms: 500, sources: 200 } as const;

const NATO =
  'alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split(
    ' ',
  );
/** A subsection that exists in content/statutes/26-usc-6103.md. */
const STATUTE_REF = '26-usc-6103#b_6';
const FIRST_DAY = Date.UTC(1990, 0, 1);
const DAYS = 365 * 40;

export interface Generated {
  dir: string;
  files: number;
  events: number;
  terms: number;
  sources: number;
}

const sourceId = (i: number) => `synthetic-source-${i}`;
const termId = (i: number) => `synthetic-term-${i}`;
const termName = (i: number) => `${NATO[i % NATO.length]} term ${i}`;
const termNameEs = (i: number) => `término ${NATO[i % NATO.length]} ${i}`;
const eventDate = (i: number) =>
  new Date(FIRST_DAY + ((i * 7919) % DAYS) * 86_400_000).toISOString().slice(0, 10);
const eventId = (i: number) => `${eventDate(i)}-synthetic-event-${i}`;

function write(dir: string, name: string, frontmatter: string[], body: string): void {
  fs.writeFileSync(path.join(dir, name), `---\n${frontmatter.join('\n')}\n---\n${body}\n`);
}

/** Writes `base` plus `scale` units of synthetic content into `dir` (emptied first). */
export function generate(scale: number, dir: string, base = 'content'): Generated {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(base, dir, { recursive: true });
  const events = PER_SCALE.events * scale;
  const terms = PER_SCALE.terms * scale;
  const sources = PER_SCALE.sources * scale;

  const sourcesDir = path.join(dir, 'sources');
  for (let i = 0; i < sources; i++) {
    write(
      sourcesDir,
      `${sourceId(i)}.md`,
      [
        `title: "Synthetic report ${i} for the scale benchmark"`,
        'titleIsOurs: true',
        `publisher: "Synthetic Publisher ${i % 50}"`,
        `url: "https://example.org/synthetic/${i}"`,
        `date: "${eventDate(i)}"`,
        'kind: secondary',
        'confidence: verified-in-secondary',
      ],
      `Synthetic source ${i}: not a real publication.`,
    );
  }

  const glossaryDir = path.join(dir, 'glossary');
  const glossaryDirEs = path.join(dir, 'es', 'glossary');
  const timelineDirEs = path.join(dir, 'es', 'timeline');
  for (let i = 0; terms && i < terms; i++) {
    write(
      glossaryDir,
      `${termId(i)}.md`,
      [
        `term: "${termName(i)}"`,
        `aliases: ["${NATO[i % NATO.length]} alias ${i}"]`,
        ...(i % 10 === 0 ? [`statute: "${STATUTE_REF}"`] : []),
        `sources: [${sourceId(i % sources)}, ${sourceId((i * 31 + 7) % sources)}]`,
        `related: [${termId((i + 1) % terms)}, ${termId((i * 13 + 5) % terms)}]`,
      ],
      `A synthetic definition of term ${i}, read with :term[${termName((i + 3) % terms)}] and first met in [a dated event](/timeline/#${eventId(i % events)}) [@${sourceId(i % sources)}].`,
    );
    write(
      glossaryDirEs,
      `${termId(i)}.md`,
      [`term: "${termNameEs(i)}"`],
      `Una definición sintética del término ${i}, con :term[${termNameEs((i + 3) % terms)}]{id=${termId((i + 3) % terms)}} y visto por primera vez en [un hecho fechado](/timeline/#${eventId(i % events)}) [@${sourceId(i % sources)}].`,
    );
  }

  const timelineDir = path.join(dir, 'timeline');
  for (let i = 0; i < events; i++) {
    write(
      timelineDir,
      `${eventId(i)}.md`,
      [
        `date: "${eventDate(i)}"`,
        'precision: day',
        `title: "Synthetic event ${i} for the scale benchmark"`,
        `thread: ${THREADS[i % THREADS.length]}`,
        `sources: [${sourceId(i % sources)}, ${sourceId((i * 17 + 3) % sources)}]`,
      ],
      `Synthetic event ${i} concerns :term[${termName(i % terms)}]; see [its glossary entry](/glossary/#${termId(i % terms)}) and [§ 6103(b)(6)](/law/26-usc-6103/#b_6) [@${sourceId(i % sources)}].`,
    );
    write(
      timelineDirEs,
      `${eventId(i)}.md`,
      [`title: "Hecho sintético ${i} para la prueba de escala"`],
      `El hecho sintético ${i} trata de :term[${termNameEs(i % terms)}]{id=${termId(i % terms)}}; vea [su entrada del glosario](/glossary/#${termId(i % terms)}) y el [§ 6103(b)(6)](/law/26-usc-6103/#b_6) [@${sourceId(i % sources)}].`,
    );
  }

  const countMarkdown = (folder: string): number =>
    fs
      .readdirSync(folder, { withFileTypes: true })
      .reduce(
        (n, entry) =>
          n +
          (entry.isDirectory()
            ? countMarkdown(path.join(folder, entry.name))
            : entry.name.endsWith('.md')
              ? 1
              : 0),
        0,
      );
  const files = countMarkdown(dir);
  return { dir, files, events, terms, sources };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = Number(process.argv[2]);
  const dir = process.argv[3];
  if (!Number.isInteger(scale) || scale < 0 || !dir) {
    console.error('usage: tsx scripts/scale/generate.ts <scale: 0, 1, 10, 100…> <out-dir>');
    process.exit(2);
  }
  const result = generate(scale, path.resolve(dir));
  console.log(
    `Wrote ${result.files} content files (${result.events} synthetic events, ${result.terms} terms, ${result.sources} sources) to ${result.dir}`,
  );
}
