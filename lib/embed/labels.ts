/** The words of the embed pages and the Embed control, in both languages. */
import type { Locale } from '../i18n/locale';

export interface EmbedLabels {
  kinds: Record<
    'status' | 'event' | 'thread' | 'question' | 'term' | 'provision' | 'number',
    string
  >;
  asOf: string;
  updated: string;
  sources: string;
  officialText: string;
  readMore: string;
  /** The Embed control on the canonical pages. */
  control: {
    summary: string;
    intro: string;
    item: string;
    code: string;
    copy: string;
    copied: string;
    preview: string;
  };
}

const LABELS: Record<Locale, EmbedLabels> = {
  en: {
    kinds: {
      status: 'Where this stands',
      event: 'Timeline event',
      thread: 'Timeline',
      question: 'Question',
      term: 'Glossary',
      provision: 'Statute',
      number: 'Key number',
    },
    asOf: 'As of',
    updated: 'Updated',
    sources: 'Sources',
    officialText: 'Official text',
    readMore: 'Read the full section on',
    control: {
      summary: 'Embed',
      intro:
        'Put this in your article: a quotation with its date and a link, followed by a frame that stays up to date. Where a site removes the frame, the quotation remains.',
      item: 'What to embed',
      code: 'Embed code',
      copy: 'Copy embed code',
      copied: 'Embed code copied',
      preview: 'Open the embed',
    },
  },
  es: {
    kinds: {
      status: 'Situación',
      event: 'Hecho de la cronología',
      thread: 'Cronología',
      question: 'Pregunta',
      term: 'Glosario',
      provision: 'Ley',
      number: 'Cifra clave',
    },
    asOf: 'Al',
    updated: 'Actualizado el',
    sources: 'Fuentes',
    officialText: 'Texto oficial',
    readMore: 'Lea la sección completa en',
    control: {
      summary: 'Insertar',
      intro:
        'Póngalo en su artículo: una cita con su fecha y un enlace, seguida de un marco que se mantiene al día. Si un sitio quita el marco, la cita queda.',
      item: 'Qué insertar',
      code: 'Código para insertar',
      copy: 'Copiar el código',
      copied: 'Código copiado',
      preview: 'Abrir la inserción',
    },
  },
};

export function embedLabels(locale: Locale): EmbedLabels {
  return LABELS[locale];
}
