/**
 * mdast → hast → React elements, on the server. Our syntax becomes real markup here: numbered
 * source notes, glossary links, attributed quotes, and slots for the timeline, diagram and chart.
 * Raw HTML in content never reaches a page: mdast-util-to-hast drops it, and the sanitizer
 * removes anything unsafe that Markdown itself can express (e.g. `javascript:` links).
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { h } from 'hastscript';
import type { Heading, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Site } from '../content/site';
import type { CiteRefNode } from './parse';
import { plainText } from './parse';
import { leadSentences } from './lead';
import { QuoteIds, quoteId } from './ids';
import type { QuoteSpeaker } from '../content/quote-speakers';
import { linkStatuteCitations } from './statute-links';
import { officialSubsectionUrl } from '../statutes/links';
import { visit } from 'unist-util-visit';
import { localizePath } from '../i18n/locale';
import { ui } from '../i18n/ui';

/** Numbers the sources a page cites, in order of first use. One per page. */
export class NoteNumbers {
  private readonly order: string[] = [];
  private readonly uses = new Map<string, number>();
  /** Quote ids are per page too: the notes object is the page's render state. */
  readonly quoteIds = new QuoteIds();
  /** Sources whose reported words the page quotes (`:q[…]{by=…}`): the quotation control credits them. */
  readonly quotedSources = new Set<string>();
  /** Reported quotations whose original speaker is known (content/quote-speakers.yaml), by rendered id. */
  readonly quoteSpeakers = new Map<string, { by: string; speaker: QuoteSpeaker }>();

  /** The note number of a source, and a unique id for this use of it (for the back-link). */
  use(id: string): { n: number; refId: string } {
    if (!this.order.includes(id)) this.order.push(id);
    const k = (this.uses.get(id) ?? 0) + 1;
    this.uses.set(id, k);
    return { n: this.order.indexOf(id) + 1, refId: `cite-${id}-${k}` };
  }

  /** Notes in order, with how many times each was cited. */
  list(): { id: string; n: number; uses: number }[] {
    return this.order.map((id, i) => ({ id, n: i + 1, uses: this.uses.get(id) ?? 0 }));
  }
}

export interface RenderContext {
  site: Site;
  notes: NoteNumbers;
  /** Components for the directive slots (timeline, diagram, chart) and element overrides. */
  components?: Partial<Components>;
}

/** Who said a quotation, for "Copy as quotation" (components/content/quote-selection.browser.ts). */
const QUOTE_DATA = ['dataQ', 'dataCite', 'dataOfficial', 'dataBy'];

const SCHEMA: Schema = {
  ...defaultSchema,
  // Ids come from our own syntax, never from raw HTML, so they need no "user-content-" prefix.
  clobberPrefix: '',
  clobber: [],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'button',
    'q',
    'timeline-embed',
    'request-flow',
    'counts-chart',
    'abbr',
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': [
      ...(defaultSchema.attributes?.['*'] ?? []),
      'className',
      'id',
      'dataTags',
      'dataTerm',
      'dataDesignation',
      'ariaLabel',
      'ariaDescribedBy',
      'role',
      'title',
      'lang',
    ],
    q: ['cite', ...QUOTE_DATA],
    figure: QUOTE_DATA,
    button: ['type', 'popoverTarget'],
    span: ['popover'],
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter(
        (rule) => !(Array.isArray(rule) && rule[0] === 'className'),
      ),
      'className',
      'dataTerm',
      'ariaLabel',
    ],
  },
};

export function toSafeHast(tree: Root, context: RenderContext): HastRoot {
  const hast = toHast(tree, { handlers: handlers(context) }) as HastRoot;
  const safe = sanitize(hast, SCHEMA) as HastRoot;
  // Content links are written as English paths; on a Spanish page they lead to the Spanish page.
  if (context.site.locale !== 'en') {
    visit(safe, 'element', (node: Element) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        node.properties.href = localizePath(node.properties.href, context.site.locale);
      }
    });
  }
  return safe;
}

/** Renders a parsed Markdown tree to React elements. */
export function renderMarkdown(tree: Root, context: RenderContext): ReactNode {
  const copy = structuredClone(tree);
  linkStatuteCitations(copy, context.site);
  const hast = toSafeHast(copy, context);
  return toJsxRuntime(hast, {
    Fragment,
    jsx,
    jsxs,
    components: context.components ?? {},
    passKeys: true,
  });
}

