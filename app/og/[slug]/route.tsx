import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getSite } from '@/lib/content/site';
import { OG_IMAGE, shareCards } from '@/lib/metadata';
import { ui } from '@/lib/i18n/ui';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One card per page, written as /og/<key>.png so static hosts serve it as image/png. */
export function generateStaticParams(): { slug: string }[] {
  return [...shareCards(getSite('en')), ...shareCards(getSite('es'))].map(({ key }) => ({
    slug: `${key}.png`,
  }));
}

// Fonts ship in the repository (assets/fonts, DejaVu Sans): nothing is fetched at build time.
const font = (file: string) => fs.readFileSync(path.join(process.cwd(), 'assets', 'fonts', file));

/** Long titles get a smaller size so every card fits its title in at most three lines. */
function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 62;
  return 50;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > 0 ? cut : max - 1)} …`;
}

/** Typographic apostrophes, as in the citations: "court’s", not "court's". */
const curly = (text: string) => text.replace(/(\p{L})'(\p{L})/gu, '$1\u2019$2');

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const key = (await params).slug.replace(/\.png$/, '');
  const card = [...shareCards(getSite('en')), ...shareCards(getSite('es'))].find(
    (c) => c.key === key,
  );
  if (!card) return new Response('Not found', { status: 404 });
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#f4f3ef',
        color: '#1b1b1b',
        fontFamily: 'DejaVu Sans',
        borderBottom: '18px solid #8a4b00',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#8a4b00' }}>
        {ui(key.startsWith('es-') ? 'es' : 'en').siteName}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {card.kicker ? (
          <div style={{ display: 'flex', fontSize: 32, color: '#4a4a4a', marginBottom: 16 }}>
            {card.kicker}
          </div>
        ) : null}
        <div
          style={{
            display: 'flex',
            fontSize: titleSize(card.title),
            fontWeight: 700,
            lineHeight: 1.15,
          }}
        >
          {curly(card.title)}
        </div>
      </div>
      <div style={{ display: 'flex', fontSize: 26, lineHeight: 1.4, color: '#4a4a4a' }}>
        {clip(curly(card.description), 150)}
      </div>
    </div>,
    {
      ...OG_IMAGE,
      fonts: [
        { name: 'DejaVu Sans', data: font('DejaVuSans.ttf'), weight: 400, style: 'normal' },
        { name: 'DejaVu Sans', data: font('DejaVuSans-Bold.ttf'), weight: 700, style: 'normal' },
      ],
    },
  );
}
