/**
 * The language switch (LanguageSwitch.tsx) keeps the reader's place: both editions share fragment
 * ids, so the link carries the current fragment, or the section the table of contents marks as
 * being read.
 */
import { eachModule } from '@/lib/browser/dom';

eachModule<HTMLAnchorElement>('language-switch', (link) => {
  const base = link.getAttribute('href') ?? '/';
  link.addEventListener('click', () => {
    const here =
      location.hash ||
      document.querySelector<HTMLAnchorElement>('.toc a[aria-current="true"]')?.hash ||
      '';
    link.href = `${base.split('#')[0]}${here}`;
  });
});