function handlers(context: RenderContext) {
  const { site, notes } = context;
  const t = ui(site.locale);
  // On a Spanish page a quote keeps its English words: mark them as English for screen readers.
  const quoteLang = site.locale === 'en' ? {} : { lang: 'en' };

  // One superscript link per source, "[1][2]": no wrapper element per marker (CSS raises them).
  const citeRef = (_state: State, node: CiteRefNode): ElementContent[] =>
    node.ids.flatMap((id, i): ElementContent[] => {
      const { n, refId } = notes.use(id);
      const source = site.sources.get(id);
      const link = h(
        'a',
        {
          href: `#note-${id}`,
          id: refId,
          className: ['cite-ref'],
          ariaLabel: t.sourceLabel(n, source?.data.publisher),
        },
        `[${n}]`,
      );
      // A word joiner keeps "[2][3]" on one line, as the old <sup> wrapper did.
      return i > 0 ? [{ type: 'text', value: '\u2060' }, link] : [link];
    });

  const statuteLabel = (slug: string, fragment: string | undefined): string => {
    const statute = site.statutes.get(slug);
    const provision = fragment
      ? statute?.statute.provisions.find((p) => p.id === fragment)
      : undefined;
    return `${statute?.data.citation ?? slug}${provision?.pinpoint ?? ''}`;
  };

  /** "as reported by UPI": who reported a quote of a text we do not hold. */
  const reportedBy = (sourceId: string): string =>
    t.asReportedBy(site.sources.get(sourceId)?.data.publisher ?? sourceId);

  /** The Spanish reader's translation beside an English quote. */
  const translationNote = (spanish: string): string => `[${t.unofficialTranslation}: «${spanish}»]`;

  /**
   * A definition's opening as popover content: quotes stay quotes with their attribution in
   * words, but nothing in a popover adds a note to the page or opens another popover.
   */
  const popoverDefinition = (nodes: PhrasingContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type === 'text') return [{ type: 'text', value: node.value }];
      if (node.type === 'textDirective' && node.name === 'q') {
        const attributes = node.attributes ?? {};
        const said = attributes.by
          ? reportedBy(attributes.by)
          : attributes.cite
            ? statuteLabel(...(attributes.cite.split('#') as [string, string | undefined]))
            : '';
        return [
          h('q', { ...quoteLang }, plainText(node)),
          ...(attributes.es
            ? [{ type: 'text' as const, value: ` ${translationNote(attributes.es)}` }]
            : []),
          ...(said ? [{ type: 'text' as const, value: ` (${said})` }] : []),
        ];
      }
      if (node.type === 'emphasis' || node.type === 'strong')
        return [h(node.type === 'emphasis' ? 'em' : 'strong', {}, plainText(node))];
      return [{ type: 'text', value: plainText(node) }];
    });

  /**
   * Who said a quotation, as data on it: the statute subsection with its official deep link, or
   * the source that reported the words (its citation is in the page's quotation data).
   */
  const speakerData = (
    attributes: Record<string, string | null | undefined>,
    id: string,
    text: string,
  ) => {
    if (attributes.cite) {
      const [slug, fragment] = attributes.cite.split('#') as [string, string | undefined];
      const data = site.statutes.get(slug)?.data;
      const official =
        data?.instrument === 'usc' && data.codeTitle && data.section && fragment
          ? officialSubsectionUrl(data.codeTitle, data.section, fragment)
          : data?.officialUrl;
      return { dataQ: 'cite', dataCite: statuteLabel(slug, fragment), dataOfficial: official };
    }
    if (attributes.by) {
      notes.quotedSources.add(attributes.by);
      // Keyed by the words' id: a repeat on the page (`-2`) has the same words and speaker.
      const speaker = site.quoteSpeakers?.get(quoteId(text));
      if (speaker) notes.quoteSpeakers.set(id, { by: attributes.by, speaker });
      return { dataQ: 'by', dataBy: attributes.by };
    }
    return {};
  };

  const attribution = (attributes: Record<string, string | null | undefined>): ElementContent[] => {
    if (attributes.by) {
      const { n, refId } = notes.use(attributes.by);
      return [
        h('span', { className: ['quote-attribution'] }, [
          reportedBy(attributes.by),
          h(
            'a',
            {
              href: `#note-${attributes.by}`,
              id: refId,
              className: ['cite-ref'],
              ariaLabel: t.sourceLabel(n),
            },
            `[${n}]`,
          ),
        ]),
      ];
    }
    if (attributes.cite) {
      const [slug, fragment] = attributes.cite.split('#') as [string, string | undefined];
      return [
        h('span', { className: ['quote-attribution'] }, [
          h(
            'a',
            { href: `/law/${slug}/${fragment ? `#${fragment}` : ''}` },
            statuteLabel(slug, fragment),
          ),
        ]),
      ];
    }
    return [];
  };

  let termsSeenInSection = new Set<string>();
  let popoverCount = 0;

  return {
    citeRef,
    heading(state: State, node: Heading): Element {
      if (node.depth <= 2) termsSeenInSection = new Set();
      return defaultHandlers.heading(state, node);
    },
    textDirective(state: State, node: TextDirective): ElementContent | ElementContent[] {
      const children = state.all(node) as ElementContent[];
      if (node.name === 'term') {
        const text = plainText(node);
        const id =
          node.attributes?.id ??
          site.termIndex.get(text.toLowerCase()) ??
          site.termIndex.get(text.toLowerCase().replace(/s$/, '')) ??
          '';
        // Only a term's first mention in each section is decorated: a page of underlines helps no one.
        if (termsSeenInSection.has(id)) return children;
        termsSeenInSection.add(id);
        const term = site.terms.get(id);
        const link = h(
          'a',
          { href: `/glossary/#${id}`, className: ['term'], dataTerm: id },
          children,
        );
        if (!term) return link;
        popoverCount += 1;
        const popoverId = `def-${id}-${popoverCount}`;
        return h('span', { className: ['term-wrap'] }, [
          link,
          h(
            'button',
            {
              type: 'button',
              className: ['term-info'],
              popoverTarget: popoverId,
              ariaLabel: t.definition(term.data.term),
            },
            '?',
          ),
          h('span', { id: popoverId, popover: 'auto', className: ['term-popover'] }, [
            h('strong', {}, term.data.term),
            ': ',
            ...popoverDefinition(leadSentences(term.tree)),
            ' ',
            h('a', { href: `/glossary/#${id}` }, t.glossaryEntry),
          ]),
        ]);
      }
      // :q
      const attributes = node.attributes ?? {};
      const text = plainText(node);
      const id = notes.quoteIds.next(text);
      const quote = h(
        'q',
        {
          id,
          className: ['quote-inline'],
          ...quoteLang,
          ...speakerData(attributes, id, text),
        },
        children,
      );
      const translation = attributes.es
        ? [
            { type: 'text' as const, value: ' ' },
            h('span', { className: ['quote-translation'] }, [translationNote(attributes.es)]),
          ]
        : [];
      return [
        quote,
        ...translation,
        { type: 'text', value: ' ' },
        ...attributionInParens(attribution(attributes)),
      ];
    },
    leafDirective(_state: State, node: LeafDirective): Element {
      if (node.name === 'timeline')
        return h('timeline-embed', { dataTags: node.attributes?.tags ?? '' });
      return h(node.name, {});
    },
    containerDirective(state: State, node: ContainerDirective): Element {
      const children = state.all(node) as ElementContent[];
      if (node.name === 'quote') {
        const attributes = node.attributes ?? {};
        const text = plainText(node);
        const id = notes.quoteIds.next(text);
        return h(
          'figure',
          { className: ['quote-block'], id, ...speakerData(attributes, id, text) },
          [
            h('blockquote', { ...quoteLang }, children),
            ...(attributes.es
              ? [
                  h('p', { className: ['quote-translation'] }, [
                    h('strong', {}, `${capitalize(t.unofficialTranslation)}:`),
                    ` «${attributes.es}»`,
                  ]),
                ]
              : []),
            h('figcaption', {}, [
              ...attribution(attributes),
              ' ',
              h(
                'a',
                { href: `#${id}`, className: ['quote-permalink'], ariaLabel: t.quoteLink },
                '¶',
              ),
            ]),
          ],
        );
      }
      return h('div', { className: [node.name] }, children);
    },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function attributionInParens(nodes: ElementContent[]): ElementContent[] {
  return nodes.length ? [{ type: 'text', value: '(' }, ...nodes, { type: 'text', value: ')' }] : [];
}
